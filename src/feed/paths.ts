/**
 * JSON paths of feed entries and problems. Kept apart from the validators,
 * which load beside the feed itself (see store.ts), because every element
 * needs these at once.
 */
import type {FeedProblem, FeedSection} from './types.js';

/** The feed's lists, in the order they are validated. */
export const FEED_SECTIONS: readonly FeedSection[] = [
  'contacts',
  'networks',
  'twinTowns',
  'pages',
  'news',
];

/** Where each valid entry stood in the feed, for JSON paths after invalid ones are dropped. */
export const sourceIndex = new WeakMap<object, number>();

/** The JSON path of a valid entry in the feed as published, e.g. `twinTowns[3]`. */
export const entryPath = (section: FeedSection, entry: object) =>
  `${section}[${sourceIndex.get(entry) ?? '?'}]`;

/** The feed list a problem is about, or `undefined` for the feed as a whole. */
export function problemSection(problem: FeedProblem): FeedSection | undefined {
  const name = /^[A-Za-z]+/.exec(problem.path)?.[0];
  return FEED_SECTIONS.find((section) => section === name);
}
