/**
 * The feed an element reads: asks the shared store (one load per URL for the
 * whole page) and keeps only the answer to the element's latest request.
 */
import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {loadFeed} from '../feed/store.js';
import type {FeedResult} from '../feed/types.js';
import {serverContext} from './server.js';
import {nextTask} from './tasks.js';

/** What the controller asks its element. */
export interface FeedOptions {
  /** The absolute feed URL, or `undefined` when the element names none. */
  url(): string | undefined;
  /** Whether the element needs a feed at all (review-stamp can do without). */
  usesFeed(): boolean;
  /** Milliseconds the load may take. */
  timeout(): number;
  /** A new request starts: what the element reported about the last feed no longer counts. */
  onRequest(): void;
  /** The feed has loaded, or failed: once per request, while the element is on the page. */
  onSettle(result: FeedResult): void;
}

/**
 * Loads the feed for one element and guards against stale answers.
 *
 * This is what `@lit/task`'s Task does with its call id, its `args` change
 * check and its keeping `value` while a new run is pending (lit/lit
 * packages/task/src/task.ts, `run()`). Task is not used because it would add
 * about 0.7 KB gzip to every visitor's bundle (Task 1.0.3 beside Lit alone,
 * built with the bundle's rollup and terser settings) for a guard of twenty
 * lines; and the store already shares and retries each load, so Task's abort
 * signal would have nothing to stop.
 */
export class FeedController implements ReactiveController {
  /** The loaded feed, or why it failed; `undefined` while loading or when none is needed. */
  result: FeedResult | undefined;

  readonly #host: ReactiveControllerHost & Element;
  readonly #options: FeedOptions;
  /** Which request an answer belongs to: answers to any earlier one are dropped. */
  #loadId = 0;
  #requestedUrl: string | undefined;

  constructor(host: ReactiveControllerHost & Element, options: FeedOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    // Prerendering in Node fetches nothing: it hands over the feed it loaded.
    if (isServer) this.result = serverContext()?.feed;
  }

  hostConnected() {
    this.request();
  }

  hostDisconnected() {
    // Results that arrive after removal are dropped; a reconnect asks again.
    this.#loadId++;
    this.#requestedUrl = undefined;
  }

  /** Loads the feed if the element needs one it has not asked for yet (or `again`). */
  request(again = false) {
    if (!this.#host.isConnected) return;
    const {url: urlOf, usesFeed, timeout, onRequest} = this.#options;
    const uses = usesFeed();
    const url = uses ? urlOf() : undefined;
    if (!again && url === this.#requestedUrl && (url || !uses)) return;
    this.#requestedUrl = url;
    const id = ++this.#loadId;
    // A block moved on the page keeps what it shows while it asks again (the
    // store answers from the same load): no "Loading…" flashes in between.
    if (!(this.result?.ok && this.result.url === url)) this.#set(undefined);
    onRequest();
    if (!uses) return;
    if (!url) {
      this.#settle({ok: false, url: '', failure: {kind: 'no-src'}, problems: []});
      return;
    }
    loadFeed(url, timeout())
      .then(async (result) => {
        // Every block on the feed renders now: each in a task of its own.
        await nextTask();
        if (id === this.#loadId) this.#settle(result);
      })
      // loadFeed never rejects; a listener of feed-error may throw.
      .catch((error: unknown) => console.error(error));
  }

  #set(result: FeedResult | undefined) {
    if (result === this.result) return;
    this.result = result;
    this.#host.requestUpdate();
  }

  #settle(result: FeedResult) {
    this.#set(result);
    this.#options.onSettle(result);
  }
}
