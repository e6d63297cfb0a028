// Network faults a municipal server or a visitor's connection produces: each
// ends in a clear, localised status with the webmaster's fallback content,
// transient ones are retried a bounded number of times, and a later `src`
// change or "Try again" recovers. Requests are counted at the test server.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/elements/review-stamp/define.js';
import type {ReviewStamp} from '../../src/elements/review-stamp/review-stamp.js';
import {RETRIES} from '../../src/feed/store.js';
import type {FeedErrorEvent} from '../../src/base/events.js';
import {
  captureWarnings,
  faultUrl,
  feedAnswered,
  feedUrl,
  requestCount,
  shadow,
  textOf,
} from '../helpers.js';
import {allSettled} from './hostile.js';

const TEXTS = {
  timeout: 'The information could not be loaded: the server took too long to answer.',
  network: 'The information could not be loaded: there is no connection to the server.',
  format: 'The information could not be loaded: the feed is not in the expected format.',
  http: (status: number) => `The information could not be loaded (error ${status}).`,
};

let serial = 0;
/** A URL of this file's middleware (test/server/hostile-server.mjs), unique to the caller. */
const hostileUrl = (path: string, query = '') =>
  `/__hostile/${path}?test=${Date.now()}-${++serial}${query}`;

/** The same server under another origin: the tests run on localhost, this is 127.0.0.1. */
const otherOrigin = (path: string) => {
  const url = new URL(path, location.href);
  url.hostname = url.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return url.href;
};

interface Loaded {
  el: ReviewStamp;
  failure: string | undefined;
  elapsed: number;
}

/** Renders a stamp on `src` with fallback content and waits for its data or its error. */
async function load(src: string, timeout?: number): Promise<Loaded> {
  const el = document.createElement('review-stamp');
  el.page = 'overdue';
  el.src = src;
  if (timeout) el.timeout = timeout;
  el.innerHTML = '<p>Senast granskad: 2017-05-02</p>';
  let failure: string | undefined;
  el.addEventListener('feed-error', (event) => {
    failure = (event as FeedErrorEvent).failure?.kind;
  });
  const start = performance.now();
  await captureWarnings(async () => {
    await fixture(html`<div>${el}</div>`);
    await allSettled([el]);
  });
  return {el, failure, elapsed: performance.now() - start};
}

const status = (el: Element) => shadow(el).querySelector('[part="status"]');
const fallbackShown = (el: Element) => Boolean(shadow(el).querySelector('slot'));
const retryButton = (el: Element) =>
  shadow(el).querySelector<HTMLButtonElement>('[part="retry"]');

/** Asserts the error state a reader sees: the status, the fallback, and a retry button only where it may help. */
async function expectError(el: Element, text: string, retry: boolean) {
  expect(textOf(status(el)!)).to.equal(text);
  expect(status(el)!.getAttribute('role')).to.equal('status');
  expect(fallbackShown(el), 'fallback content shown').to.equal(true);
  expect(Boolean(retryButton(el)), 'retry button').to.equal(retry);
  await expect(el).to.be.accessible();
}

/** Asserts the stamp recovers when its `src` changes to a working feed. */
async function expectRecovery(el: ReviewStamp) {
  el.src = feedUrl('stamp.json');
  await el.updateComplete;
  await allSettled([el]);
  expect(textOf(el)).to.contain('This page may be out of date');
  expect(fallbackShown(el), 'fallback hidden once rendered').to.equal(false);
}

/** The faults the suite covered, counted for its closing line. */
let faults = 0;

/** An HTTP status fault: `requests` made in all, "Try again" offered when retried, then recovery. */
const httpFault = (code: number, requests: number) => async () => {
  const src = faultUrl(`status/${code}`);
  const {el, failure} = await load(src);
  faults++;
  expect(failure).to.equal('http');
  await expectError(el, TEXTS.http(code), requests > 1);
  expect(await requestCount(src)).to.equal(requests);
  await expectRecovery(el);
};

describe('network faults', function () {
  this.timeout(20_000);
  const rejections: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
  const delay = RETRIES.delay;

  before(() => {
    // Keep the backoff short; the policy (attempts, which failures) stays as shipped.
    RETRIES.delay = 20;
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    RETRIES.delay = delay;
    window.removeEventListener('unhandledrejection', onRejection);
    console.log(
      `network faults: ${faults} faults covered, ${rejections.length} unhandled rejections`,
    );
  });
  afterEach(() => expect(rejections, 'unhandled rejections').to.deep.equal([]));

  describe('permanent failures: one request, a clear status, the fallback', () => {
    for (const code of [400, 403, 404, 410]) it(`HTTP ${code}`, httpFault(code, 1));

    it('an HTML page where the feed should be (wrong content type)', async () => {
      const src = hostileUrl('html/stamp');
      const {el, failure} = await load(src);
      faults++;
      expect(failure).to.equal('parse');
      await expectError(el, TEXTS.format, false);
      expect(await requestCount(src)).to.equal(1);
      await expectRecovery(el);
    });
  });

  describe('transient failures: retried, then a status with "Try again"', () => {
    it('HTTP 408: retried too (the browser may also resend it on its own)', async () => {
      const src = faultUrl('status/408');
      const {el, failure} = await load(src);
      faults++;
      expect(failure).to.equal('http');
      await expectError(el, TEXTS.http(408), true);
      // Chromium resends a request that got 408 on a reused connection itself.
      expect(await requestCount(src)).to.be.within(3, 12);
      await expectRecovery(el);
    });

    for (const code of [500, 502, 503, 429])
      it(`HTTP ${code}: three requests in all`, httpFault(code, 3));

    it('a 503 that clears up on the third request renders the data', async () => {
      const src = hostileUrl('flaky/2/503/stamp');
      const {el, failure} = await load(src);
      expect(failure).to.equal(undefined);
      expect(textOf(el)).to.contain('This page may be out of date');
      expect(await requestCount(src)).to.equal(3);
    });

    it('waits as long as Retry-After asks, in seconds', async () => {
      const src = hostileUrl('flaky/1/429/stamp', '&after=1');
      const {el, elapsed} = await load(src);
      expect(textOf(el)).to.contain('This page may be out of date');
      expect(await requestCount(src)).to.equal(2);
      expect(elapsed).to.be.within(950, 4000);
    });

    it('waits as long as Retry-After asks, as an HTTP date', async () => {
      // HTTP dates have whole seconds: two seconds ahead is one to two seconds' wait.
      const when = new Date(Date.now() + 2000).toUTCString();
      const src = hostileUrl('flaky/1/503/stamp', `&after=${encodeURIComponent(when)}`);
      const {el, elapsed} = await load(src);
      expect(textOf(el)).to.contain('This page may be out of date');
      expect(elapsed).to.be.within(900, 4000);
    });

    it('gives up at once when Retry-After asks to wait past the timeout', async () => {
      const src = hostileUrl('flaky/1/503/stamp', '&after=120');
      const {el, elapsed} = await load(src, 3000);
      await expectError(el, TEXTS.http(503), true);
      expect(await requestCount(src)).to.equal(1);
      expect(elapsed).to.be.below(2000);
      // "Try again" asks once more; the server has recovered by then.
      retryButton(el)!.click();
      await el.updateComplete;
      await allSettled([el]);
      expect(textOf(el)).to.contain('This page may be out of date');
      expect(await requestCount(src)).to.equal(2);
    });

    it('a body cut off mid-stream counts as a lost connection', async () => {
      const src = hostileUrl('cut/stamp');
      const {el, failure} = await load(src);
      faults++;
      expect(failure).to.equal('network');
      await expectError(el, TEXTS.network, true);
      expect(await requestCount(src)).to.equal(3);
      await expectRecovery(el);
    });

    it('offline: a server that refuses the connection', async () => {
      const {port} = (await (await fetch('/__hostile/closed-port')).json()) as {
        port: number;
      };
      const {el, failure} = await load(`http://127.0.0.1:${port}/feed.json`);
      faults++;
      expect(failure).to.equal('network');
      await expectError(el, TEXTS.network, true);
      await expectRecovery(el);
    });

    it('CORS refusal: a feed on another origin that does not allow this page', async () => {
      const src = otherOrigin(feedUrl('stamp.json'));
      const {el, failure} = await load(src);
      faults++;
      expect(failure).to.equal('network');
      await expectError(el, TEXTS.network, true);
      await expectRecovery(el);
    });

    it('a 301 redirect to another origin is refused like any cross-origin feed', async () => {
      const to = otherOrigin(feedUrl('stamp.json'));
      const src = hostileUrl('redirect', `&to=${encodeURIComponent(to)}`);
      const {el, failure} = await load(src);
      faults++;
      expect(failure).to.equal('network');
      await expectError(el, TEXTS.network, true);
      expect(await requestCount(src)).to.equal(3);
      await expectRecovery(el);
    });
  });

  describe('timeouts: the `timeout` attribute bounds the whole load, retries included', () => {
    it('a first byte slower than the timeout: one request, then "took too long"', async () => {
      const src = faultUrl('slow/3000/stamp.json');
      const {el, failure, elapsed} = await load(src, 300);
      faults++;
      expect(failure).to.equal('timeout');
      expect(elapsed).to.be.within(250, 2500);
      await expectError(el, TEXTS.timeout, true);
      expect(await requestCount(src)).to.equal(1);
      await expectRecovery(el);
    });

    it('a body that stalls halfway past the timeout', async () => {
      const src = hostileUrl('stall/3000/stamp');
      const {el, failure} = await load(src, 300);
      faults++;
      expect(failure).to.equal('timeout');
      await expectError(el, TEXTS.timeout, true);
      expect(await requestCount(src)).to.equal(1);
      await expectRecovery(el);
    });

    it('a 500 with no time left for a retry is not retried', async () => {
      RETRIES.delay = 5000;
      try {
        const src = faultUrl('status/500');
        const {el, elapsed} = await load(src, 1000);
        await expectError(el, TEXTS.http(500), true);
        expect(await requestCount(src)).to.equal(1);
        expect(elapsed).to.be.below(900);
      } finally {
        RETRIES.delay = 20;
      }
    });
  });

  describe('elements that go away or change while loading', () => {
    /** Counts the renders and feed-error events of a stamp from now on. */
    function spy(el: ReviewStamp) {
      const counts = {renders: 0, events: 0};
      const target = el as unknown as {render: () => unknown};
      const render = target.render;
      target.render = function (this: unknown) {
        counts.renders++;
        return render.call(this);
      };
      el.addEventListener('feed-error', () => counts.events++);
      return counts;
    }

    it('a stamp removed while its feed is being retried neither renders nor reports', async () => {
      const el = await fixture<ReviewStamp>(
        html`<review-stamp src=${faultUrl('status/503')} page="overdue"></review-stamp>`,
      );
      const counts = spy(el);
      el.remove();
      await feedAnswered(el.src);
      expect(counts).to.deep.equal({renders: 0, events: 0});
    });

    it('a stamp removed while a slow feed loads neither renders nor reports', async () => {
      const el = await fixture<ReviewStamp>(
        html`<review-stamp src=${faultUrl('slow/300/stamp.json')} page="overdue"></review-stamp>`,
      );
      const counts = spy(el);
      el.remove();
      await feedAnswered(el.src);
      expect(counts).to.deep.equal({renders: 0, events: 0});
    });

    it('changing src, page, lang and heading-level while loading shows only the last feed', async () => {
      const el = await fixture<ReviewStamp>(
        html`<review-stamp src=${faultUrl('status/503')} page="overdue"></review-stamp>`,
      );
      let events = 0;
      el.addEventListener('feed-error', () => events++);
      const abandoned = [el.src, faultUrl('slow/300/stamp.json')];
      el.src = abandoned[1];
      el.lang = 'sv';
      el.headingLevel = 3;
      await el.updateComplete;
      el.src = faultUrl('slow/100/stamp.json');
      el.page = 'internationellt-arbete';
      await allSettled([el]);
      for (const src of abandoned) await feedAnswered(src);
      expect(textOf(el)).to.contain('Senast granskad').and.contain('Katarina Loodh');
      expect(shadow(el).querySelector('h3')).to.exist;
      expect(events, 'no error from the abandoned feeds').to.equal(0);
    });
  });
});
