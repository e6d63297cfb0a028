/**
 * Contacts and networks as schema.org data: what `<contact-card>` and
 * `<network-list>` show. Pure: no DOM (script.ts puts it in the page).
 */
import type {Contact, Network, ValidFeed} from '../feed/types.js';
import {byId} from '../feed/lookup.js';
import {isUnit, roleAndUnit, roleLine} from '../feed/contacts.js';
import {MAX_ITEMS, type PickText, type Thing} from './json-ld.js';
import {webHref, safeHref} from './links.js';
import {telHref} from './phone.js';
import type {Description} from './schema.js';

/** A phone number as its `tel:` link dials it: `+46520497052`. */
const telephone = (number: string) => telHref(number).slice('tel:'.length);

/**
 * An e-mail address the block links to, else nothing: never a protected one,
 * which its publisher keeps out of anything a harvester reads as data.
 */
const email = (address: Contact['email']) =>
  typeof address === 'string' && safeHref(`mailto:${address}`) ? address : undefined;

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

/** The schema.org description of a contact card or a network list; `undefined` for other blocks, or when it shows nothing. */
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
    default:
      return undefined;
  }
}
