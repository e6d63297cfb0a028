/**
 * The string formats the feed schema names (`date`, `http-url`,
 * `url-reference`, `text`, `line`), used by the validators generated from the
 * schema. Dates are in dates.ts: elements read them too, and these load with
 * the validators only.
 */
import {parseIsoDate} from './dates.js';

// Control characters mean nothing in a feed text, but can end a line of a
// vCard or a mail header, or hide text on a terminal: C0 (but TAB, LF and CR
// in texts, which may hold paragraphs), DEL and C1.
// eslint-disable-next-line no-control-regex -- matching them is the point
const TEXT_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// A one-line value (a name, a street) holds no line break either.
// eslint-disable-next-line no-control-regex -- matching them is the point
const LINE_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

// eslint-disable-next-line no-control-regex -- matching them is the point
const URL_BREAKERS = /[\u0000-\u0020\u007f-\u009f\u2028\u2029]/;

/**
 * Whether `value` is an absolute `http:` or `https:` URL, written without
 * spaces or control characters: the URL parser drops a TAB, CR or LF silently,
 * so the raw string could carry a line break into a vCard.
 */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value) || URL_BREAKERS.test(value)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * Whether `value` is an http(s) URL or a reference relative to the feed
 * (`logos/aer.svg`, `/img/aer.svg`), with no other scheme and nothing the URL
 * parser would drop silently. Which host it names is the validator's to judge,
 * against the feed's own URL.
 */
export function isUrlReference(value: string): boolean {
  if (/^[a-z][\w+.-]*:/i.test(value)) return isHttpUrl(value);
  if (!value || URL_BREAKERS.test(value)) return false;
  try {
    return Boolean(new URL(value, 'http://feed.invalid/'));
  } catch {
    return false;
  }
}

/** The format functions, keyed by the names the schema uses. */
export const formats = {
  date: (value: string) => parseIsoDate(value) !== undefined,
  'http-url': isHttpUrl,
  'url-reference': isUrlReference,
  text: (value: string) => !TEXT_CONTROLS.test(value),
  line: (value: string) => !LINE_CONTROLS.test(value),
};
