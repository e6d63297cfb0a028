// Property-based runs: 1 000 generated feeds per element, schema-shaped with
// valid and invalid values mixed in (and some arbitrary JSON). Each element
// must end in its data, its empty state or its error state, never stuck or
// thrown, and the same feed must give the same DOM in a fresh element.
// A failure prints fast-check's seed and path; put them in REPLAY to rerun it.
import {expect, fixture, html} from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import {captureWarnings} from '../helpers.js';
import {allSettled, blobUrl, inspect, isSettled, quickly, watchPage} from './hostile.js';

/** Set to {seed, path} from a failure report to replay exactly that run. */
const REPLAY = undefined as {seed: number; path?: string} | undefined;
const seed = REPLAY?.seed ?? Date.now() ^ (Math.random() * 0x100000000);
fc.configureGlobal({seed, numRuns: 1000, ...(REPLAY?.path ? {path: REPLAY.path} : {})});

/** A valid value or, one time in twelve, anything JSON can hold (so that most entries are valid). */
const maybe = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof(
    {arbitrary: valid, weight: 11},
    {arbitrary: fc.jsonValue({maxDepth: 2}), weight: 1},
  );

const text = fc.oneof(
  fc.string({minLength: 1, maxLength: 30}),
  fc.constantFrom(
    '<b>x</b>',
    '<img src=x onerror=window.__pwned=1>',
    ' ',
    '\u202E',
    '👩‍👩‍👧',
  ),
);
const l10n = fc.oneof(
  text,
  fc.dictionary(
    fc.constantFrom('sv', 'en', 'da', 'de', 'sv-FI', 'xx', '_$litType$'),
    text,
    {
      maxKeys: 3,
    },
  ),
);
const id = fc.constantFrom('a', 'a', 'p', 'p', 'b', 'a,b', '', '__proto__');
const url = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    'javascript:window.__pwned=1',
    ' JaVaScRiPt:x',
    'data:text/html,x',
    'mailto:x',
  ),
);
const date = fc.oneof(
  fc
    .date({min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true})
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2026-02-30', 'not a date', '2024-13-01', '1e400'),
);
const country = fc.constantFrom('SE', 'DK', 'IT', 'XX', 'se', 'SWE');

/** A record whose keys are all optional but `required`, each value valid or not. */
function entry(
  fields: Record<string, fc.Arbitrary<unknown>>,
  required: string[],
): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    Object.fromEntries(Object.entries(fields).map(([key, arb]) => [key, maybe(arb)])),
    {requiredKeys: required},
  );
}

const sections = {
  contacts: entry(
    {
      id,
      name: text,
      role: l10n,
      unit: l10n,
      phones: fc.array(
        fc.record({
          kind: fc.constantFrom('work', 'mobile', 'switchboard', 'fax'),
          number: fc.constantFrom('+46 520 49 70 52', '+4552', '0520-497052'),
        }),
        {maxLength: 2},
      ),
      email: fc.oneof(fc.emailAddress(), fc.constant('a@b')),
      address: fc.record(
        {street: text, postalCode: text, city: text, country},
        {requiredKeys: []},
      ),
      url,
    },
    ['id', 'name'],
  ),
  networks: entry(
    {
      id,
      name: l10n,
      acronym: text,
      description: l10n,
      members: fc.oneof(fc.nat(), fc.integer(), fc.double()),
      memberKind: fc.constantFrom(
        'regions',
        'municipalities',
        'organisations',
        'members',
        'x',
      ),
      countries: fc.array(country, {maxLength: 3}),
      founded: fc.constantFrom('2005', '2005-01', '2005-13', '05'),
      homepage: url,
      contacts: fc.array(id, {maxLength: 2}),
      topics: fc.array(l10n, {maxLength: 2}),
    },
    ['id', 'name'],
  ),
  twinTowns: entry(
    {
      id,
      name: l10n,
      country,
      since: fc.integer({min: 700, max: 2300}),
      kind: fc.constantFrom('twin', 'partner', 'cooperation', 'enemy'),
      region: l10n,
      url,
      location: fc.record({lat: fc.double(), lon: fc.double({min: -180, max: 180})}),
      description: l10n,
    },
    ['id', 'name', 'country'],
  ),
  pages: entry(
    {id, url, reviewed: date, reviewedBy: text, updated: date, nextReview: date},
    ['id'],
  ),
  news: entry(
    {id, title: l10n, date, url, summary: l10n, topics: fc.array(l10n, {maxLength: 2})},
    ['id', 'title', 'date'],
  ),
};

const feed = fc.oneof(
  {
    weight: 9,
    arbitrary: fc.record(
      {
        version: fc.oneof(
          {arbitrary: fc.constant(1), weight: 9},
          {arbitrary: fc.jsonValue(), weight: 1},
        ),
        publisher: maybe(
          fc.record({name: l10n, language: fc.constantFrom('sv', 'en', 'x'), country}),
        ),
        ...Object.fromEntries(
          Object.entries(sections).map(([name, arb]) => [
            name,
            maybe(fc.array(arb, {maxLength: 4})),
          ]),
        ),
      },
      {requiredKeys: ['version', 'publisher']},
    ),
  },
  {weight: 1, arbitrary: fc.jsonValue()},
);

/** The elements under test, each with the attributes that select entries. */
const ELEMENTS: [string, Record<string, string>][] = [
  ['network-list', {}],
  ['contact-card', {contact: 'a'}],
  ['twin-towns', {view: 'map'}],
  ['review-stamp', {page: 'p'}],
  ['news-list', {filterable: ''}],
];

/** The rendered DOM with Lit's comment markers stripped: what a reader's browser holds. */
function dom(el: Element): string {
  return el.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, '');
}

function create(tag: string, attributes: Record<string, string>, src: string) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.setAttribute('src', src);
  return el;
}

describe('generated feeds', function () {
  this.timeout(180_000);
  let page: ReturnType<typeof watchPage>;
  before(() => console.log(`fast-check seed ${seed} (set REPLAY to rerun a failure)`));
  beforeEach(() => (page = watchPage()));
  afterEach(() => page.stop());

  for (const [tag, attributes] of ELEMENTS) {
    it(`<${tag}> ends ready, empty or in error, and renders the same feed the same way`, async () => {
      // One long-lived element sees every feed in turn, as on a page whose feed
      // changes; a fresh one renders each feed once. Their DOM must agree.
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const kept = create(tag, attributes, blobUrl('{}'));
      container.append(kept);
      const states = {ready: 0, empty: 0, error: 0};
      await captureWarnings(async () => {
        await allSettled([kept]);
        await fc.assert(
          fc.asyncProperty(feed, async (generated) => {
            const src = blobUrl(generated);
            kept.setAttribute('src', src);
            await (kept as unknown as {updateComplete: Promise<unknown>}).updateComplete;
            const fresh = create(tag, attributes, src);
            container.append(fresh);
            await allSettled([kept, fresh], 5000);
            if (tag === 'twin-towns') {
              // The map arrives on demand; compare once both have drawn it.
              await quickly(
                () =>
                  Boolean(kept.shadowRoot!.querySelector('svg')) ===
                  Boolean(fresh.shadowRoot!.querySelector('svg')),
                'maps differ',
                2000,
              );
            }
            const root = kept.shadowRoot!;
            if (root.querySelector('[data-state="error"]')) states.error++;
            else if (root.querySelector('[part="empty"]')) states.empty++;
            else states.ready++;
            expect(isSettled(kept)).to.equal(true);
            expect(dom(fresh)).to.equal(dom(kept));
            expect(inspect(kept)).to.deep.equal({
              hrefs: [],
              elements: [],
              attributes: [],
            });
            expect(page.scriptsRun()).to.equal(0);
            fresh.remove();
            URL.revokeObjectURL(src);
          }),
        );
      });
      console.log(`<${tag}>: 1000 feeds: ${JSON.stringify(states)}`);
      expect(states.ready, 'some feeds render data').to.be.above(0);
      expect(states.error, 'some feeds fail').to.be.above(0);
    });
  }
});
