/**
 * Helpers shared by the browser tests: fixture feed URLs that no other test
 * has fetched, request counts from the test server, and waiting for an
 * element's feed to settle.
 */
import {fixture, nextFrame, oneEvent, waitUntil} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import {loadFeed, resolveFeedUrl} from '../src/feed/store.js';
import type {FeedProblem} from '../src/feed/types.js';
import type {FeedErrorEvent} from '../src/base/events.js';
import {captureConsole, takeConsole} from './console-guard.js';

export {captureConsole, takeConsole} from './console-guard.js';

/** What `body` wrote to console.warn (see test/console-guard.ts). */
export const captureWarnings = (body: () => Promise<unknown> | unknown) =>
  captureConsole(body, 'warn');

let serial = 0;

/** A URL of a feed in test/fixtures/feeds/, unique to the calling test. */
export function feedUrl(name: string): string {
  return `/test/fixtures/feeds/${name}?test=${Date.now()}-${++serial}`;
}

/** A staged fault of the test server (see test/server/fixture-server.mjs), unique to the caller. */
export function faultUrl(path: string): string {
  return `/__${path}?test=${Date.now()}-${++serial}`;
}

/** How many requests the test server has had for a path and query. */
export async function requestCount(url: string): Promise<number> {
  const response = await fetch(`/__requests?url=${encodeURIComponent(url)}`);
  return ((await response.json()) as {count: number}).count;
}

/** The element's shadow root, which every element has. */
export const shadow = (element: Element) => element.shadowRoot!;

/** Visible text of the element's shadow root, whitespace collapsed. */
export const textOf = (element: Element | ShadowRoot) =>
  ('shadowRoot' in element && element.shadowRoot ? element.shadowRoot : element)
    .textContent!.replace(/\s+/g, ' ')
    .trim();

/**
 * Resolves once the feed store has answered `src` (the promise every element
 * asking for it shares, retries included) and a frame has passed, so that
 * whatever the answer makes an element do has been done: the way to test that
 * a removed or superseded block does nothing, without a fixed sleep.
 */
export async function feedAnswered(src: string) {
  await loadFeed(resolveFeedUrl(src)!);
  await nextFrame();
}

/** Resolves once the element has rendered its data or its error state. */
export async function settled(element: Element, timeout = 5000) {
  await waitUntil(
    () => {
      const root = element.shadowRoot;
      if (!root || root.querySelector('[data-state="loading"]')) return false;
      return Boolean(
        root.querySelector('[part="base"], [part="empty"], [data-state="error"]'),
      );
    },
    `<${element.localName}> did not settle`,
    {timeout},
  );
  await (element as Element & {updateComplete?: Promise<unknown>}).updateComplete;
}

/** The next `feed-error` event of an element. */
export const nextFeedError = (element: Element) =>
  oneEvent(element, 'feed-error') as unknown as Promise<FeedErrorEvent>;

/**
 * Every problem the element reports from now until it has settled. The
 * console warnings that report those problems are taken with them; any other
 * warning is left for the console guard.
 */
export async function problemsUntilSettled(el: HTMLElement): Promise<FeedProblem[]> {
  const problems: FeedProblem[] = [];
  el.addEventListener('feed-error', (event) => problems.push(...event.problems));
  await settled(el);
  const reports = (warning: string) =>
    /more problems; listed in the feed-error/.test(warning) ||
    problems.some(({path, message}) =>
      warning.endsWith(`${path || '(feed)'} ${message}`),
    );
  for (const warning of takeConsole(/^municipal-widgets: /)) {
    if (!reports(warning)) console.warn(warning);
  }
  return problems;
}

/** Renders an element and waits until it has settled. */
export async function renderSettled<T extends Element>(
  template: TemplateResult,
): Promise<T> {
  const el = await fixture<T>(template);
  await settled(el);
  return el;
}
