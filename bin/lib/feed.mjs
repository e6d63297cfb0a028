// Reads a feed from a file, a URL or standard input, and explains what the
// elements' own validator (lib/feed/validate.js) says about it: which kind of
// problem each one is, how to fix it, and what a visitor will and will not see.
import {readFile} from 'node:fs/promises';
import {fromLib} from './from-lib.mjs';

// The elements' own facts, so that the CLI cannot drift from them. Before a
// build only --help and the "not built yet" message work, which need neither.
const [paths, store, effects] = await Promise.all([
  fromLib('feed/paths.js'),
  fromLib('feed/store.js'),
  fromLib('feed/effects.js'),
]);

/** The feed's lists, as the validator names them (src/feed/paths.ts). */
export const SECTIONS = paths?.FEED_SECTIONS ?? [];

/** As long as the elements wait (src/feed/store.ts). */
export const DEFAULT_TIMEOUT = store?.DEFAULT_TIMEOUT;

const VALIDATOR = new URL('../../lib/feed/validate.js', import.meta.url);

/**
 * The elements' validateFeed, compiled from src/feed/validate.ts. Imported
 * lazily so that `--help` and the "not built yet" message work without it.
 */
export const loadValidator = async () =>
  (await fromLib('feed/validate.js'))?.validateFeed;

/** The path of the compiled validator, for the message when it is missing. */
export const validatorFile = () => decodeURIComponent(VALIDATOR.pathname);

/** Failure kinds mirror src/feed/types.ts FeedFailure, plus the file-only ones. */
class ReadError extends Error {
  constructor(kind, detail = {}) {
    super(kind);
    this.kind = kind;
    this.detail = detail;
  }
}
export {ReadError};

const isUrl = (source) => /^https?:\/\//i.test(source);

/** The URL a feed's logos must share their host with: a URL source's own; a file has none. */
export const feedUrlOf = (source) => (isUrl(source) ? source : undefined);

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** The bytes of a file, or of standard input for `-`. Throws ReadError. */
export async function readBytes(source) {
  try {
    return source === '-' ? await readStdin() : await readFile(source);
  } catch (error) {
    if (error?.code === 'ENOENT') throw new ReadError('missing');
    throw new ReadError('unreadable', {detail: error?.code ?? String(error)});
  }
}

async function fetchText(url, timeout) {
  let response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(timeout),
      headers: {accept: 'application/json'},
    });
  } catch (error) {
    if (error?.name === 'TimeoutError') throw new ReadError('timeout');
    // undici hides the system error (ECONNREFUSED, ENOTFOUND…) in `cause`.
    const cause = error?.cause?.code ?? error?.cause?.message ?? error?.message;
    throw new ReadError('network', {detail: String(cause)});
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new ReadError('http', {status: response.status});
  }
  try {
    return utf8(Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError(error?.name === 'TimeoutError' ? 'timeout' : 'network', {
      detail: String(error?.message),
    });
  }
}

/** The text of UTF-8 bytes; anything else (Latin-1, UTF-16) is a ReadError, as in the browser. */
function utf8(bytes) {
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    throw new ReadError('not-utf8');
  }
}

/**
 * Reads and parses a feed the way src/feed/store.ts does (UTF-8 only, a byte
 * order mark ignored, JSON.parse). Throws ReadError when there is no JSON to validate.
 */
export async function readFeed(source, {timeout = DEFAULT_TIMEOUT} = {}) {
  const text = isUrl(source)
    ? await fetchText(source, timeout)
    : utf8(await readBytes(source));
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ReadError('not-json', {detail: withLineAndColumn(error.message, text)});
  }
}

/** V8 says "at position 1234"; an editor wants line and column. */
function withLineAndColumn(message, text) {
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return message;
  const before = text
    .replace(/^\uFEFF/, '')
    .slice(0, Number(position))
    .split('\n');
  return `${message} (line ${before.length}, column ${before.at(-1).length + 1})`;
}

/** The message key and parameters of a ReadError, for printing. */
export function describeReadError(error, source, timeout = DEFAULT_TIMEOUT) {
  const params = {source, ...error.detail};
  switch (error.kind) {
    case 'missing':
      return ['errMissing', params];
    case 'timeout':
      return ['errTimedOut', {...params, seconds: timeout / 1000}];
    case 'network':
      return ['errNetwork', params];
    case 'http':
      return ['errHttp', params];
    case 'not-json':
      return ['errNotJson', params];
    case 'not-utf8':
      return ['errNotUtf8', params];
    default:
      return ['errUnreadable', params];
  }
}

/** The kind of a pattern a value breaks, by the property it is in; `\\S` is the schema's "not blank". */
const PATTERN_KINDS = {
  country: 'country',
  countries: 'country',
  language: 'language-tag',
  number: 'phone',
  email: 'email',
  protected: 'protected-email',
  id: 'id',
  contacts: 'id',
  founded: 'founded',
};

/** The kind of a range a value is out of, by the property it is in. */
const RANGE_KINDS = {
  since: 'year',
  lat: 'coordinates',
  lon: 'coordinates',
  members: 'members',
};

/**
 * What kind of problem the validator reported, for its hint: read from the
 * problem's code and params (src/feed/types.ts FeedProblem), never from its
 * English message or its path.
 */
export function problemKind({code, params = {}}) {
  switch (code) {
    case 'not-object':
    case 'version':
    case 'not-list':
    case 'required':
    case 'l10n':
    case 'language-tag':
    case 'enum':
    case 'duplicate-id':
      return code;
    case 'type':
      return `type-${params.type}`;
    case 'protected-email':
      return code;
    case 'foreign-host':
      return 'logo';
    case 'format':
      if (params.format === 'date') return 'date';
      if (params.format === 'url-reference') return 'logo';
      return params.format === 'http-url' ? 'url' : 'control';
    case 'unknown-contact':
      return 'dangling-contact';
    case 'pattern':
      if (params.pattern === '\\S') return 'blank';
      return PATTERN_KINDS[params.property] ?? 'other';
    case 'minimum':
    case 'maximum':
      return RANGE_KINDS[params.property] ?? 'range';
    default:
      return 'other';
  }
}

const HINTS = {
  required: 'hintRequired',
  'type-integer': 'hintTypeInteger',
  'type-number': 'hintTypeNumber',
  'type-string': 'hintTypeString',
  'type-array': 'hintTypeArray',
  'type-object': 'hintTypeObject',
  l10n: 'hintL10n',
  'language-tag': 'hintLanguageTag',
  date: 'hintDate',
  url: 'hintUrl',
  enum: 'hintEnum',
  version: 'hintVersion',
  'not-object': 'hintNotObject',
  'not-list': 'hintNotList',
  country: 'hintCountry',
  phone: 'hintPhone',
  email: 'hintEmail',
  'protected-email': 'hintProtectedEmail',
  logo: 'hintLogo',
  id: 'hintId',
  founded: 'hintFounded',
  blank: 'hintBlank',
  control: 'hintControl',
  year: 'hintYear',
  coordinates: 'hintCoordinates',
  members: 'hintMembers',
  range: 'hintRange',
  'duplicate-id': 'hintDuplicateId',
  'dangling-contact': 'hintDanglingContact',
  other: 'hintOther',
};

/** A short, localised hint how to fix a problem of this kind. */
export function hintFor(problem, kind, {t}) {
  return t(HINTS[kind] ?? 'hintOther', {property: problem.params?.property ?? ''});
}

/** What a problem costs a visitor (src/feed/effects.ts, which the feed editor's save dialog uses too). */
export const problemEffect = (problem) => effects.problemEffect(problem);

/**
 * Validates a parsed feed with the elements' validator and explains the result:
 * `{valid, problems: [{path, message, kind, effect, hint}], counts, skipped}`,
 * where `counts` are the entries per list that will render. `ignore` leaves
 * out problems the caller cannot judge; `feedUrl` is where the feed is
 * published, which its logos must share the host of.
 */
export function explain(validateFeed, data, tr, {ignore = () => false, feedUrl} = {}) {
  const {feed, problems} = validateFeed(data, feedUrl);
  const explained = problems
    .map((problem) => {
      const kind = problemKind(problem);
      return {
        path: problem.path,
        message: problem.message,
        kind,
        effect: problemEffect(problem),
        hint: hintFor(problem, kind, tr),
      };
    })
    .filter((problem) => !ignore(problem));
  const counts = Object.fromEntries(
    SECTIONS.map((section) => [section, feed ? feed[section].length : 0]),
  );
  const tally = (effect) => explained.filter((p) => p.effect === effect).length;
  return {
    valid: explained.length === 0,
    problems: explained,
    counts,
    skipped: {
      feed: tally('feed') > 0,
      publisher: tally('publisher') > 0,
      lists: tally('list'),
      // The validator reports the first problem of an entry it drops, and only that one.
      entries: tally('entry'),
      references: tally('reference'),
      fields: tally('field'),
      languages: tally('language'),
      logos: tally('logo'),
    },
  };
}

/** "13 networks, 11 contacts, 1 page, 4 news items": the lists that have entries. */
export function countsText(counts, tr) {
  const parts = SECTIONS.filter((section) => counts[section] > 0).map((section) =>
    tr.t(section, {n: counts[section]}),
  );
  return parts.length ? tr.units(parts) : '';
}

/** The one-line verdict on a feed, in the chosen language. */
export function summary(result, tr) {
  const {t} = tr;
  const counts = countsText(result.counts, tr);
  if (result.valid) return counts ? t('valid', {counts}) : t('validEmpty');
  const {skipped} = result;
  const effects = skipped.feed
    ? [t('effectFeed')]
    : [
        ...(skipped.publisher ? [t('effectPublisher')] : []),
        ...(skipped.lists ? [t('effectLists', {n: skipped.lists})] : []),
        ...(skipped.entries ? [t('effectEntries', {n: skipped.entries})] : []),
        ...(skipped.references ? [t('effectReferences', {n: skipped.references})] : []),
        ...(skipped.fields ? [t('effectFields', {n: skipped.fields})] : []),
        ...(skipped.languages ? [t('effectLanguages', {n: skipped.languages})] : []),
        ...(skipped.logos ? [t('effectLogos', {n: skipped.logos})] : []),
      ];
  const shows = counts ? t('willShow', {counts}) : t('showsNothing');
  return `${t('problems', {n: result.problems.length})}: ${tr.and(effects)}. ${shows}`;
}

/**
 * JSON text with what JSON.stringify leaves raw escaped too: DEL, C1 controls
 * (U+009B is a terminal's CSI), line separators and bidirectional overrides.
 * The same JSON, read back; safe on a terminal, like `printable` text.
 */
export const printableJson = (value, space) =>
  JSON.stringify(value, null, space).replace(
    /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/**
 * Escapes what a hostile feed could use to mess up a terminal: control
 * characters, line separators and bidirectional overrides.
 */
export const printable = (text) =>
  String(text).replace(
    // eslint-disable-next-line no-control-regex -- matching them is the point
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
