/**
 * Registers every element: the entry of the one-script-tag bundle.
 */
import {defineElements} from './internal/define-element.js';
import {ContactCard} from './elements/contact-card/contact-card.js';
import {NetworkList} from './elements/network-list/network-list.js';
import {NewsList} from './elements/news-list/news-list.js';
import {ReviewStamp} from './elements/review-stamp/review-stamp.js';
import {TwinTowns} from './elements/twin-towns/twin-towns.js';

defineElements({
  'contact-card': ContactCard,
  'network-list': NetworkList,
  'news-list': NewsList,
  'review-stamp': ReviewStamp,
  'twin-towns': TwinTowns,
});

export * from './index.js';
