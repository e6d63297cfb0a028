/** vCard 4.0 (RFC 6350) text for a contact, built and downloaded in the browser for "save contact". */
import {isUnit} from '../../feed/contacts.js';
import {emailAddress} from '../../feed/email.js';
import type {Contact, L10N} from '../../feed/types.js';
import {webHref} from '../../internal/links.js';
import {telHref} from '../../internal/phone.js';

/** A contact with its localised texts already resolved. */
export interface VCardContact {
  name: string;
  /** True for a unit rather than a person ("Enheten externa relationer"). */
  isUnit: boolean;
  role?: string | undefined;
  unit?: string | undefined;
  phones?: Contact['phones'];
  email?: string | undefined;
  address?: Contact['address'];
  /** The address's country, by name. */
  countryName?: string | undefined;
  url?: string | undefined;
}

const TEL_TYPES = {
  work: 'work,voice',
  mobile: 'cell,voice',
  switchboard: 'work,voice',
} as const;

/**
 * Escapes a text value (RFC 6350 §3.4): every kind of line break (CRLF, a
 * lone CR or LF, U+2028/2029) becomes `\n`, so that no value can end its line
 * and start a property of its own.
 */
const escape = (value = '') =>
  value.replace(/[\\,;]/g, '\\$&').replace(/\r\n|[\r\n\u2028\u2029]/g, '\\n');

/** Folds a content line into lines of at most 75 octets, never splitting a character (§3.2). */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    if (octets + size > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The vCard 4.0 text of a contact, lines ending in CRLF. */
export function buildVCard(contact: VCardContact): string {
  const {
    name,
    isUnit,
    role,
    unit,
    phones = [],
    email,
    address,
    countryName,
    url,
  } = contact;
  const split = name.lastIndexOf(' ');
  const [given, family] =
    split > 0 ? [name.slice(0, split), name.slice(split + 1)] : ['', name];
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    ...(isUnit ? ['KIND:org'] : []),
    `FN:${escape(name)}`,
    isUnit ? `ORG:${escape(name)}` : `N:${escape(family)};${escape(given)};;;`,
    ...(role ? [`TITLE:${escape(role)}`] : []),
    ...(unit && !isUnit ? [`ORG:${escape(unit)}`] : []),
    ...phones.map(
      ({kind, number}) => `TEL;VALUE=uri;TYPE="${TEL_TYPES[kind]}":${telHref(number)}`,
    ),
    ...(email ? [`EMAIL;TYPE=work:${escape(email)}`] : []),
    ...(address
      ? [
          `ADR;TYPE=work:;;${escape(address.street)};${escape(address.city)};;${escape(address.postalCode)};${escape(countryName ?? address.country)}`,
        ]
      : []),
    // A URI value has no escapes (§5.1): one with a control character or space is left out.
    // eslint-disable-next-line no-control-regex -- matching them is the point
    ...(url && !/[\u0000-\u0020\u007f-\u009f]/.test(url) ? [`URL:${url}`] : []),
    'END:VCARD',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

/**
 * Downloads a contact as a `.vcf` file: its texts picked by `text`, the
 * address's country by name where the card shows one (`countryName`).
 */
export function saveVCard(
  contact: Contact,
  text: (value: L10N | undefined) => string,
  countryName: string | undefined,
) {
  const vcard = buildVCard({
    name: contact.name,
    isUnit: isUnit(contact),
    role: contact.role && text(contact.role),
    unit: contact.unit && text(contact.unit),
    phones: contact.phones,
    // The visitor asked for the card: a protected address is in it, decoded.
    email: emailAddress(contact.email),
    address: contact.address,
    countryName,
    // As the card links it: normalised, and only when it is http(s).
    url: webHref(contact.url),
  });
  const url = URL.createObjectURL(new Blob([vcard], {type: 'text/vcard;charset=utf-8'}));
  // The link lives only for the click: a blob: URL is never rendered into the page.
  const link = document.createElement('a');
  link.href = url;
  link.download = `${contact.name.replace(/[^\p{L}\p{N} -]+/gu, '').trim() || 'contact'}.vcf`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
