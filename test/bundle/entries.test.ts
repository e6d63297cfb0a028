// The built per-element entries, dist/elements/<tag>.js, alone and beside the
// one-file bundle. Each case is a page of its own (an iframe: its own module
// map and element registry), whose first script records every console warning
// and error, every uncaught error and every customElements.define() call.
import {expect} from '@open-wc/testing';
import {TAGS} from '../../src/tags.js';
import {feedUrl, requestCount, settled, shadow, textOf} from '../helpers.js';

interface Record {
  warnings: string[];
  errors: string[];
  defined: string[];
}
type Frame = Window & {__record: Record};

/** Runs first in every page: what the test asserts about the page's console and registry. */
const RECORD = `<script>
  window.__record = {warnings: [], errors: [], defined: []};
  const record = window.__record;
  for (const [level, list] of [['warn', record.warnings], ['error', record.errors]]) {
    const original = console[level].bind(console);
    console[level] = (...args) => { list.push(args.map(String).join(' ')); original(...args); };
  }
  addEventListener('error', (event) => record.errors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => record.errors.push(String(event.reason)));
  const define = customElements.define.bind(customElements);
  customElements.define = (tag, ...rest) => { record.defined.push(tag); define(tag, ...rest); };
</script>`;

const frames: HTMLIFrameElement[] = [];

/** A Swedish page with `body`, loading `scripts` (paths under /dist/) in this order. */
async function page(scripts: string[], body: string): Promise<Frame> {
  const frame = document.createElement('iframe');
  const tags = scripts
    .map((src) => `<script type="module" src="/dist/${src}"></script>`)
    .join('');
  frame.srcdoc = `<!doctype html><html lang="sv"><head>${RECORD}${tags}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as Frame;
}

/** The page's scripts from dist/, by file name, as its resource timing lists them. */
const scriptsOf = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/') && path.endsWith('.js'))
    .map((path) => path.slice('/dist/'.length))
    .sort();

/** Waits until every element in the page has settled. */
async function allSettled(win: Window, selector: string) {
  const elements = [...win.document.querySelectorAll(selector)];
  await Promise.all(elements.map((el) => win.customElements.whenDefined(el.localName)));
  await Promise.all(elements.map((el) => settled(el)));
  return elements;
}

/** Waits until the page's head holds `count` JSON-LD scripts (the structured data chunk has run). */
async function structuredData(win: Window, count: number) {
  const query = () =>
    win.document.head.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < 100 && query().length < count; i++)
    await new Promise((resolve) => setTimeout(resolve, 50));
  expect(query()).to.have.length(count);
}

const ALL = [...TAGS];

describe('dist/elements/<tag>.js', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('are self-contained modules: no bare imports left', async () => {
    for (const tag of ALL) {
      const code = await (await fetch(`/dist/elements/${tag}.js`)).text();
      expect(code, tag).not.to.match(/\bfrom\s*["'](?![./])/);
      expect(code, tag).not.to.match(/\bimport\s*\(\s*["'](?![./])/);
    }
  });

  it('each defines only its own element', async () => {
    for (const tag of ['review-stamp', 'contact-card', 'network-list']) {
      const win = await page([`elements/${tag}.js`], '');
      await win.customElements.whenDefined(tag);
      expect(win.__record.defined, tag).to.deep.equal([tag]);
      expect(win.__record.errors, tag).to.deep.equal([]);
      expect(win.__record.warnings, tag).to.deep.equal([]);
    }
  });

  // The scripts besides the entry that each page fetches, as scripts/size.mjs
  // counts them: the entry's static imports, then the Swedish texts, the
  // validators and the structured data of the block's kind.
  const PEOPLE = [
    'elements/contacts',
    'elements/core',
    'elements/linked-data-people',
    'elements/validate',
  ];
  for (const [tag, feed, body, shows, fetches] of [
    [
      'review-stamp',
      'stamp.json',
      '<review-stamp page="internationellt-arbete"></review-stamp>',
      'Senast granskad: 2 maj 2017 av Katarina Loodh',
      [
        'elements/core',
        'elements/linked-data-pages',
        'elements/review-stamp.sv',
        'elements/validate',
      ],
    ],
    [
      'contact-card',
      'all.json',
      '<contact-card contact="mikael-appelqvist"></contact-card>',
      'Spara kontakt',
      [...PEOPLE, 'elements/contact-card.sv'],
    ],
    [
      'network-list',
      'all.json',
      '<network-list ids="aer,cpmr"></network-list>',
      'medlemmar',
      [...PEOPLE, 'elements/network-list.sv'],
    ],
  ] as const) {
    it(`<${tag}> alone renders from the feed with one request, fetching only what npm run size counts`, async () => {
      const url = feedUrl(feed);
      const win = await page(
        [`elements/${tag}.js`],
        `<meta name="municipal-widgets:feed" content="${url}">${body}`,
      );
      const [el] = await allSettled(win, tag);
      expect(shadow(el!).querySelector('[part="base"]')).not.to.equal(null);
      expect(textOf(el!)).to.contain(shows);
      await structuredData(win, 1);
      expect(await requestCount(url)).to.equal(1);
      expect(
        win.performance.getEntriesByType('resource').filter((e) => e.name.endsWith(url)),
      ).to.have.length(1);
      const names = scriptsOf(win).map((file) => file.replace(/-[\w-]{8}\.js$/, ''));
      expect(names).to.deep.equal([`elements/${tag}.js`, ...fetches].sort());
      expect(win.__record.errors).to.deep.equal([]);
      expect(win.__record.warnings).to.deep.equal([]);
    });
  }

  for (const order of ['entries first', 'bundle first'] as const) {
    it(`two entries and the one-file bundle (${order}) define each element once, quietly, on one feed request`, async () => {
      const url = feedUrl('all.json');
      const entries = ['elements/review-stamp.js', 'elements/contact-card.js'];
      const scripts =
        order === 'entries first'
          ? [...entries, 'municipal-widgets.js']
          : ['municipal-widgets.js', ...entries];
      const win = await page(
        scripts,
        `<meta name="municipal-widgets:feed" content="${url}">
         <review-stamp page="organisationer-och-natverk"></review-stamp>
         <contact-card contact="mikael-appelqvist"></contact-card>
         <network-list ids="aer"></network-list>
         <twin-towns lang="da"></twin-towns>`,
      );
      const elements = await allSettled(
        win,
        'review-stamp, contact-card, network-list, twin-towns',
      );
      expect(win.__record.defined.sort()).to.deep.equal(ALL);
      // Each copy configured its own @lit/localize once, and speaks Swedish (and Danish).
      expect(textOf(elements[0]!)).to.contain('Sidinformation');
      expect(textOf(elements[1]!)).to.contain('Spara kontakt');
      expect(textOf(elements[2]!)).to.contain('medlemmar');
      expect(textOf(elements[3]!)).to.contain('Danmark');
      // The copies share one store: one fetch of the feed by the page (each
      // copy's own store would fetch it twice, the second often answered by
      // the browser's cache), and so one request at the server.
      const fetched = win.performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith(url));
      expect(fetched).to.have.length(1);
      expect(await requestCount(url)).to.equal(1);
      expect(win.__record.errors).to.deep.equal([]);
      expect(win.__record.warnings).to.deep.equal([]);
    });
  }

  it('one entry from two URLs still says once that it is loaded twice', async () => {
    const mirror = `/__mirror/${Date.now()}${Math.random().toString(36).slice(2)}`;
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="sv"><head>${RECORD}
      <script type="module" src="${mirror}/a/dist/elements/review-stamp.js"></script>
      <script type="module" src="${mirror}/b/dist/elements/review-stamp.js"></script>
      </head><body></body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
    document.body.append(frame);
    frames.push(frame);
    await loaded;
    const win = frame.contentWindow as Frame;
    expect(win.__record.defined).to.deep.equal(['review-stamp']);
    expect(win.__record.errors).to.deep.equal([]);
    expect(
      win.__record.warnings.filter((w) => w.includes('is loaded more than once')),
    ).to.have.length(1);
  });
});
