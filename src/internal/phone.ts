/**
 * Phone numbers as the feed gives them ("+46 520 49 70 52": international, the
 * first group after the country code being the area code) turned into `tel:`
 * links and into the form readers of the number's own country expect.
 */

/** Calling codes we format nationally: trunk prefix, and what follows the area code. */
const NATIONAL: Record<string, {country: string; trunk: string; separator: string}> = {
  '46': {country: 'SE', trunk: '0', separator: '-'},
  '358': {country: 'FI', trunk: '0', separator: ' '},
  '49': {country: 'DE', trunk: '0', separator: ' '},
  '44': {country: 'GB', trunk: '0', separator: ' '},
  '45': {country: 'DK', trunk: '', separator: ' '},
  '47': {country: 'NO', trunk: '', separator: ' '},
  '39': {country: 'IT', trunk: '', separator: ' '},
};

/** `tel:` URL of a number, in E.164: `tel:+46520497052`. */
export const telHref = (number: string) => `tel:+${number.replace(/\D/g, '')}`;

/**
 * The number as readers in the publisher's country write it: national form
 * ("0520-49 70 52") for a number of that country, international otherwise.
 */
export function formatPhone(
  number: string,
  publisherCountry: string | undefined,
): string {
  const [code, area, ...rest] = number.trim().replace(/^\+/, '').split(/\s+/);
  const national = code && NATIONAL[code];
  if (!national || national.country !== publisherCountry || !area) return number.trim();
  return rest.length
    ? `${national.trunk}${area}${national.separator}${rest.join(' ')}`
    : `${national.trunk}${area}`;
}
