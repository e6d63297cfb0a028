/**
 * Feed validation that keeps what is valid: entries breaking the schema are
 * dropped one by one and each problem is reported with its JSON path, so one
 * typo never blanks a municipality's page.
 */
import * as generated from './generated/validators.js';
import type {FeedProblem, FeedSection, ValidFeed} from './types.js';

interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}
type Validator = ((data: unknown) => boolean) & {errors?: SchemaError[] | null};

const SECTION_VALIDATORS: Record<FeedSection, Validator> = {
  contacts: generated.validateContact,
  networks: generated.validateNetwork,
  twinTowns: generated.validateTwinTown,
  pages: generated.validatePage,
  news: generated.validateNewsItem,
};

/** The feed's lists, in the order they are validated. */
export const FEED_SECTIONS = Object.keys(SECTION_VALIDATORS) as FeedSection[];

/** The outcome of validating a parsed feed. */
export interface Validation {
  /** Absent when the document is not a version 1 feed at all. */
  feed?: ValidFeed;
  problems: FeedProblem[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Appends a JSON pointer (`/phones/0/number`) to a JSON path (`contacts[2]`). */
function appendPointer(path: string, pointer: string): string {
  for (const token of pointer.split('/').slice(1)) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    path += /^\d+$/.test(key)
      ? `[${key}]`
      : /^[A-Za-z_$][\w$]*$/.test(key)
        ? `.${key}`
        : `[${JSON.stringify(key)}]`;
  }
  return path;
}

/** Turns the first schema error into a problem a webmaster can act on. */
function describe(path: string, errors: SchemaError[]): FeedProblem {
  // A broken localised text fails both branches of its anyOf; the anyOf error says it best.
  const error = errors.find((e) => e.keyword === 'anyOf') ?? errors[0]!;
  const at = appendPointer(path, error.instancePath);
  const {params} = error;
  switch (error.keyword) {
    case 'required':
      return {path: `${at}.${String(params.missingProperty)}`, message: 'is required'};
    case 'anyOf':
      return {path: at, message: 'must be a text, or an object of texts by language tag'};
    case 'propertyNames':
      return {
        path: at,
        message: `has an invalid language tag ${JSON.stringify(params.propertyName)}`,
      };
    case 'format':
      return {
        path: at,
        message:
          params.format === 'date'
            ? 'must be a real date, YYYY-MM-DD'
            : 'must be an absolute http(s) URL',
      };
    case 'enum':
      return {
        path: at,
        message: `must be one of ${(params.allowedValues as unknown[]).join(', ')}`,
      };
    case 'const':
      return {path: at, message: `must be ${JSON.stringify(params.allowedValue)}`};
    case 'type':
      return {path: at, message: `must be of type ${String(params.type)}`};
    case 'pattern':
      return {path: at, message: `does not match ${String(params.pattern)}`};
    default:
      return {path: at, message: `breaks the schema rule "${error.keyword}"`};
  }
}

function validateSection(
  section: FeedSection,
  value: unknown,
  problems: FeedProblem[],
): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push({path: section, message: 'must be a list'});
    return [];
  }
  const validate = SECTION_VALIDATORS[section];
  const seen = new Set<string>();
  return value.filter((entry, index) => {
    const path = `${section}[${index}]`;
    if (!validate(entry)) {
      problems.push(describe(path, validate.errors ?? []));
      return false;
    }
    const {id} = entry as {id: string};
    if (seen.has(id)) {
      problems.push({
        path: `${path}.id`,
        message: `repeats the id ${JSON.stringify(id)}`,
      });
      return false;
    }
    seen.add(id);
    return true;
  });
}

/** Validates a parsed feed document, keeping every valid entry. */
export function validateFeed(data: unknown): Validation {
  if (!isPlainObject(data)) {
    return {problems: [{path: '', message: 'must be a JSON object'}]};
  }
  if (data.version !== 1) {
    return {problems: [{path: 'version', message: 'must be 1'}]};
  }
  const problems: FeedProblem[] = [];
  let publisher;
  if (generated.validatePublisher(data.publisher)) {
    publisher = data.publisher;
  } else {
    problems.push(
      describe('publisher', (generated.validatePublisher as Validator).errors ?? []),
    );
  }
  const sections = Object.fromEntries(
    FEED_SECTIONS.map((section) => [
      section,
      validateSection(section, data[section], problems),
    ]),
  );
  return {feed: {publisher, ...sections} as ValidFeed, problems};
}

/** The feed list a problem is about, or `undefined` for the feed as a whole. */
export function problemSection(problem: FeedProblem): FeedSection | undefined {
  const name = /^[A-Za-z]+/.exec(problem.path)?.[0];
  return FEED_SECTIONS.find((section) => section === name);
}
