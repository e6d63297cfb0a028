// Injection into the formats a feed value travels on to: the `mailto:` link
// (M-1), the vCard "Save contact" writes (M-2) and the JSON-LD. Each table is
// hostile inputs × the fields they go into; the counts are printed at the end.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import ICAL from 'ical.js';
import '../../src/define.js';
import {validateFeed} from '../../src/feed/validate.js';
import type {FeedProblem} from '../../src/feed/types.js';
import {scriptOf} from '../../src/internal/script.js';
import {buildVCard, type VCardContact} from '../../src/elements/contact-card/vcard.js';
import type {WidgetElement} from '../../src/base/widget-element.js';
import {captureWarnings, shadow} from '../helpers.js';
import {allSettled, blobUrl} from './hostile.js';

const PUBLISHER = {name: 'Trollhättans Stad', language: 'sv', country: 'SE'};

const totals = {tried: 0, broken: 0};
after(() =>
  console.log(
    `injection: ${totals.tried} hostile inputs tried (mailto, vCard, control characters), ${totals.broken} broken`,
  ),
);

/** E-mail values that add recipients, headers or a body to a `mailto:` link (the review's five first). */
const EMAIL_INJECTIONS = [
  'victim@example.org?bcc=attacker%40evil.example',
  'victim@example.org?cc=attacker%40evil.example&subject=Invoice%20overdue&body=Pay%20now%3A%0D%0Ahttps%3A%2F%2Fevil.example',
  'victim@example.org?to=attacker%40evil.example',
  'victim@example.org,attacker%40evil.example',
  'x@y.z%0D%0ABcc:attacker%40evil.example',
  'victim@example.org;attacker%40evil.example',
  'victim@example.org#?bcc=attacker%40evil.example',
  'victim@example.org&bcc=attacker%40evil.example',
  'mailto:victim@example.org',
  'victim@example.org/x?bcc=attacker%40evil.example',
  'victim@example.org\u0085Bcc:attacker%40evil.example',
  'victim@exa\u0000mple.org',
  'victim@example.org\\?bcc=attacker%40evil.example',
  'victim@[127.0.0.1]',
];
/** Addresses that must keep working, encoded where they go into the URL. */
const EMAIL_VALID = [
  'anna.andersson@example.se',
  'first+tag@kommun.se',
  "o'brien@example.ie",
  'åsa@exämple.se',
];

/** Unfolds the vCard lines, per RFC 6350 §3.2. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

/** The cards a real vCard parser (ical.js) reads in `text`. */
function cards(text: string): ICAL.Component[] {
  const parsed = ICAL.parse(text) as unknown[];
  const list = typeof parsed[0] === 'string' ? [parsed] : parsed;
  return list.map((jcard) => new ICAL.Component(jcard as unknown[]));
}

/** Clicks "Save contact" and resolves to the text of the .vcf offered. */
async function savedVCard(el: Element): Promise<string> {
  let blob: Blob | undefined;
  const {createObjectURL} = URL;
  const {click} = HTMLAnchorElement.prototype;
  URL.createObjectURL = (b: Blob) => ((blob = b), 'blob:test');
  HTMLAnchorElement.prototype.click = () => {};
  try {
    shadow(el).querySelector<HTMLButtonElement>('[part="save"]')!.click();
    await waitUntil(() => blob, 'no file was offered');
  } finally {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  }
  return blob!.text();
}

/** Renders `markup` on a feed and resolves once every block has settled, problems collected. */
async function mount(markup: string) {
  const container = document.createElement('div');
  container.innerHTML = markup;
  const elements = [...container.children] as WidgetElement[];
  const problems: FeedProblem[] = [];
  for (const el of elements)
    el.addEventListener('feed-error', (event) => problems.push(...event.problems));
  await captureWarnings(async () => {
    await fixture(html`<div>${container}</div>`);
    await allSettled(elements);
  });
  return {elements, problems};
}

describe('mailto: links from feed e-mail addresses (M-1)', function () {
  this.timeout(60_000);
  const emails = [...EMAIL_INJECTIONS, ...EMAIL_VALID];
  const contacts = emails.map((email, i) => ({
    id: `c${i}`,
    name: `Anna Andersson ${i}`,
    email,
  }));
  const src = blobUrl({
    version: 1,
    publisher: PUBLISHER,
    contacts,
    networks: [{id: 'n', name: 'Nätverk', contacts: contacts.map(({id}) => id)}],
  });

  it('shows every contact, links only a lone valid address, and reports the rest with its path', async () => {
    const {elements, problems} = await mount(
      contacts
        .map(({id}) => `<contact-card src="${src}" contact="${id}"></contact-card>`)
        .join('') + `<network-list src="${src}"></network-list>`,
    );
    const list = elements.at(-1)!;
    for (const [i, email] of emails.entries()) {
      totals.tried++;
      const card = elements[i]!;
      const hostile = i < EMAIL_INJECTIONS.length;
      const links = [card, list].flatMap((el) =>
        [...shadow(el).querySelectorAll<HTMLAnchorElement>('a[part="email"]')].filter(
          (a) => a.textContent === email,
        ),
      );
      const jsonLd = scriptOf(card)?.text ?? '';
      const vcard = unfold(await savedVCard(card));
      const broken =
        links.some((a) => /[?#&,;]|%0D|%0A/i.test(a.href)) ||
        (hostile &&
          (links.length > 0 || jsonLd.includes('evil.example') || /^EMAIL/m.test(vcard)));
      if (broken) totals.broken++;
      expect(shadow(card).textContent, 'the contact shows').to.contain(
        `Anna Andersson ${i}`,
      );
      if (hostile) {
        expect(links, `${JSON.stringify(email)} is not linked`).to.deep.equal([]);
        expect(jsonLd, 'nor in the JSON-LD').not.to.contain('evil.example');
        expect(vcard, 'nor in the vCard').not.to.match(/^EMAIL/m);
      } else {
        expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
          `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}`,
          `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}`,
        ]);
        expect(new URL(links[0]!.href).search, 'no query').to.equal('');
        expect(JSON.parse(jsonLd).email).to.equal(email);
      }
    }
    const reported = problems
      .filter(({path}) => /^contacts\[\d+\]\.email$/.test(path))
      .map(({path}) => path);
    expect(new Set(reported)).to.deep.equal(
      new Set(EMAIL_INJECTIONS.map((_, i) => `contacts[${i}].email`)),
    );
    await expect(elements[0]).to.be.accessible();
  });
});

/** Line breaks of every kind, each followed by what it would inject as a vCard line. */
const LINE_BREAKS = [
  '\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:Injected Person\r\nTEL;VALUE=uri:tel:+19005550100\r\nEMAIL:attacker@evil.example\r\nEND:VCARD',
  '\nEMAIL:attacker@evil.example',
  '\rTEL;TYPE=work:+19005550100',
  '\r\n X-INJECTED:folded',
  '\n\tX-INJECTED:tab-folded',
  '\u2028X-INJECTED:line-separator',
  '\u2029X-INJECTED:paragraph-separator',
  '\r\r\n\n\rX-INJECTED:mixed',
  ';X-INJECTED=1:semicolon',
  ',\\,\\n\\;\\',
];

/** The fields buildVCard writes, and how to put a vector into each. */
const VCARD_FIELDS: Record<string, (v: string) => Partial<VCardContact>> = {
  name: (v) => ({name: `Anna ${v}`}),
  'unit name': (v) => ({name: `Enheten ${v}`, isUnit: true}),
  role: (v) => ({role: `Samordnare ${v}`}),
  unit: (v) => ({unit: `Kommunledningen ${v}`}),
  email: (v) => ({email: `anna@example.se${v}`}),
  street: (v) => ({address: {street: `Gatan 1${v}`}}),
  postalCode: (v) => ({address: {postalCode: `461 83${v}`}}),
  city: (v) => ({address: {city: `Trollhättan${v}`}}),
  countryName: (v) => ({address: {country: 'DK'}, countryName: `Danmark${v}`}),
  url: (v) => ({url: `https://example.org/x${v}`}),
};

const OWN_PROPERTIES = new Set([
  'version',
  'kind',
  'fn',
  'n',
  'org',
  'title',
  'tel',
  'email',
  'adr',
  'url',
]);

describe('vCard lines (M-2)', () => {
  for (const [field, put] of Object.entries(VCARD_FIELDS)) {
    it(`a line break in ${field} stays inside its property: one card, read back by ical.js`, () => {
      for (const vector of LINE_BREAKS) {
        totals.tried++;
        const contact: VCardContact = {
          name: 'Anna Andersson',
          isUnit: false,
          phones: [{kind: 'work', number: '+46 520 49 70 52'}],
          ...put(vector),
        };
        const text = buildVCard(contact);
        const parsed = cards(text);
        const names = parsed.flatMap((card) =>
          card.getAllProperties().map((p) => p.name),
        );
        const tels = parsed.flatMap((card) =>
          card.getAllProperties('tel').flatMap((p) => p.getValues().map(String)),
        );
        const broken =
          parsed.length !== 1 ||
          /\r(?!\n)|(?<!\r)\n/.test(text) ||
          names.some((name) => !OWN_PROPERTIES.has(name)) ||
          tels.some((tel) => tel.includes('+19005550100')) ||
          names.filter((name) => name === 'email').length > (contact.email ? 1 : 0);
        if (broken) totals.broken++;
        const what = `${field} ${JSON.stringify(vector)}`;
        expect(parsed, `${what}: one card`).to.have.length(1);
        expect(/\r(?!\n)|(?<!\r)\n/.test(text), `${what}: only CRLF line ends`).to.equal(
          false,
        );
        expect(
          names.filter((name) => !OWN_PROPERTIES.has(name)),
          what,
        ).to.deep.equal([]);
        expect(tels, what).to.deep.equal(['tel:+46520497052']);
      }
    });
  }

  it('writes text values back exactly (line breaks as \\n), and the URL normalised or not at all', () => {
    const [card] = cards(
      buildVCard({
        name: 'Anna Andersson',
        isUnit: false,
        role: 'Samordnare\r\nEU, Norden \\ övrigt',
        url: 'https://example.org/x\r\nEND:VCARD',
      }),
    );
    expect(card!.getFirstPropertyValue('title')).to.equal(
      'Samordnare\nEU, Norden \\ övrigt',
    );
    expect(card!.getFirstPropertyValue('url'), 'a raw URL with a line break').to.equal(
      null,
    );
  });
});

describe('a contact saved from the page (M-2, the element)', () => {
  it('a role with CR/LF is one TITLE; a URL with CR/LF is reported and never written', async () => {
    const src = blobUrl({
      version: 1,
      publisher: PUBLISHER,
      contacts: [
        {
          id: 'a',
          name: 'Url Person',
          role: 'Samordnare\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Injected Person',
          email: 'url.person@example.se',
          url: 'https://example.org/ok',
        },
        {
          id: 'b',
          name: 'Url Person6',
          url: 'https://example.org/x\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:Injected Person\r\nEND:VCARD',
        },
      ],
    });
    const {elements, problems} = await mount(
      `<contact-card src="${src}" contact="a"></contact-card><contact-card src="${src}" contact="b"></contact-card>`,
    );
    totals.tried += 2;
    const text = await savedVCard(elements[0]!);
    const parsed = cards(text);
    if (parsed.length !== 1) totals.broken++;
    expect(parsed).to.have.length(1);
    expect(parsed[0]!.getFirstPropertyValue('fn')).to.equal('Url Person');
    expect(parsed[0]!.getFirstPropertyValue('title')).to.equal(
      'Samordnare\nEND:VCARD\nBEGIN:VCARD\nFN:Injected Person',
    );
    expect(parsed[0]!.getFirstPropertyValue('email')).to.equal('url.person@example.se');
    expect(parsed[0]!.getFirstPropertyValue('url')).to.equal('https://example.org/ok');
    const urlProblem = problems.find(({path}) => path === 'contacts[1].url');
    if (!urlProblem) totals.broken++;
    expect(urlProblem?.message).to.equal('must be an absolute http(s) URL');
    expect(
      shadow(elements[1]!).querySelector('[part="empty"]'),
      'the card is reported missing',
    ).to.exist;
    await expect(elements[1]).to.be.accessible();
  });
});

/** Control characters that mean nothing in a feed text. */
const CONTROLS = [
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u009b31m',
  '\u000b',
  '\f',
];
/** Line breaks: text of one line (a name, a street) holds none. */
const BREAKS = ['\r', '\n', '\r\n', '\u2028', '\u2029'];

/** Feed fields, and whether line breaks have a meaning there (texts that may hold paragraphs). */
const TEXT_FIELDS: [
  section: string,
  entry: Record<string, unknown>,
  path: string,
  multiline: boolean,
][] = [
  ['contacts', {id: 'c', name: 'Anna'}, 'name', false],
  ['contacts', {id: 'c', name: 'Anna'}, 'id', false],
  [
    'contacts',
    {id: 'c', name: 'Anna', address: {street: 'Gatan 1'}},
    'address.street',
    false,
  ],
  [
    'contacts',
    {id: 'c', name: 'Anna', address: {city: 'Trollhättan'}},
    'address.city',
    false,
  ],
  [
    'contacts',
    {id: 'c', name: 'Anna', address: {postalCode: '461 83'}},
    'address.postalCode',
    false,
  ],
  ['contacts', {id: 'c', name: 'Anna', url: 'https://example.se/'}, 'url', false],
  ['contacts', {id: 'c', name: 'Anna', role: 'Samordnare'}, 'role', true],
  ['networks', {id: 'n', name: 'Nätverk', acronym: 'AER'}, 'acronym', false],
  ['networks', {id: 'n', name: 'Nätverk'}, 'name', true],
  ['networks', {id: 'n', name: 'Nätverk', description: 'Om'}, 'description', true],
  [
    'networks',
    {id: 'n', name: 'Nätverk', homepage: 'https://aer.eu/'},
    'homepage',
    false,
  ],
  ['pages', {id: 'p', reviewedBy: 'Katarina Loodh'}, 'reviewedBy', false],
  [
    'news',
    {id: 'a', title: 'Nyhet', date: '2024-01-31', url: 'https://example.se/'},
    'url',
    false,
  ],
  ['news', {id: 'a', title: 'Nyhet', date: '2024-01-31', summary: 'Om'}, 'summary', true],
  [
    'twinTowns',
    {id: 't', name: 'Herning', country: 'DK', region: 'Jylland'},
    'region',
    true,
  ],
];

describe('control characters in feed strings (M-2)', () => {
  for (const [section, entry, path, multiline] of TEXT_FIELDS) {
    it(`${section}[].${path}: rejected with its path${multiline ? ' (line breaks kept)' : ', line breaks too'}`, () => {
      const vectors = [...CONTROLS, ...BREAKS];
      for (const vector of vectors) {
        totals.tried++;
        const copy = structuredClone(entry);
        const keys = path.split('.');
        let target = copy;
        for (const key of keys.slice(0, -1))
          target = target[key] as Record<string, unknown>;
        target[keys.at(-1)!] = `${String(target[keys.at(-1)!])}${vector}x`;
        const {feed, problems} = validateFeed({
          version: 1,
          publisher: PUBLISHER,
          [section]: [copy],
        });
        const kept =
          (feed as unknown as Record<string, unknown[]>)[section]!.length === 1;
        const allowed = multiline && BREAKS.includes(vector);
        const what = `${path} ${JSON.stringify(vector)}`;
        if (kept !== allowed) totals.broken++;
        expect(kept, what).to.equal(allowed);
        if (!allowed)
          expect(
            problems.map(({path: p}) => p),
            what,
          ).to.include(`${section}[0].${path}`);
      }
    });
  }
});
