/**
 * The feed's lists and the JSON paths of their entries. Kept apart from the validators,
 * which load beside the feed itself (see store.ts), because every element
 * needs these at once.
 */
import {shared} from './shared.js';
import type {FeedSection} from './types.js';

/** The feed's lists, in the order they are validated: the one list of them. */
export const FEED_SECTIONS = [
  'contacts',
  'networks',
  'twinTowns',
  'pages',
  'news',
] as const;

/** Where each valid entry stood in the feed, for JSON paths after invalid ones are dropped. */
export const {sourceIndex} = shared;

/** The JSON path of a valid entry in the feed as published, e.g. `twinTowns[3]`. */
export const entryPath = (section: FeedSection, entry: object) =>
  `${section}[${sourceIndex.get(entry) ?? '?'}]`;
