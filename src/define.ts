/**
 * Registers every element: the entry of the one-script-tag bundle.
 */
import {defineElements} from './base/define-element.js';
import {ContactCard} from './elements/contact-card/contact-card.js';
import {LanguageLinks} from './elements/language-links/language-links.js';
import {NetworkList} from './elements/network-list/network-list.js';
import {NewsList} from './elements/news-list/news-list.js';
import {ReviewStamp} from './elements/review-stamp/review-stamp.js';
import {TipAFriend} from './elements/tip-a-friend/tip-a-friend.js';
import {TwinTowns} from './elements/twin-towns/twin-towns.js';
import {configureOnDemand} from './i18n/localization.js';
import type {Tag} from './tags.js';

defineElements({
  'contact-card': ContactCard,
  'language-links': LanguageLinks,
  'network-list': NetworkList,
  'news-list': NewsList,
  'review-stamp': ReviewStamp,
  'tip-a-friend': TipAFriend,
  'twin-towns': TwinTowns,
} satisfies Record<Tag, CustomElementConstructor>);
configureOnDemand();

export * from './api.js';
