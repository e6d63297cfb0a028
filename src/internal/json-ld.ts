/**
 * JSON-LD as every block writes it: the node type, the text picker, and the
 * serialisation that is safe inside a script element. Shared by the
 * schema.org mappings of each kind of block (schema-people.ts,
 * schema-pages.ts), which load in lazy chunks of their own.
 */

import type {L10N} from '../feed/types.js';

/** Picks a localised feed text in the block's language. */
export type PickText = (value: L10N | undefined) => string;
/** A schema.org node, before empty values are left out. */
export type Thing = Record<string, unknown>;

/**
 * The most networks or news items one block describes: enough for any real
 * page, and a directory of thousands stays a few kilobytes of JSON-LD.
 */
export const MAX_ITEMS = 100;

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
