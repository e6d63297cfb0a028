/**
 * The feed's e-mail addresses where they become links: the schema admits one
 * address with no header part (`Contact.email`), and this writes it into a
 * `mailto:` URL encoded, as the tip form does, so that no character of it can
 * start a query (`?bcc=`) or name a second recipient.
 */

/** The `mailto:` link of one validated address. */
export const mailtoHref = (address: string) =>
  `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}`;
