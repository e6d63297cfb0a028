// docs/embedding.md, "Subresource Integrity": the script tag and import map
// that scripts/sri.mjs prints, on a whole page (test/server/page-server.mjs
// builds it from dist/ as it is now, with the script's own functions, and
// serves dist/ untouched under /__sri/dist/). The test hashes what the browser
// receives with crypto.subtle, so a wrong hash from the script fails here too.
import {expect, waitUntil} from '@open-wc/testing';
import {VERSION} from '../../src/version.js';
import {textOf} from '../helpers.js';
import {closePages, openPage, shadowOf, type HostPage} from './frame.js';

let serial = 0;
/** Where the page loads dist/ from (see test/server/page-server.mjs). */
const BASE = '/__sri/dist/';
const ENTRY = `${BASE}municipal-widgets.js`;
const sriPage = (query: string) =>
  `/__sri/page.html?${query}&test=${Date.now()}-${++serial}`;

/** The SRI value of a file as the browser sees it: sha384- and the base64 digest. */
async function sha384(url: string): Promise<string> {
  const bytes = await (await fetch(url, {cache: 'no-store'})).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

const bundle = (page: HostPage) =>
  page.document.querySelector<HTMLScriptElement>('script[src*="municipal-widgets.js"]')!;
const stamp = (page: HostPage, id: string) => page.document.getElementById(id)!;
const defined = (page: HostPage) =>
  page.window.customElements.whenDefined('review-stamp').then(() => true);

/** Resolves once the stamp shows its text in Swedish (its locale chunk arrived). */
const swedish = (page: HostPage, id: string) =>
  waitUntil(
    () => shadowOf(stamp(page, id))?.querySelector('[part="reviewed"]'),
    `#${id} did not render`,
    {timeout: 8000},
  ).then(() => textOf(stamp(page, id)));

/**
 * The page's validators' chunk had a wrong hash in its import map: the stamp
 * without a feed renders (its locale chunk is fine), but the one from the feed
 * shows the error and keeps its fallback, as the feed cannot be checked.
 */
async function validatorsRefused(page: HostPage) {
  expect(await swedish(page, 'inline')).to.include('Senast granskad: 15 september 2025');
  const fromFeed = stamp(page, 'from-feed');
  await waitUntil(
    () => shadowOf(fromFeed).querySelector('[data-state="error"]'),
    'the feed was used although its validators were refused',
    {timeout: 8000},
  );
  expect(shadowOf(fromFeed).querySelector('[part="reviewed"]')).to.equal(null);
  expect(fromFeed.textContent!.trim()).to.equal('Senast granskad: 2017-05-02');
}

describe('Subresource Integrity (scripts/sri.mjs)', () => {
  afterEach(closePages);

  it('loads the bundle with the printed integrity, and the blocks render', async () => {
    const page = await openPage(sriPage('entry=ok'));
    const script = bundle(page);
    expect(script.integrity).to.equal(await sha384(ENTRY));
    expect(script.crossOrigin).to.equal('anonymous');
    expect(await swedish(page, 'inline')).to.include(
      'Senast granskad: 15 september 2025',
    );
    expect(await swedish(page, 'from-feed')).to.include(
      'Senast granskad: 2 maj 2017 av Katarina Loodh',
    );
    expect(page.records.failedResources).to.deep.equal([]);
    expect(page.records.errors).to.deep.equal([]);
  });

  it('refuses a bundle whose hash does not match: nothing is defined, the fallback shows', async () => {
    const page = await openPage(sriPage('entry=wrong'));
    const script = bundle(page);
    expect(script.integrity).to.match(/^sha384-/);
    expect(script.integrity).not.to.equal(await sha384(ENTRY));
    // The refused script fires its error event; by then it would have run.
    await waitUntil(
      () =>
        page.records.failedResources.some((entry) =>
          entry.includes('municipal-widgets.js'),
        ),
      'the script was not refused',
      {timeout: 8000},
    );
    const late = await Promise.race([
      defined(page),
      new Promise((resolve) => setTimeout(() => resolve(false), 500)),
    ]);
    expect(late).to.equal(false);
    expect(page.window.customElements.get('review-stamp')).to.equal(undefined);
    for (const id of ['from-feed', 'inline']) {
      expect(stamp(page, id).shadowRoot).to.equal(null);
      expect(stamp(page, id).textContent!.trim()).to.match(/^Senast granskad: 20\d\d-/);
    }
  });

  it('checks lazily loaded chunks against the import map: a good map renders', async () => {
    const page = await openPage(sriPage('entry=ok&map=ok'));
    const map = JSON.parse(
      page.document.querySelector('script[type="importmap"]')!.textContent!,
    ) as {integrity: Record<string, string>};
    const chunks = Object.keys(map.integrity);
    expect(chunks).to.include(ENTRY);
    expect(chunks.some((url) => /\.sv-[\w-]+\.js$/.test(url))).to.equal(true);
    const sv = chunks.find((url) => /\.sv-[\w-]+\.js$/.test(url))!;
    expect(map.integrity[sv]).to.equal(await sha384(sv));
    expect(await swedish(page, 'inline')).to.include(
      'Senast granskad: 15 september 2025',
    );
    expect(await swedish(page, 'from-feed')).to.include(
      'Senast granskad: 2 maj 2017 av Katarina Loodh',
    );
    expect(page.records.errors).to.deep.equal([]);
  });

  it('refuses a chunk whose hash in the import map does not match', async () => {
    await validatorsRefused(await openPage(sriPage('entry=ok&map=bad-chunk')));
  });

  it('works under a strict CSP that allows the import map by the printed hash', async () => {
    const page = await openPage(sriPage('entry=ok&map=ok&csp=strict'));
    expect(await swedish(page, 'from-feed')).to.include('Katarina Loodh');
    expect(page.records.violations).to.deep.equal([]);
  });

  it('loads the bundle twice when its URL has a version query (why the guide says to drop it)', async () => {
    const page = await openPage(sriPage('entry=ok&ver=6.5'));
    expect(await swedish(page, 'from-feed')).to.include('Katarina Loodh');
    const loaded = page.window.performance
      .getEntriesByType('resource')
      .map(({name}) => new URL(name).pathname + new URL(name).search)
      .filter((url) => url.startsWith(ENTRY));
    // The chunks import ./municipal-widgets.js, which is another URL than ?ver=6.5.
    expect(loaded).to.have.members([`${ENTRY}?ver=6.5`, ENTRY]);
    expect(page.records.warnings).to.include(
      `municipal-widgets ${VERSION} is loaded more than once on this page; the first copy is used`,
    );
  });

  describe('per-element entries (scripts/sri.mjs --elements review-stamp)', () => {
    const ELEMENT = `${BASE}elements/review-stamp.js`;

    it('loads the entry, its preloaded core and its chunks with the printed integrity', async () => {
      const page = await openPage(sriPage('elements=review-stamp&entry=ok&map=ok'));
      const script = page.document.querySelector<HTMLScriptElement>(
        `script[src="${ELEMENT}"]`,
      )!;
      expect(script.integrity).to.equal(await sha384(ELEMENT));
      const preload = page.document.querySelector<HTMLLinkElement>(
        'link[rel="modulepreload"]',
      )!;
      expect(preload.href).to.match(/\/elements\/core-[\w-]{8}\.js$/);
      expect(preload.integrity).to.equal(await sha384(new URL(preload.href).pathname));
      expect(await swedish(page, 'inline')).to.include(
        'Senast granskad: 15 september 2025',
      );
      expect(await swedish(page, 'from-feed')).to.include(
        'Senast granskad: 2 maj 2017 av Katarina Loodh',
      );
      // Only the per-element files: the stamp's own Swedish texts, not the bundle's.
      const loaded = page.window.performance
        .getEntriesByType('resource')
        .map(({name}) => new URL(name).pathname)
        .filter((path) => path.endsWith('.js') && path.startsWith(BASE));
      expect(loaded.some((path) => /\/elements\/review-stamp\.sv-/.test(path))).to.equal(
        true,
      );
      expect(loaded.every((path) => path.startsWith(`${BASE}elements/`))).to.equal(true);
      expect(page.records.failedResources).to.deep.equal([]);
      expect(page.records.errors).to.deep.equal([]);
    });

    it('refuses a tampered entry: nothing is defined, the fallback shows', async () => {
      const page = await openPage(sriPage('elements=review-stamp&entry=wrong&map=ok'));
      await waitUntil(
        () =>
          page.records.failedResources.some((entry) => entry.includes('review-stamp.js')),
        'the entry was not refused',
        {timeout: 8000},
      );
      expect(page.window.customElements.get('review-stamp')).to.equal(undefined);
      expect(stamp(page, 'from-feed').textContent!.trim()).to.equal(
        'Senast granskad: 2017-05-02',
      );
    });

    it('refuses a lazy chunk whose hash in the import map does not match', async () => {
      await validatorsRefused(
        await openPage(sriPage('elements=review-stamp&entry=ok&map=bad-chunk')),
      );
    });
  });
});
