/**
 * Describes what a block shows as schema.org JSON-LD, so that search engines
 * read the same contacts, networks, review dates and news as the visitor. Each
 * block gets one `<script type="application/ld+json">` in the document's head,
 * kept in step with what it renders. Loaded lazily, once a block has rendered
 * something worth describing.
 */
import type {Contact, L10N, Network, NewsItem, ValidFeed} from '../feed/types.js';
import {byId} from '../feed/lookup.js';
import {isUnit, roleAndUnit, roleLine} from '../feed/contacts.js';
import {safeHref, webHref} from './links.js';
import {telHref} from './phone.js';
import type {WidgetElement} from '../base/widget-element.js';

/**
 * What a block shows, as its `renderContent` hands it over: a kind and the
 * feed entries (or values) the visitor sees, after every filter.
 */
export type Described =
  | readonly ['contact', Contact, compact: boolean]
  | readonly ['networks', readonly Network[], ValidFeed]
  | readonly ['page', Dates, reviewedBy: string | undefined, url: string | undefined]
  | readonly ['news', readonly NewsItem[]];

/** The dates `<review-stamp>` shows, each as written (`YYYY-MM-DD`) and parsed. */
type Dates = Partial<
  Record<'reviewed' | 'updated' | 'nextReview', readonly [string, Date]>
>;

/** Picks a localised feed text in the block's language. */
type PickText = (value: L10N | undefined) => string;
/** A schema.org node, before empty values are left out. */
type Thing = Record<string, unknown>;

/** The policy name a page that lists its Trusted Types policies must allow for structured data. */
export const POLICY_NAME = 'municipal-widgets';

/** A phone number as its `tel:` link dials it: `+46520497052`. */
const telephone = (number: string) => telHref(number).slice('tel:'.length);

/** An e-mail address the block links to, else nothing. */
const email = (address: string | undefined) =>
  address && safeHref(`mailto:${address}`) ? address : undefined;

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
export function schemaOf(shown: Described, text: PickText): Thing | undefined {
  switch (shown[0]) {
    case 'contact':
      return contactNode(shown[1], shown[2], text);
    case 'networks': {
      const [, networks, feed] = shown;
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
      const [, dates, reviewedBy, url] = shown;
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
      const items = shown[1];
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

interface ScriptPolicy {
  createScript(input: string): unknown;
}
interface PolicyFactory {
  createPolicy(name: string, rules: {createScript(input: string): string}): ScriptPolicy;
}

/** Our Trusted Types policy; `null` where the page does not allow it, `undefined` until tried. */
let policy: ScriptPolicy | null | undefined;

/**
 * The script text for `json`. Where Trusted Types exist, a script's text must
 * be a TrustedScript once the page enforces them, so it comes from a policy of
 * our own that accepts nothing but escaped JSON: as JavaScript, JSON is inert
 * (a syntax error or an expression without effects), so the policy opens no
 * way to run code. A page that lists its policies and leaves ours out gets no
 * structured data (the browser reports the refused policy once).
 */
function scriptText(json: string): string | undefined {
  const factory = (globalThis as {trustedTypes?: PolicyFactory}).trustedTypes;
  if (!factory) return json;
  if (policy === undefined) {
    try {
      policy = factory.createPolicy(POLICY_NAME, {
        createScript(input) {
          JSON.parse(input);
          if (/[<>&\u2028\u2029]/.test(input)) throw new TypeError('unescaped JSON-LD');
          return input;
        },
      });
    } catch {
      policy = null;
    }
  }
  // A TrustedScript, which a script's `text` takes where it takes strings.
  return policy?.createScript(json) as string | undefined;
}

const scripts = new WeakMap<Element, HTMLScriptElement>();

/** The JSON-LD script that describes `host`, if it has one; for tests. */
export const scriptOf = (host: Element) => scripts.get(host);

/**
 * Puts the description of what `host` shows into its script in the document's
 * head (creating or updating it), or removes the script when the block shows
 * nothing to describe, is switched off or has left the page. It reads what
 * the block rendered last, so calls that arrive late still end in step.
 */
export function syncScript(host: WidgetElement) {
  // The block's protected members: this module is the other half of its hook.
  const shown = host.noStructuredData ? undefined : host['described'];
  const node =
    shown && host.isConnected
      ? schemaOf(shown, (value) => host['text'](value))
      : undefined;
  const json = node && serialize(node);
  let script = scripts.get(host);
  if (script && (!json || script.ownerDocument !== host.ownerDocument)) {
    script.remove();
    scripts.delete(host);
    script = undefined;
  }
  if (!json || (script?.isConnected && script.text === json)) return;
  const value = scriptText(json);
  if (value === undefined) return;
  const doc = host.ownerDocument;
  if (!script) {
    script = doc.createElement('script');
    // Set before any text: the script is a data block, never run.
    script.type = 'application/ld+json';
    scripts.set(host, script);
  }
  script.text = value;
  if (!script.isConnected) (doc.head ?? doc.documentElement).append(script);
}
