/**
 * The library's public API, with no side effects, as the one-script-tag bundle
 * exports it (index.ts adds the feed validator): nothing from internal/, whose
 * controllers and helpers carry no stability promise (docs/lit-apps.md).
 */
export {ContactCard} from './elements/contact-card/contact-card.js';
export {LanguageLinks} from './elements/language-links/language-links.js';
export {NetworkList} from './elements/network-list/network-list.js';
export {NewsList} from './elements/news-list/news-list.js';
export {ReviewStamp} from './elements/review-stamp/review-stamp.js';
export {TipAFriend} from './elements/tip-a-friend/tip-a-friend.js';
export {TwinTowns} from './elements/twin-towns/twin-towns.js';
export {WidgetElement} from './base/widget-element.js';
export {FeedErrorEvent} from './base/events.js';
export {defineElements} from './base/define-element.js';
export {FEED_META_NAME, DEFAULT_TIMEOUT, loadFeed, resolveFeedUrl} from './feed/store.js';
export {localize} from './i18n/l10n.js';
export {toLocale} from './i18n/language.js';
export {configureLocalization} from './i18n/localization.js';
export {VERSION} from './version.js';
export type * from './feed/types.js';
export type {Locale} from './i18n/language.js';
