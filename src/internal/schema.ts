/**
 * What a block shows, as schema.org data: the same contacts, networks, review
 * dates and news as the visitor reads, and the JSON-LD text of it. Pure: no
 * DOM, so it is tested without rendering (script.ts puts it in the page).
 */
import type {Contact, L10N, Network, NewsItem, ValidFeed} from '../feed/types.js';
import {byId} from '../feed/lookup.js';
import {isUnit, roleAndUnit, roleLine} from '../feed/contacts.js';
import {safeHref, webHref} from './links.js';
import {telHref} from './phone.js';

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

/** Picks a localised feed text in the block's language. */
export type PickText = (value: L10N | undefined) => string;
/** A schema.org node, before empty values are left out. */
export type Thing = Record<string, unknown>;

/** A phone number as its `tel:` link dials it: `+46520497052`. */
const telephone = (number: string) => telHref(number).slice('tel:'.length);

/**
 * An e-mail address the block links to, else nothing: never a protected one,
 * which its publisher keeps out of anything a harvester reads as data.
 */
const email = (address: Contact['email']) =>
  typeof address === 'string' && safeHref(`mailto:${address}`) ? address : undefined;

/** A name as a Person, or as an Organization when it is a unit's ("Webbredaktionen"). */
const agent = (name: string) => ({
  '@type': isUnit({name}) ? 'Organization' : 'Person',
  name,
});

function contactNode(contact: Contact, compact: boolean, text: PickText): Thing {
  const [role, unit] = roleAndUnit(contact, text);
  const unitContact = isUnit(contact);
  const {street, postalCode, city, country} = contact.address ?? {};
  return {
    '@type': unitContact ? 'Organization' : 'Person',
    name: contact.name,
    // A unit has no job title: what the card shows beside its name describes it.
    ...(unitContact
      ? {description: [role, unit].filter(Boolean).join(', ')}
      : {
          jobTitle: role,
          worksFor: unit ? {'@type': 'Organization', name: unit} : undefined,
        }),
    telephone: contact.phones?.map(({number}) => telephone(number))[0],
    email: email(contact.email),
    url: webHref(contact.url),
    // The compact card shows no address.
    address:
      compact || !(street || postalCode || city || country)
        ? undefined
        : {
            '@type': 'PostalAddress',
            streetAddress: street,
            postalCode,
            addressLocality: city,
            addressCountry: country,
          },
    contactPoint: contact.phones?.map(({kind, number}) => ({
      '@type': 'ContactPoint',
      contactType: kind,
      telephone: telephone(number),
    })),
  };
}

/** A network's contact person, as the compact card under it shows them. */
function contactPoint(contact: Contact, text: PickText): Thing {
  return {
    '@type': 'ContactPoint',
    name: contact.name,
    description: roleLine(contact, text),
    telephone: contact.phones?.map(({number}) => telephone(number)),
    email: email(contact.email),
    url: webHref(contact.url),
  };
}

function networkNode(network: Network, feed: ValidFeed, text: PickText): Thing {
  const name = text(network.name);
  return {
    '@type': 'Organization',
    name,
    alternateName: network.acronym === name ? undefined : network.acronym,
    description: text(network.description),
    url: webHref(network.homepage),
    // The list shows the year only.
    foundingDate: network.founded?.slice(0, 4),
    knowsAbout: network.topics?.map((topic) => text(topic)).filter(Boolean),
    // The feed's validation has dropped ids of contacts it does not have.
    contactPoint: network.contacts?.flatMap((id) => {
      const contact = byId(feed.contacts, id);
      return contact ? [contactPoint(contact, text)] : [];
    }),
  };
}

/**
 * The most networks or news items one block describes: enough for any real
 * page, and a directory of thousands stays a few kilobytes of JSON-LD.
 */
const MAX_ITEMS = 100;

/** The schema.org description of what a block shows, or `undefined` when it shows nothing to describe. */
export function schemaOf(shown: Description, text: PickText): Thing | undefined {
  switch (shown.kind) {
    case 'contact':
      return contactNode(shown.contact, shown.compact, text);
    case 'networks': {
      const {networks, feed} = shown;
      const {publisher} = feed;
      if (!networks.length) return undefined;
      const memberOf = networks
        .slice(0, MAX_ITEMS)
        .map((network) => networkNode(network, feed, text));
      // The block lists the networks its publisher belongs to.
      return publisher
        ? {
            '@type': 'Organization',
            name: text(publisher.name),
            url: webHref(publisher.url),
            memberOf,
          }
        : {'@graph': memberOf};
    }
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
  }
}

/** Characters that could end the script element or break a page that serialises it, and their JSON escapes. */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * The JSON-LD text of a description: empty values left out, and `<`, `>`,
 * `&`, U+2028 and U+2029 written as `\u003c` etc., so that no feed text can
 * close the script element or open a comment, even when a CMS saves the page's
 * DOM as HTML and it is parsed again.
 */
export function serialize(node: Thing): string {
  return JSON.stringify(
    {'@context': 'https://schema.org', ...node},
    function (_key, value) {
      const empty = value === '' || (Array.isArray(value) && value.length === 0);
      // Inside an array an element left out would become null; the builders filter arrays.
      return empty && !Array.isArray(this) ? undefined : value;
    },
  ).replace(
    UNSAFE_IN_SCRIPT,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
