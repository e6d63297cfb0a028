// The built dist/municipal-widgets.js, as a page gets it from one script tag.
import {expect, fixture, html} from '@open-wc/testing';
import {
  captureWarnings,
  feedUrl,
  requestCount,
  settled,
  shadow,
  textOf,
} from '../helpers.js';

const load = (url: string) => import(/* @vite-ignore */ url) as Promise<unknown>;
// Unique to this page, so that request counts are not shared with the other browser's run.
const mirror = `/__mirror/${Date.now()}${Math.random().toString(36).slice(2)}`;

describe('dist/municipal-widgets.js', () => {
  it('is one self-contained module: no bare imports left', async () => {
    const code = await (await fetch('/dist/municipal-widgets.js')).text();
    expect(code).not.to.match(/\bfrom\s*["'](?![./])/);
    expect(code).not.to.match(/\bimport\s*\(\s*["'](?![./])/);
  });

  it('loads twice from two URLs without throwing, with one warning', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    const warnings = await captureWarnings(async () => {
      await load(`${mirror}/a/dist/municipal-widgets.js`);
      await load(`${mirror}/b/dist/municipal-widgets.js`);
    });
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(warnings.filter((w) => w.includes('is loaded more than once'))).to.have.length(
      1,
    );
    expect(customElements.get('review-stamp')).to.be.a('function');
  });

  it('loads locale texts lazily, from beside the bundle wherever it was copied', async () => {
    await load(`${mirror}/a/dist/municipal-widgets.js`);
    const el = await fixture(
      html`<review-stamp lang="sv" updated="2023-05-08"></review-stamp>`,
    );
    await settled(el);
    expect(textOf(el)).to.contain('Senast uppdaterad');
    const chunk = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .find((path) => /municipal-widgets\.sv-[\w-]+\.js$/.test(path));
    expect(chunk!.startsWith(`${mirror}/a/dist/`), chunk).to.equal(true);
    expect(await requestCount(chunk!)).to.equal(1);
  });

  it('publishes the feed schema beside the bundle', async () => {
    const schema = await (await fetch('/dist/feed.schema.json')).json();
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.$defs)).to.include.members([
      'Contact',
      'Network',
      'TwinTown',
      'Page',
      'NewsItem',
    ]);
  });

  it('renders every element from one shared feed, fetched once', async () => {
    await load(`${mirror}/a/dist/municipal-widgets.js`);
    const url = feedUrl('all.json');
    const page = await fixture(html`<div>
      <network-list src=${url} ids="aer,cpmr" lang="sv"></network-list>
      <contact-card src=${url} contact="mikael-appelqvist" lang="en"></contact-card>
      <twin-towns src=${url} lang="da"></twin-towns>
      <review-stamp src=${url} page="organisationer-och-natverk" lang="fi"></review-stamp>
      <news-list src=${url} limit="2" lang="de"></news-list>
      <language-links src=${url} page="organisationer-och-natverk" lang="sv"></language-links>
    </div>`);
    const elements = [...page.children];
    await Promise.all(elements.map((el) => settled(el)));
    for (const el of elements)
      expect(shadow(el).querySelector('[part="base"]'), el.localName).not.to.equal(null);
    expect(textOf(elements[0]!)).to.contain('Assembly of European Regions');
    expect(textOf(elements[1]!)).to.contain('Mikael Appelqvist');
    expect(textOf(elements[2]!)).to.contain('Danmark');
    const languages = shadow(elements[5]!);
    expect(languages.querySelector('[aria-current="page"]')!.textContent).to.equal(
      'Svenska',
    );
    const english = languages.querySelector('a')!;
    expect([english.textContent, english.hreflang]).to.deep.equal(['English', 'en']);
    expect(await requestCount(url)).to.equal(1);
  });
});
