/**
 * Loads feeds for every element on the page: one request, one parse and one
 * validation per absolute feed URL, however many elements ask for it.
 */
import {MAX_DELAY, inRange, type Range} from './range.js';
import {shared} from './shared.js';
import type {FeedFailure, FeedProblem, FeedResult} from './types.js';

/** The `<meta name>` a page uses to name its feed for every element. */
export const FEED_META_NAME = 'municipal-widgets:feed';

/** How long a feed may take, in milliseconds, before it counts as failed. */
export const DEFAULT_TIMEOUT = 10_000;

/** The timeouts an element takes (`timeout`, in ms); `AbortSignal.timeout` refuses others. */
export const TIMEOUTS: Range = {min: 1, max: MAX_DELAY, fallback: DEFAULT_TIMEOUT};

/**
 * The most bytes of feed read. A municipality's feed is tens of kilobytes;
 * 100 000 networks are 4–56 MB, and a gzip bomb is gigabytes.
 */
export const MAX_FEED_BYTES = 10 * 2 ** 20;

/** How many problems one feed logs to the console before summing up the rest. */
export const LOGGED_PROBLEMS = 20;

// Shared with the other copies of this version on the page (shared.ts).
const {requests} = shared;

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

/**
 * Automatic retries of a feed that failed in a way the next attempt may mend: a
 * network error or a 5xx, 408 or 429 answer (never another 4xx). At most
 * `attempts` requests in all, the next one after about `delay` ms, then twice
 * that (±50 %, so that a recovering server is not hit by every visitor at
 * once), or after what the server's `Retry-After` asks, at most 30 s. The
 * element's `timeout` bounds the whole load, retries included: the reader sees
 * the fallback and "Try again" by then, and no retry starts that could not
 * finish in time. Not part of the public API; tests lower `delay`.
 */
export const RETRIES = {attempts: 3, delay: 500};

/** Failures the next attempt may mend: retried here, and offered "Try again" by the blocks. */
export const isTransient = (failure: FeedFailure) =>
  failure.kind === 'timeout' ||
  failure.kind === 'network' ||
  (failure.kind === 'http' &&
    (failure.status >= 500 || [408, 429].includes(failure.status)));

/** How long a `Retry-After` header (seconds or an HTTP date) asks to wait, in ms, at most 30 s. */
function retryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const wait = +value >= 0 ? +value * 1000 : Date.parse(value) - Date.now();
  return Number.isNaN(wait) ? undefined : Math.min(Math.max(wait, 0), 30_000);
}

/** The body's bytes, counted as they arrive; `undefined` past MAX_FEED_BYTES. */
async function readBody(response: Response): Promise<Uint8Array | undefined> {
  if (Number(response.headers.get('content-length')) > MAX_FEED_BYTES) return undefined;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    for (const reader = response.body.getReader(); ;) {
      const {done, value} = await reader.read();
      if (done) break;
      size += value.length;
      if (size > MAX_FEED_BYTES) {
        reader.cancel().catch(() => {});
        return undefined;
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

async function fetchFeed(url: string, timeout: number): Promise<FeedResult> {
  // The validators load while the feed does: in parallel, they cost no wait,
  // and a page without blocks never loads them.
  const validation = import('./validate.js');
  validation.catch(() => {});
  const signal = AbortSignal.timeout(timeout);
  const deadline = Date.now() + timeout;
  const fail = (failure: FeedFailure): FeedResult => ({
    ok: false,
    url,
    failure,
    problems: [],
  });
  let text: string;
  for (let attempt = 1; ; attempt++) {
    let failure: FeedFailure;
    let wait = RETRIES.delay * 2 ** (attempt - 1) * (0.5 + Math.random());
    try {
      // The default cache mode lets the browser's HTTP cache revalidate with ETag/Last-Modified.
      const response = await fetch(url, {
        signal,
        headers: {accept: 'application/json'},
      });
      if (response.ok) {
        const bytes = await readBody(response);
        if (!bytes) return fail({kind: 'too-large'});
        try {
          text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
        } catch {
          report(url, [
            {path: '', code: 'not-utf8', params: {}, message: 'is not UTF-8'},
          ]);
          return fail({kind: 'parse'});
        }
        break;
      }
      failure = {kind: 'http', status: response.status};
      wait = retryAfter(response.headers.get('retry-after')) ?? wait;
    } catch {
      failure = {kind: signal.aborted ? 'timeout' : 'network'};
    }
    // A timeout has used up the time left anyway.
    if (
      attempt >= RETRIES.attempts ||
      !isTransient(failure) ||
      Date.now() + wait >= deadline
    ) {
      return fail(failure);
    }
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    report(url, [{path: '', code: 'not-json', params: {}, message: 'is not valid JSON'}]);
    return fail({kind: 'parse'});
  }
  let checked;
  try {
    checked = (await validation).validateFeed(data, url);
  } catch {
    // The validators' chunk could not be loaded (offline after the page came).
    return fail({kind: 'network'});
  }
  const {feed, problems} = checked;
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
/**
 * Forgets a loaded feed, so that the memory it holds goes: for a page that
 * replaces its feed as it goes (the feed editor's preview makes a new blob:
 * URL for each edit, and would otherwise keep every version it showed).
 */
export function forgetFeed(url: string) {
  requests.delete(url);
}

export function loadFeed(url: string, timeout = DEFAULT_TIMEOUT): Promise<FeedResult> {
  let request = requests.get(url);
  if (!request) {
    // Never rejects, and a failure is never kept: the next block asks anew.
    request = fetchFeed(url, inRange(timeout, TIMEOUTS)).catch((): FeedResult => ({
      ok: false,
      url,
      failure: {kind: 'network'},
      problems: [],
    }));
    requests.set(url, request);
    void request.then((result) => {
      if (!result.ok) requests.delete(url);
    });
  }
  return request;
}
