/**
 * How a contact is reached (phones, e-mail, website), and the compact
 * one-paragraph form: rendered by `<contact-card>` and, for each network's
 * contact people, inline by `<network-list>`.
 */
import {css, html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {emailAddress, mailtoHref} from '../feed/email.js';
import type {Contact} from '../feed/types.js';
import {safeHref} from './links.js';
import {formatPhone, telHref} from './phone.js';

type PhoneKind = NonNullable<Contact['phones']>[number]['kind'];

function phoneLabel(kind: PhoneKind): string {
  switch (kind) {
    case 'mobile':
      return msg('Mobile', {desc: 'Label of a mobile phone number.'});
    case 'switchboard':
      return msg('Switchboard', {desc: 'Label of the switchboard phone number.'});
    default:
      return msg('Phone', {desc: 'Label of a work phone number.'});
  }
}

/** Phones, e-mail and website, as a list; nothing when the contact has none. */
export function channels(
  contact: Contact,
  publisherCountry: string | undefined,
): TemplateResult | typeof nothing {
  // A protected address is decoded here, to be shown and linked, and nowhere else.
  const address = emailAddress(contact.email);
  const mail = address && mailtoHref(address);
  const website = safeHref(contact.url);
  if (!contact.phones?.length && !mail && !website) return nothing;
  return html`<ul class="channels">
    ${contact.phones?.map(
      ({kind, number}) =>
        html`<li>
          <span class="label">${phoneLabel(kind)}:</span>
          <a part="phone" href=${telHref(number)}>${formatPhone(number, publisherCountry)}</a>
        </li>`,
    )}
    ${
      mail
        ? html`<li>
          <span class="label">${msg('E-mail', {desc: 'Label of an e-mail address.'})}:</span>
          <a part="email" href=${mail}>${address}</a>
        </li>`
        : nothing
    }
    ${
      website
        ? html`<li><a part="website" href=${website}>${new URL(website).hostname}</a></li>`
        : nothing
    }
  </ul>`;
}

/** The compact form: name and role in one line, then the channels side by side. */
export const compactContact = (
  contact: Contact,
  role: string,
  publisherCountry: string | undefined,
) =>
  html`<p class="who"><strong part="name">${contact.name}</strong>${role ? html`, <span part="role">${role}</span>` : nothing}</p>
    ${channels(contact, publisherCountry)}`;

/** Styles of the channels and of the compact form (inside a `.compact` box). */
export const channelStyles = css`
  .who {
    margin: 0 0 0.5em;
  }
  .channels {
    list-style: none;
    margin: 0 0 0.5em;
    padding: 0;
  }
  .compact :is(.who, .channels) {
    margin: 0;
  }
  .compact .channels {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .label {
    font-weight: bold;
  }
  a {
    overflow-wrap: anywhere;
  }
`;
