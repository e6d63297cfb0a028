/**
 * The feed's e-mail addresses: in clear or protected (`{"protected": …}`, as
 * `municipal-widgets protect-emails` writes them), and where they become
 * links. The schema admits one address with no header part
 * (`$defs/EmailAddress`), and `mailtoHref` writes it into a `mailto:` URL
 * encoded, as the tip form does, so that no character of it can start a query
 * (`?bcc=`) or name a second recipient.
 *
 * The protected form is base64 of the address's UTF-8 bytes,
 * each XOR-ed with a fixed key stream: it holds no `@`, no dot and no domain,
 * so a harvester reading the JSON or the page's source finds nothing that
 * looks like an address, and `atob` undoes it in a few bytes of script. It
 * is no secret from anyone who runs the script, as the README says.
 */
import type {EmailAddress, ProtectedEmail} from './types.js';

/** The byte the `i`-th byte of an address is XOR-ed with: fixed, so every copy of the library decodes it. */
const key = (i: number) => (i * 73 + 41) & 255;

/** The protected form of an address (see above). */
export function protectEmail(address: string): ProtectedEmail {
  const bytes = new TextEncoder().encode(address).map((byte, i) => byte ^ key(i));
  return {
    protected: btoa(String.fromCharCode(...bytes)),
  };
}

/**
 * The address a feed's e-mail field stands for: in clear as it is, a
 * protected one decoded, `undefined` when it does not decode to UTF-8 text
 * (the validator then checks it is a valid address). Only for showing and
 * linking it: structured data never gets a protected address.
 */
export function emailAddress(
  email: EmailAddress | ProtectedEmail | undefined,
): string | undefined {
  if (typeof email !== 'object') return email;
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(
      Uint8Array.from(atob(email.protected), (char, i) => char.charCodeAt(0) ^ key(i)),
    );
  } catch {
    return undefined;
  }
}

/** The `mailto:` link of one validated address. */
export const mailtoHref = (address: string) =>
  `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}`;
