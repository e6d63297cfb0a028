/**
 * Feed validation that keeps what is valid: entries breaking the schema are
 * dropped one by one and each problem is reported with its JSON path, so one
 * typo never blanks a municipality's page.
 */
import * as generated from './generated/validators.js';
import {emailAddress} from './email.js';
import {FEED_SECTIONS, entryPath, sourceIndex} from './paths.js';
import {problem} from './problems.js';
import type {
  Contact,
  FeedProblem,
  FeedSection,
  Network,
  Page,
  ProblemCode,
  ValidFeed,
} from './types.js';

/** The first problem a generated validator finds (see scripts/compile-schema.mjs). */
interface SchemaError {
  path: string;
  keyword: string;
  params?: Record<string, unknown>;
}
type Validator = (data: unknown, path?: string) => SchemaError | undefined;

/**
 * The field of an entry whose problems cost only that field: a contact shows
 * without its e-mail address, a network without its logo.
 */
export const OPTIONAL_FIELDS: Partial<Record<FeedSection, string>> = {
  contacts: 'email',
  networks: 'logo',
};

const SECTION_VALIDATORS: Record<FeedSection, Validator> = {
  contacts: generated.validateContact,
  networks: generated.validateNetwork,
  twinTowns: generated.validateTwinTown,
  pages: generated.validatePage,
  news: generated.validateNewsItem,
};

/** The outcome of validating a parsed feed. */
export interface Validation {
  /** Absent when the document is not a version 1 feed at all. */
  feed?: ValidFeed;
  problems: FeedProblem[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The problem's code for each schema keyword; the schema uses `propertyNames`
 * for localised texts only, and `anyOf` for them and for e-mail addresses
 * (which `fieldError` says more precisely about).
 */
const CODES: Record<string, ProblemCode> = {
  anyOf: 'l10n',
  propertyNames: 'language-tag',
};

/** Turns a schema error into a problem a webmaster (and a listener's code) can act on. */
function describe(
  {path, keyword, params = {}}: SchemaError,
  section?: FeedSection,
): FeedProblem {
  const message = (() => {
    switch (keyword) {
      case 'required':
        return 'is required';
      case 'anyOf':
        return 'must be a text, or an object of texts by language tag';
      case 'propertyNames':
        return `has an invalid language tag ${JSON.stringify(params.propertyName)}`;
      case 'format':
        return params.format === 'date'
          ? 'must be a real date, YYYY-MM-DD'
          : params.format === 'http-url'
            ? 'must be an absolute http(s) URL'
            : 'must not hold control characters';
      case 'enum':
        return `must be one of ${(params.allowedValues as unknown[]).join(', ')}`;
      case 'const':
        return `must be ${JSON.stringify(params.allowedValue)}`;
      case 'type':
        return `must be of type ${String(params.type)}`;
      case 'pattern':
        return `does not match ${String(params.pattern)}`;
      case 'minimum':
      case 'maximum':
        return `must be ${keyword === 'minimum' ? 'at least' : 'at most'} ${String(params.limit)}`;
      default:
        return `breaks the schema rule "${keyword}"`;
    }
  })();
  const code =
    CODES[keyword] ??
    ([
      'required',
      'format',
      'enum',
      'const',
      'type',
      'pattern',
      'minimum',
      'maximum',
    ].includes(keyword)
      ? (keyword as ProblemCode)
      : 'schema');
  return problem(path, code, message, params, section);
}

/** Whether a page's error lies in its `languages`: the whole map, a tag, or one version's URL. */
const isLanguagesError = ({path}: SchemaError, entryPath: string) =>
  path === `${entryPath}.languages` ||
  path.startsWith(`${entryPath}.languages.`) ||
  path.startsWith(`${entryPath}.languages[`);

/**
 * The page without the language version the error is about (each one is
 * dropped alone), or without `languages` when the map itself is broken; each
 * call removes a key, so revalidating ends.
 */
function withoutLanguage(page: Page, error: SchemaError, entryPath: string): Page {
  const {languages, ...rest} = page;
  const bad =
    error.path === `${entryPath}.languages`
      ? error.keyword === 'propertyNames'
        ? error.params?.propertyName
        : undefined
      : error.params?.property;
  if (typeof bad !== 'string' || !isPlainObject(languages)) return rest;
  return {
    ...rest,
    languages: Object.fromEntries(
      Object.entries(languages).filter(([tag]) => tag !== bad),
    ),
  };
}

const withoutField = (entry: object, field: string) =>
  Object.fromEntries(Object.entries(entry).filter(([key]) => key !== field));

/**
 * A field's own problem, as precise as it can be: the schema's `anyOf` of an
 * e-mail says only that the value is neither form, so it is checked again as
 * the form it is written in.
 */
function fieldError(field: string, value: unknown, error: SchemaError): SchemaError {
  if (field !== 'email' || error.keyword !== 'anyOf') return error;
  const specific =
    typeof value === 'string'
      ? generated.validateEmailAddress(value, error.path)
      : isPlainObject(value) && generated.validateProtectedEmail(value, error.path);
  return specific
    ? {...specific, params: {property: field, ...specific.params}}
    : {path: error.path, keyword: 'type', params: {type: 'string', property: field}};
}

/**
 * The rules of an optional field the schema cannot state: a protected e-mail
 * must decode to a valid address, and a logo must be on the feed's own host
 * (`feedUrl`; relative URLs resolve against it). Returns the field's value to
 * keep, or a problem.
 */
function checkField(
  field: string,
  value: unknown,
  path: string,
  feedUrl: string | undefined,
): {value: unknown} | {problem: [path: string, code: ProblemCode, message: string]} {
  if (field === 'email') {
    if (typeof value === 'string') return {value};
    const address = emailAddress(value as {protected: string});
    return address !== undefined && !generated.validateEmailAddress(address)
      ? {value}
      : {
          problem: [
            `${path}.protected`,
            'protected-email',
            'does not decode to an e-mail address; write it with municipal-widgets protect-emails',
          ],
        };
  }
  const logo = value as {src: string};
  if (!feedUrl) return {value};
  const feed = new URL(feedUrl);
  let src: URL | undefined;
  try {
    src = new URL(logo.src, feed);
  } catch {
    // Relative to a feed with no host (a blob: URL), say.
  }
  // A logo is fetched by the visitor's browser: never from a host but the feed's.
  return src && feed.host && src.host === feed.host && /^https?:$/.test(src.protocol)
    ? {value: {...logo, src: src.href}}
    : {
        problem: [
          `${path}.src`,
          'foreign-host',
          `is not on the feed's own host (${feed.host}), so it is never requested`,
        ],
      };
}

function validateSection(
  section: FeedSection,
  value: unknown,
  problems: FeedProblem[],
  feedUrl: string | undefined,
): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push(problem(section, 'not-list', 'must be a list', {}, section));
    return [];
  }
  const validate = SECTION_VALIDATORS[section];
  const field = OPTIONAL_FIELDS[section];
  const seen = new Set<string>();
  const kept: unknown[] = [];
  value.forEach((entry: unknown, index) => {
    const path = `${section}[${index}]`;
    const fieldPath = `${path}.${field}`;
    let error = validate(entry, path);
    // A contact with a bad e-mail address still shows, without the address; a network without its logo.
    if (field && (error?.path === fieldPath || error?.path.startsWith(`${fieldPath}.`))) {
      problems.push(
        describe(
          fieldError(field, (entry as Record<string, unknown>)[field], error),
          section,
        ),
      );
      entry = withoutField(entry as object, field);
      error = validate(entry, path);
    }
    // A page with a bad language version still shows, without that version.
    while (error && isLanguagesError(error, path)) {
      problems.push(describe(error, section));
      entry = withoutLanguage(entry as Page, error, path);
      error = validate(entry, path);
    }
    if (error) {
      problems.push(describe(error, section));
      return;
    }
    if (field && Object.hasOwn(entry as object, field)) {
      const checked = checkField(
        field,
        (entry as Record<string, unknown>)[field],
        fieldPath,
        feedUrl,
      );
      if ('problem' in checked) {
        const [at, code, message] = checked.problem;
        problems.push(
          problem(
            at,
            code,
            message,
            {property: at.slice(at.lastIndexOf('.') + 1)},
            section,
          ),
        );
        entry = withoutField(entry as object, field);
      } else {
        entry = {...(entry as object), [field]: checked.value};
      }
    }
    const {id} = entry as {id: string};
    if (seen.has(id)) {
      problems.push(
        problem(
          `${path}.id`,
          'duplicate-id',
          `repeats the id ${JSON.stringify(id)}`,
          {id},
          section,
        ),
      );
      return;
    }
    seen.add(id);
    sourceIndex.set(entry as object, index);
    kept.push(entry);
  });
  return kept;
}

/**
 * Drops references from networks to contacts the feed does not have, reporting
 * each, so that elements can trust every id they are given.
 */
function checkReferences(
  networks: Network[],
  contacts: Contact[],
  problems: FeedProblem[],
) {
  const known = new Set(contacts.map(({id}) => id));
  return networks.map((network) => {
    if (!network.contacts?.some((id) => !known.has(id))) return network;
    const path = `${entryPath('networks', network)}.contacts`;
    network.contacts.forEach((id, index) => {
      if (!known.has(id)) {
        problems.push(
          problem(
            `${path}[${index}]`,
            'unknown-contact',
            `refers to no contact (${JSON.stringify(id)})`,
            {id},
            'networks',
          ),
        );
      }
    });
    return {...network, contacts: network.contacts.filter((id) => known.has(id))};
  });
}

/**
 * Validates a parsed feed document, keeping every valid entry. `feedUrl`, the
 * absolute URL the feed was read from, is what logos are resolved against and
 * must share their host with; without it (a file) only their form is checked.
 */
export function validateFeed(data: unknown, feedUrl?: string): Validation {
  if (!isPlainObject(data)) {
    return {problems: [problem('', 'not-object', 'must be a JSON object')]};
  }
  if (data.version !== 1) {
    return {problems: [problem('version', 'version', 'must be 1', {allowedValue: 1})]};
  }
  const problems: FeedProblem[] = [];
  const error = (generated.validatePublisher as Validator)(data.publisher, 'publisher');
  if (error) problems.push(describe(error));
  const publisher = error ? undefined : data.publisher;
  const sections = Object.fromEntries(
    FEED_SECTIONS.map((section) => [
      section,
      validateSection(section, data[section], problems, feedUrl),
    ]),
  );
  const feed = {publisher, ...sections} as ValidFeed;
  feed.networks = checkReferences(feed.networks, feed.contacts, problems);
  return {feed, problems};
}
