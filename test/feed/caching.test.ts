// A feed served with an ETag is revalidated, not downloaded again, when the
// next page asks for it (issue 8): the store fetches with the browser's default
// cache mode, so a publisher's `Cache-Control: no-cache` + ETag costs one 304.
import {expect} from '@open-wc/testing';
import {forgetFeed, loadFeed} from '../../src/feed/store.js';
import {captureWarnings, feedUrl, settled, textOf} from '../helpers.js';

let serial = 0;

/**
 * A fixture feed served by test/server/cache-server.mjs, under a URL unique to
 * the calling test, so the browser's cache and the server's counts start empty
 * (the two browsers share one test server).
 */
const etagUrl = (name: string) =>
  `/__etag/${name}?test=${Date.now()}-${Math.random().toString(36).slice(2)}-${++serial}`;

type Answers = {200: number; 304: number};

/** The answers the test server has sent for a path and query. */
async function answers(url: string): Promise<Answers> {
  const response = await fetch(`/__etag-stats?url=${encodeURIComponent(url)}`);
  return (await response.json()) as Answers;
}

/** Loads a feed on this page, through the store; networks.json's one known problem kept off the console. */
async function loadHere(url: string) {
  let result!: Awaited<ReturnType<typeof loadFeed>>;
  await captureWarnings(async () => {
    result = await loadFeed(new URL(url, location.href).href);
  });
  return result;
}

const frames: HTMLIFrameElement[] = [];

/**
 * A second page load: a fresh same-origin document, with its own module map
 * and so its own feed store, that renders `body` with the library's sources.
 * Only the browser's HTTP cache is shared with this page, as between two
 * pages of one site.
 */
async function nextPage(body: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><body>${body}
    <script type="module" src="/src/define.ts"></script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  await frame.contentWindow!.customElements.whenDefined('network-list');
  return frame.contentDocument!;
}

describe('feed caching', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('downloads a feed once, then revalidates it with its ETag on the next page', async () => {
    const url = etagUrl('networks');
    expect((await loadHere(url)).ok).to.equal(true);
    expect(await answers(url)).to.deep.equal({200: 1, 304: 0});

    const page = await nextPage(
      `<network-list src="${url}" ids="aer,sern"></network-list>`,
    );
    const list = page.querySelector('network-list')!;
    await settled(list);
    expect(textOf(list)).to.contain('Assembly of European Regions');
    expect(textOf(list)).to.contain('Sweden Emilia-Romagna Network');
    expect(await answers(url)).to.deep.equal({200: 1, 304: 1});
  });

  it('shares one request among the elements of the next page, revalidated once', async () => {
    const url = etagUrl('networks');
    expect((await loadHere(url)).ok).to.equal(true);

    const page = await nextPage(
      `<network-list src="${url}" ids="aer"></network-list>
       <network-list src="${url}" ids="cpmr"></network-list>
       <contact-card src="${url}" contact="mikael-appelqvist"></contact-card>`,
    );
    const elements = [...page.querySelectorAll('network-list, contact-card')];
    await Promise.all(elements.map((el) => settled(el)));
    expect(textOf(elements[1]!)).to.contain('Conference of Peripheral Maritime Regions');
    expect(textOf(elements[2]!)).to.contain('Mikael Appelqvist');
    expect(await answers(url)).to.deep.equal({200: 1, 304: 1});
  });
});

describe('forgetFeed', () => {
  it('lets a replaced feed go: the next block fetches it anew', async () => {
    const url = new URL(feedUrl('stamp.json'), location.href).href;
    const original = window.fetch;
    let fetches = 0;
    window.fetch = (input, init) => {
      if (String(input instanceof Request ? input.url : input) === url) fetches++;
      return original(input, init);
    };
    try {
      const first = loadFeed(url);
      expect(loadFeed(url), 'shared while kept').to.equal(first);
      await first;
      forgetFeed(url);
      const second = loadFeed(url);
      expect(second).not.to.equal(first);
      expect((await second).ok).to.equal(true);
    } finally {
      window.fetch = original;
    }
    expect(fetches).to.equal(2);
  });
});
