// `protect-emails`: rewrites every e-mail field of a feed, wherever the schema
// admits the protected form, as {"protected": "…"}, with the elements' own
// encoder (src/feed/email.ts), so that the published JSON holds no address
// in clear. Everything else stays as it was, in the same order.

import {fromLib} from './from-lib.mjs';

const PROTECTED = '#/$defs/ProtectedEmail';

/** The elements' encoder, from the compiled library; `undefined` before a build. */
export const loadEncoder = async () => (await fromLib('feed/email.js'))?.protectEmail;

const isPlainObject = (value) =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a schema node admits a protected e-mail (`anyOf: [address, ProtectedEmail]`). */
const isEmailField = (node) => node.anyOf?.some(({$ref}) => $ref === PROTECTED);

/**
 * A copy of `data` (a valid feed) with every e-mail in clear protected, found
 * by walking the schema beside it; `count` says how many were.
 */
export function protectFeed(data, schema, protectEmail) {
  let count = 0;
  const walk = (node, value) => {
    while (node.$ref) node = schema.$defs[node.$ref.replace('#/$defs/', '')];
    if (isEmailField(node)) {
      if (typeof value !== 'string') return value;
      count++;
      return protectEmail(value);
    }
    if (Array.isArray(value) && node.items)
      return value.map((item) => walk(node.items, item));
    if (isPlainObject(value) && node.properties) {
      return Object.fromEntries(
        Object.entries(value).map(([key, inner]) => [
          key,
          Object.hasOwn(node.properties, key) ? walk(node.properties[key], inner) : inner,
        ]),
      );
    }
    return value;
  };
  return {feed: walk(schema, data), count};
}

/** The paths of the schema's e-mail fields, e.g. `contacts[].email`: what protectFeed rewrites. */
export function emailFields(schema) {
  const paths = [];
  const seen = new Set();
  const walk = (node, path) => {
    if (node.$ref) {
      if (seen.has(node.$ref)) return;
      seen.add(node.$ref);
      walk(schema.$defs[node.$ref.replace('#/$defs/', '')], path);
      seen.delete(node.$ref);
      return;
    }
    if (isEmailField(node)) return void paths.push(path);
    if (node.items) walk(node.items, `${path}[]`);
    for (const [key, inner] of Object.entries(node.properties ?? {}))
      walk(inner, path ? `${path}.${key}` : key);
  };
  walk(schema, '');
  return paths;
}
