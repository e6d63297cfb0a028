/**
 * Review dates and news as schema.org data: what `<review-stamp>` and
 * `<news-list>` show. Pure: no DOM (script.ts puts it in the page).
 */
import {isUnit} from '../feed/contacts.js';
import {MAX_ITEMS, type PickText, type Thing} from './json-ld.js';
import {webHref} from './links.js';
import type {Description} from './schema.js';

/** A name as a Person, or as an Organization when it is a unit's ("Webbredaktionen"). */
const agent = (name: string) => ({
  '@type': isUnit({name}) ? 'Organization' : 'Person',
  name,
});

/** The schema.org description of a review stamp or a news list; `undefined` for other blocks, or when it shows nothing. */
export function schemaOf(shown: Description, text: PickText): Thing | undefined {
  switch (shown.kind) {
    case 'page': {
      const {dates, reviewedBy, url} = shown;
      const reviewed = dates.reviewed?.[0];
      const updated = dates.updated?.[0];
      if (!reviewed && !updated) return undefined;
      return {
        '@type': 'WebPage',
        url: webHref(url),
        lastReviewed: reviewed,
        // The stamp names the reviewer only beside a review date.
        reviewedBy: reviewed && reviewedBy ? agent(reviewedBy) : undefined,
        dateModified: updated,
      };
    }
    case 'news': {
      const {items} = shown;
      if (!items.length) return undefined;
      return {
        '@type': 'ItemList',
        numberOfItems: items.length,
        itemListElement: items.slice(0, MAX_ITEMS).map((item, index) => ({
          '@type': 'ListItem',
          position: index + 1,
          item: {
            '@type': 'NewsArticle',
            headline: text(item.title),
            datePublished: item.date,
            url: webHref(item.url),
            description: text(item.summary),
          },
        })),
      };
    }
    default:
      return undefined;
  }
}
