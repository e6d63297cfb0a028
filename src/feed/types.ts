/**
 * The feed's types: generated from feed.schema.json, plus what validation and
 * loading add to them.
 */
export type * from './generated/feed-types.js';
import type {
  Contact,
  Network,
  NewsItem,
  Page,
  Publisher,
  TwinTown,
} from './generated/feed-types.js';
import type {FEED_SECTIONS} from './paths.js';

/** A feed after validation: every list present and holding only valid entries. */
export interface ValidFeed {
  /** Absent when the feed's publisher block is invalid. */
  publisher: Publisher | undefined;
  contacts: Contact[];
  networks: Network[];
  twinTowns: TwinTown[];
  pages: Page[];
  news: NewsItem[];
}

/** The feed's lists, by name. */
export type FeedSection = (typeof FEED_SECTIONS)[number];

/**
 * What kind of problem it is, for code to switch on: the JSON Schema keyword an
 * entry breaks (`required`, `type`, `enum`, `pattern`, `format`, `minimum`,
 * `maximum`, `const`; `l10n` and `language-tag` for localised texts), the
 * document or a list being unusable (`not-json`, `not-object`, `version`,
 * `not-list`), a rule of the feed's own (`duplicate-id`, `unknown-contact`,
 * `protected-email` that does not decode to an address, a logo on a
 * `foreign-host`),
 * or how an element uses the feed (`unknown-id`, `missing-attribute`,
 * `invalid-attribute`, `unknown-country`).
 */
export type ProblemCode =
  | 'not-json'
  | 'not-utf8'
  | 'not-object'
  | 'version'
  | 'not-list'
  | 'required'
  | 'type'
  | 'const'
  | 'enum'
  | 'pattern'
  | 'format'
  | 'minimum'
  | 'maximum'
  | 'l10n'
  | 'language-tag'
  | 'schema'
  | 'duplicate-id'
  | 'unknown-contact'
  | 'protected-email'
  | 'foreign-host'
  | 'unknown-id'
  | 'missing-attribute'
  | 'invalid-attribute'
  | 'unknown-country';

/** One problem found in a feed, or in how an element uses it. */
export interface FeedProblem {
  /** Where the problem is: a JSON path such as `networks[3].homepage`, or `@ids` for an attribute. */
  path: string;
  /** The feed list the problem concerns; absent for the feed as a whole and its publisher. */
  section?: FeedSection;
  /** What kind of problem it is. */
  code: ProblemCode;
  /**
   * The details the message is made of: for schema problems the keyword's
   * (`type`, `allowedValues`, `pattern`, `format`, `limit`) and the
   * `property` the value is in; `id`, `value` or `allowed` for the others.
   */
  params: Readonly<Record<string, unknown>>;
  /** What is wrong, in English, for the webmaster. */
  message: string;
}

/** Why a feed could not be used at all. */
export type FeedFailure =
  | {kind: 'no-src'}
  | {kind: 'timeout'}
  | {kind: 'network'}
  | {kind: 'http'; status: number}
  | {kind: 'parse'}
  | {kind: 'too-large'}
  | {kind: 'invalid'};

/** The outcome of loading a feed. */
export type FeedResult =
  | {ok: true; url: string; feed: ValidFeed; problems: FeedProblem[]}
  | {ok: false; url: string; failure: FeedFailure; problems: FeedProblem[]};
