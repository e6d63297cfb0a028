/** The `<contact-card>` element: one person's or unit's contact details. */
import {html, nothing, type PropertyDeclarations} from 'lit';
import {msg} from '@lit/localize';
import type {Contact, ValidFeed} from '../../feed/types.js';
import {countryName} from '../../i18n/format.js';
import {WidgetElement} from '../../base/widget-element.js';
import {
  channelStyles,
  channels,
  compactContact,
} from '../../internal/contact-channels.js';
import {roleLine} from '../../feed/contacts.js';
import {styles} from './contact-card.styles.js';
import {select} from './select.js';
import {texts} from '../../i18n/generated/texts/contact-card.js';

/**
 * One person's or unit's contact details from the feed's `contacts`: name,
 * role, unit, phone numbers, e-mail, address, and a way to save the contact.
 *
 * @tag contact-card
 * @slot - Fallback shown until the card renders and when the feed fails.
 * @csspart base - The card.
 * @csspart heading - The name (a heading, except in the compact variant).
 * @csspart name - The name in the compact variant.
 * @csspart role - The role and unit.
 * @csspart phone - A phone number link.
 * @csspart email - The e-mail link.
 * @csspart address - The postal or visiting address.
 * @csspart website - The link to the contact's web page.
 * @csspart save - The "save contact" button.
 * @csspart empty - The message shown when the feed has no such contact.
 * @csspart status - The loading or error status.
 * @csspart retry - The "try again" button after a transient failure.
 * @cssprop --contact-card-background - Card background (default: --mw-color-surface).
 * @cssprop --contact-card-padding - Padding inside the card (default: 1em; none when compact).
 * @fires {FeedErrorEvent} feed-error - The feed failed, or has no contact with this id.
 */
export class ContactCard extends WidgetElement<Contact | undefined> {
  protected static override texts = texts;
  static override styles = [...WidgetElement.styles, channelStyles, styles];
  protected static override feedSections = ['contacts'] as const;
  protected static override describes = true;
  static override get properties(): PropertyDeclarations {
    return {
      contact: {},
      compact: {type: Boolean, reflect: true},
    };
  }

  /** The feed id of the contact to show. */
  contact = '';
  /** A one-paragraph variant for use inside other blocks: no address, no save button. */
  compact = false;

  protected override select(feed: ValidFeed | undefined) {
    return select(feed, this);
  }

  /** The address's country by name, when it is not the publisher's own (which goes without saying). */
  #foreignCountry(country: string | undefined, publisherCountry: string | undefined) {
    return country && country !== publisherCountry
      ? countryName(country, this.formatLocale)
      : undefined;
  }

  async #handleSave(contact: Contact, publisherCountry: string | undefined) {
    // Loaded on the first click: most visitors never save a contact.
    let saveVCard: typeof import('./vcard.js').saveVCard;
    try {
      ({saveVCard} = await import('./vcard.js'));
    } catch {
      console.warn(
        'municipal-widgets: could not load the vCard builder; is dist/ complete?',
      );
      return;
    }
    saveVCard(
      contact,
      (value) => this.text(value),
      this.#foreignCountry(contact.address?.country, publisherCountry),
    );
  }

  #renderAddress(
    {street, postalCode, city, country}: NonNullable<Contact['address']>,
    publisherCountry?: string,
  ) {
    const place = [postalCode, city].filter(Boolean).join(' ');
    const lines = [street, place, this.#foreignCountry(country, publisherCountry)];
    return html`<address part="address">
      ${lines.filter(Boolean).map((line, index) => html`${index ? html`<br />` : nothing}${line}`)}
    </address>`;
  }

  protected override renderContent(
    contact: Contact | undefined,
    feed: ValidFeed | undefined,
  ) {
    if (!contact) {
      return html`<p part="empty" class="empty">
        ${msg('The contact details could not be found.', {desc: 'The feed has no contact with the given id.'})}
      </p>`;
    }
    const publisherCountry = feed?.publisher?.country;
    const role = roleLine(contact, (text) => this.text(text));
    if (this.compact) {
      return html`<div part="base" class="base compact">
        ${compactContact(contact, role, publisherCountry)}
      </div>`;
    }
    return html`<div part="base" class="base">
      ${this.heading(contact.name)}
      ${role ? html`<p part="role" class="role">${role}</p>` : nothing}
      ${channels(contact, publisherCountry)}
      ${contact.address ? this.#renderAddress(contact.address, publisherCountry) : nothing}
      <button part="save" class="needs-script" type="button" @click=${() => void this.#handleSave(contact, publisherCountry)}>
        ${msg('Save contact', {desc: 'Button that downloads the contact as a vCard file.'})}
      </button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-card': ContactCard;
  }
}
