/**
 * Loads feeds for every element on the page: one request, one parse and one
 * validation per absolute feed URL, however many elements ask for it.
 */
import {validateFeed} from './validate.js';
import type {FeedFailure, FeedProblem, FeedResult} from './types.js';

/** The `<meta name>` a page uses to name its feed for every element. */
export const FEED_META_NAME = 'municipal-widgets:feed';

/** How long a feed may take, in milliseconds, before it counts as failed. */
export const DEFAULT_TIMEOUT = 10_000;

/** How many problems one feed logs to the console before summing up the rest. */
const LOGGED_PROBLEMS = 20;

const requests = new Map<string, Promise<FeedResult>>();

/**
 * The absolute URL of the feed an element reads: its `src`, else the page's
 * `<meta name="municipal-widgets:feed">`, resolved against the page.
 */
export function resolveFeedUrl(src: string | null | undefined): string | undefined {
  const given =
    src?.trim() ||
    document
      .querySelector<HTMLMetaElement>(`meta[name="${FEED_META_NAME}"]`)
      ?.content.trim();
  if (!given) return undefined;
  try {
    return new URL(given, document.baseURI).href;
  } catch {
    return undefined;
  }
}

function report(url: string, problems: FeedProblem[]) {
  for (const {path, message} of problems.slice(0, LOGGED_PROBLEMS)) {
    console.warn(`municipal-widgets: ${url}: ${path || '(feed)'} ${message}`);
  }
  if (problems.length > LOGGED_PROBLEMS) {
    console.warn(
      `municipal-widgets: ${url}: ${problems.length - LOGGED_PROBLEMS} more problems; listed in the feed-error event`,
    );
  }
}

async function fetchFeed(url: string, timeout: number): Promise<FeedResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  const fail = (failure: FeedFailure): FeedResult => ({
    ok: false,
    url,
    failure,
    problems: [],
  });
  let text: string;
  try {
    // The default cache mode lets the browser's HTTP cache revalidate with ETag/Last-Modified.
    const response = await fetch(url, {
      signal: controller.signal,
      headers: {accept: 'application/json'},
    });
    if (!response.ok) return fail({kind: 'http', status: response.status});
    text = await response.text();
  } catch {
    return fail({kind: controller.signal.aborted ? 'timeout' : 'network'});
  } finally {
    clearTimeout(timer);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    report(url, [{path: '', message: 'is not valid JSON'}]);
    return fail({kind: 'parse'});
  }
  const {feed, problems} = validateFeed(data);
  report(url, problems);
  return feed
    ? {ok: true, url, feed, problems}
    : {ok: false, url, failure: {kind: 'invalid'}, problems};
}

/**
 * Loads, parses and validates the feed at an absolute URL, sharing the work
 * with every other caller. A failed load is forgotten once it settles, so that
 * asking again retries.
 */
export function loadFeed(url: string, timeout = DEFAULT_TIMEOUT): Promise<FeedResult> {
  let request = requests.get(url);
  if (!request) {
    request = fetchFeed(url, timeout);
    requests.set(url, request);
    void request.then((result) => {
      if (!result.ok) requests.delete(url);
    });
  }
  return request;
}
