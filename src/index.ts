/**
 * The library's classes, types and events, with no side effects: import these
 * to register the elements under names of your own.
 */
export {ContactCard} from './elements/contact-card/contact-card.js';
export {NetworkList} from './elements/network-list/network-list.js';
export {NewsList} from './elements/news-list/news-list.js';
export {ReviewStamp} from './elements/review-stamp/review-stamp.js';
export {TwinTowns} from './elements/twin-towns/twin-towns.js';
export {WidgetElement} from './internal/widget-element.js';
export {FeedErrorEvent} from './internal/events.js';
export {defineElements} from './internal/define-element.js';
export {FEED_META_NAME, DEFAULT_TIMEOUT, loadFeed, resolveFeedUrl} from './feed/store.js';
export {validateFeed} from './feed/validate.js';
export {localize} from './feed/l10n.js';
export {toLocale} from './i18n/language.js';
export {VERSION} from './version.js';
export type * from './feed/types.js';
export type {Locale} from './i18n/language.js';
