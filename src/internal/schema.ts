/**
 * What a block shows, as schema.org data: the same contacts, networks, review
 * dates and news as the visitor reads, and the JSON-LD text of it. Pure: no
 * DOM, so it is tested without rendering (script.ts puts it in the page). The
 * mappings are split by kind of block (schema-people.ts, schema-pages.ts), so
 * that a page with a review stamp loads no contact's mapping; `schemaOf` here
 * takes any kind.
 */
import type {Contact, Network, NewsItem, ValidFeed} from '../feed/types.js';
import type {PickText, Thing} from './json-ld.js';
import {schemaOf as peopleSchema} from './schema-people.js';
import {schemaOf as pagesSchema} from './schema-pages.js';

export {serialize, type PickText, type Thing} from './json-ld.js';

/** The dates `<review-stamp>` shows, each as written (`YYYY-MM-DD`) and parsed. */
export type StampDates = Partial<
  Record<'reviewed' | 'updated' | 'nextReview', readonly [iso: string, date: Date]>
>;

/**
 * What a block shows, as its `select()` finds it: a kind and the feed entries
 * (or values) the visitor sees, after every filter.
 */
export type Description =
  | {readonly kind: 'contact'; readonly contact: Contact; readonly compact: boolean}
  | {
      readonly kind: 'networks';
      readonly networks: readonly Network[];
      readonly feed: ValidFeed;
    }
  | {
      readonly kind: 'page';
      readonly dates: StampDates;
      readonly reviewedBy: string | undefined;
      readonly url: string | undefined;
    }
  | {readonly kind: 'news'; readonly items: readonly NewsItem[]};

/** The schema.org description of what a block shows, or `undefined` when it shows nothing to describe. */
export const schemaOf = (shown: Description, text: PickText): Thing | undefined =>
  shown.kind === 'contact' || shown.kind === 'networks'
    ? peopleSchema(shown, text)
    : pagesSchema(shown, text);
