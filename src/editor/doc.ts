/**
 * The feed document as the editor holds it: the parsed JSON itself, edited in
 * place, so that what the editor does not know (`$schema`, a property of a
 * later version) and the order of entries and keys survive a save untouched.
 */
import {problemEffect} from '../feed/effects.js';
import {FEED_SECTIONS} from '../feed/paths.js';
import type {FeedProblem, FeedSection} from '../feed/types.js';

export type Json = null | boolean | number | string | Json[] | {[key: string]: Json};
export type JsonObject = {[key: string]: Json};
export type Path = (string | number)[];

export const SECTIONS = FEED_SECTIONS;
export type Section = FeedSection;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `['networks', 3, 'name', 'sv']` → `networks[3].name.sv`, as the validator writes paths. */
export const pathString = (path: Path) =>
  path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i ? `.${part}` : part))
    .join('');

/** The inverse of pathString. */
export const parsePath = (text: string): Path =>
  [...text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, name, index]) =>
    index === undefined ? name! : Number(index),
  );

/** A stable, valid element id for the field of a path. */
export const fieldId = (path: Path) => `f-${pathString(path).replace(/[^\w-]+/g, '_')}`;

export function getPath(doc: Json | undefined, path: Path): Json | undefined {
  let node: Json | undefined = doc;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, Json>)[part];
  }
  return node;
}

/**
 * Sets the value at a path, creating the objects on the way. `undefined`
 * deletes the property, and an object left empty by that goes too (an address
 * with no parts is no address); items of lists are set, never deleted here.
 */
export function setPath(doc: JsonObject, path: Path, value: Json | undefined) {
  const parents: Json[] = [doc];
  let node: Json = doc;
  for (const [i, part] of path.slice(0, -1).entries()) {
    const container = node as Record<string | number, Json>;
    if (container[part] === null || typeof container[part] !== 'object') {
      if (value === undefined) return;
      container[part] = typeof path[i + 1] === 'number' ? [] : {};
    }
    node = container[part]!;
    parents.push(node);
  }
  const last = path.at(-1)!;
  if (value !== undefined || Array.isArray(node)) {
    (node as Record<string | number, Json>)[last] = value ?? '';
    return;
  }
  delete (node as JsonObject)[last as string];
  // Drop objects emptied by the deletion, up to the entry itself (depth 2).
  for (let depth = path.length - 1; depth > 2; depth--) {
    const child = parents[depth - 1] as Record<string | number, Json>;
    const key = path[depth - 1]!;
    const value = child[key];
    if (isObject(value) && !Object.keys(value).length && !Array.isArray(child)) {
      delete (child as JsonObject)[key as string];
    } else break;
  }
}

/**
 * Sets one language of a localised text in place. A plain string stays a
 * plain string while only the publisher's language is written; writing a
 * second language turns it into an object with both. Emptied, it goes.
 */
export function setText(
  doc: JsonObject,
  path: Path,
  language: string,
  text: string,
  publisherLanguage: string,
) {
  const current = getPath(doc, path);
  if (isObject(current)) {
    if (text === '') delete current[language];
    else current[language] = text;
    if (!Object.keys(current).length) setPath(doc, path, undefined);
    return;
  }
  const plain = typeof current === 'string' ? current : '';
  if (language === publisherLanguage) {
    setPath(doc, path, text === '' ? undefined : text);
  } else if (text !== '') {
    setPath(
      doc,
      path,
      plain ? {[publisherLanguage]: plain, [language]: text} : {[language]: text},
    );
  }
}

/** The text of one language of a localised text, as its field shows it. */
export function textIn(
  value: Json | undefined,
  language: string,
  publisherLanguage: string,
) {
  if (typeof value === 'string') return language === publisherLanguage ? value : '';
  if (isObject(value)) {
    const text = value[language];
    return typeof text === 'string' ? text : '';
  }
  return '';
}

/** The properties of entries that hold localised texts (lists of them for `topics`). */
export const L10N_KEYS = new Set([
  'name',
  'role',
  'unit',
  'description',
  'region',
  'title',
  'summary',
  'topics',
]);

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
export const isLanguageTag = (tag: string) => LANGUAGE_TAG.test(tag);

/** Every language the feed's texts are written in: the publisher's first, then in order of first use. */
export function languagesIn(doc: JsonObject): string[] {
  const found = new Set<string>();
  const publisher = isObject(doc.publisher) ? doc.publisher : {};
  if (typeof publisher.language === 'string' && isLanguageTag(publisher.language))
    found.add(publisher.language);
  const add = (text: Json | undefined) => {
    if (isObject(text))
      for (const tag of Object.keys(text)) if (isLanguageTag(tag)) found.add(tag);
  };
  add(publisher.name);
  for (const section of SECTIONS) {
    const list = doc[section];
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      if (!isObject(entry)) continue;
      for (const [key, value] of Object.entries(entry)) {
        if (!L10N_KEYS.has(key)) continue;
        if (Array.isArray(value)) value.forEach(add);
        else add(value);
      }
    }
  }
  return [...found];
}

/** A new, empty feed for a publisher. */
export const emptyFeed = (language: string): JsonObject => ({
  version: 1,
  publisher: {name: '', language, country: ''},
  contacts: [],
  networks: [],
  twinTowns: [],
  pages: [],
  news: [],
});

/** What will not show because of a problem, once saved: everything, a list, an entry, a part of it. */
export type Loss =
  | {kind: 'feed'}
  | {kind: 'publisher'}
  | {kind: 'list'; section: Section}
  | {kind: 'entry' | 'email' | 'logo' | 'language'; section: Section; index: number}
  | {kind: 'reference'; section: Section; index: number; id: string};

/** What the elements leave out because of a problem: src/feed/effects.ts, as the CLI says it. */
export function lossOf(problem: FeedProblem): Loss {
  const effect = problemEffect(problem);
  if (effect === 'feed' || effect === 'publisher') return {kind: effect};
  const section = problem.section!;
  if (effect === 'list') return {kind: 'list', section};
  const [, index] = parsePath(problem.path);
  const at = {section, index: typeof index === 'number' ? index : -1};
  if (effect === 'reference')
    return {kind: 'reference', ...at, id: String(problem.params.id)};
  return {kind: effect === 'field' ? 'email' : effect, ...at};
}

/** How a feed file is written: its indentation and whether it ends with a newline. */
export interface Format {
  indent: string;
  newline: boolean;
}

/** Two-space JSON with a final newline, as the CLI writes it: for new feeds. */
export const DEFAULT_FORMAT: Format = {indent: '  ', newline: true};

/**
 * The format of a feed file's text, so that a file saved unedited comes back
 * byte for byte when it was written as JSON.stringify writes (any indent, or
 * none at all).
 */
export function formatOf(text: string): Format {
  const body = text.replace(/^\uFEFF/, '');
  const indent =
    /^\{\r?\n([ \t]+)"/.exec(body)?.[1] ?? (/\n/.test(body.trim()) ? '  ' : '');
  return {indent, newline: /\n$/.test(body)};
}

/** The feed as saved, in the format of the file it came from. */
export const serialise = (doc: Json, {indent, newline}: Format = DEFAULT_FORMAT) =>
  `${JSON.stringify(doc, null, indent)}${newline ? '\n' : ''}`;

/** Parses a feed file's text (a UTF-8 byte order mark allowed). */
export const parseFeed = (text: string): Json => JSON.parse(text.replace(/^\uFEFF/, ''));
