/**
 * What every copy of this version of the library on one page shares: a page
 * may load the one-file bundle beside per-element entries (two copies of the
 * modules), and its elements must still share one request per feed URL, as the
 * contract promises. Kept on `globalThis` under a key from the global symbol
 * registry, so that each copy finds it; the version is part of the key,
 * because another version's results may have another shape.
 */
import type {FeedResult} from './types.js';
import {VERSION} from '../version.js';

interface Shared {
  /** The store's loads, by absolute feed URL. */
  readonly requests: Map<string, Promise<FeedResult>>;
  /** Where each valid entry stood in the feed (paths.ts). */
  readonly sourceIndex: WeakMap<object, number>;
}

const KEY = Symbol.for(`municipal-widgets ${VERSION} feeds`);

export const shared: Shared = ((globalThis as {[KEY]?: Shared})[KEY] ??= {
  requests: new Map(),
  sourceIndex: new WeakMap(),
});
