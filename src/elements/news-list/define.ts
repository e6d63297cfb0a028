/** Registers `<news-list>`. */
import {defineElements} from '../../internal/define-element.js';
import {NewsList} from './news-list.js';

defineElements({'news-list': NewsList});
