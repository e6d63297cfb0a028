/**
 * Registers every element: the entry of the one-script-tag bundle.
 */
import {defineElements} from './internal/define-element.js';
import {NewsList} from './elements/news-list/news-list.js';
import {ReviewStamp} from './elements/review-stamp/review-stamp.js';

defineElements({
  'news-list': NewsList,
  'review-stamp': ReviewStamp,
});

export * from './index.js';
