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
export type FeedSection = 'contacts' | 'networks' | 'twinTowns' | 'pages' | 'news';

/** One problem found in a feed, or in how an element uses it. */
export interface FeedProblem {
  /** Where the problem is, as a JSON path such as `networks[3].homepage`. */
  path: string;
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
