/** The `<contact-card>` element: one person's or unit's contact details. */
import {html, nothing, type PropertyDeclarations} from 'lit';
import {msg} from '@lit/localize';
import type {Contact, ValidFeed} from '../../feed/types.js';
import {byId} from '../../feed/lookup.js';
import {countryName} from '../../i18n/format.js';
import {webHref} from '../../internal/links.js';
import {WidgetElement} from '../../internal/widget-element.js';
import {channelStyles, channels, compactContact} from './channels.js';
import {isUnit, roleLine} from './contacts.js';
import {styles} from './contact-card.styles.js';

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
export class ContactCard extends WidgetElement {
  static override styles = [...WidgetElement.styles, channelStyles, styles];
  protected static override feedSections = ['contacts'] as const;
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

  /** The address's country by name, when it is not the publisher's own (which goes without saying). */
  #foreignCountry(country: string | undefined, publisherCountry: string | undefined) {
    return country && country !== publisherCountry
      ? countryName(country, this.formatLocale)
      : undefined;
  }

  async #handleSave(contact: Contact, publisherCountry: string | undefined) {
    // Loaded on the first click: most visitors never save a contact.
    let buildVCard: typeof import('../../internal/vcard.js').buildVCard;
    try {
      ({buildVCard} = await import('../../internal/vcard.js'));
    } catch {
      console.warn(
        'municipal-widgets: could not load the vCard builder; is dist/ complete?',
      );
      return;
    }
    const text = buildVCard({
      name: contact.name,
      isUnit: isUnit(contact),
      role: contact.role && this.text(contact.role),
      unit: contact.unit && this.text(contact.unit),
      phones: contact.phones,
      email: contact.email,
      address: contact.address,
      countryName: this.#foreignCountry(contact.address?.country, publisherCountry),
      // As the card links it: normalised, and only when it is http(s).
      url: webHref(contact.url),
    });
    const url = URL.createObjectURL(new Blob([text], {type: 'text/vcard;charset=utf-8'}));
    // The link lives only for the click: a blob: URL is never rendered into the page.
    const link = document.createElement('a');
    link.href = url;
    link.download = `${contact.name.replace(/[^\p{L}\p{N} -]+/gu, '').trim() || 'contact'}.vcf`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
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

  protected override renderContent(feed: ValidFeed | undefined) {
    const id = this.contact.trim();
    const contact = feed && byId(feed.contacts, id);
    if (!contact) {
      this.reportProblem(
        id ? 'contacts' : '@contact',
        id ? `has no contact with id ${JSON.stringify(id)}` : 'needs a contact id',
      );
      return html`<p part="empty" class="empty">
        ${msg('The contact details could not be found.', {desc: 'The feed has no contact with the given id.'})}
      </p>`;
    }
    this.described = ['contact', contact, this.compact];
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
      <button part="save" type="button" @click=${() => void this.#handleSave(contact, publisherCountry)}>
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
