// Each block describes what it shows as schema.org JSON-LD in the document's
// head: the same people, networks, dates and news as the visitor reads, kept
// in step with filters, gone with the block, and never a way out of the script
// element for feed text.
import {
  aTimeout,
  expect,
  fixture,
  fixtureCleanup,
  html,
  nextFrame,
  waitUntil,
} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/define.js';
import {schemaOf, serialize} from '../../src/internal/schema.js';
import {POLICY_NAME, scriptOf} from '../../src/internal/script.js';
import type {WidgetElement} from '../../src/base/widget-element.js';
import {blobUrl} from '../hardening/hostile.js';
import {allSettled, closePages, openPage, type HostPage} from '../pages/frame.js';
import {
  captureWarnings,
  faultUrl,
  feedUrl,
  renderSettled,
  settled,
  shadow,
  textOf,
} from '../helpers.js';

type Json = Record<string, unknown> & {[key: string]: any}; // eslint-disable-line @typescript-eslint/no-explicit-any

const JSON_LD = 'script[type="application/ld+json"]';

/** The block's JSON-LD, parsed, once it is in the document's head. */
async function jsonLd(el: Element): Promise<Json> {
  await waitUntil(() => scriptOf(el)?.isConnected, `<${el.localName}> has no JSON-LD`);
  const script = scriptOf(el)!;
  expect(script.parentNode, 'in the head').to.equal(document.head);
  return JSON.parse(script.text) as Json;
}

/** Does `action`, and waits until the block's JSON-LD says something new. */
async function changed(el: Element, action: () => unknown): Promise<Json> {
  const before = scriptOf(el)?.text;
  await action();
  await waitUntil(
    () => scriptOf(el) && scriptOf(el)!.text !== before,
    'the JSON-LD did not change',
  );
  return jsonLd(el);
}

/**
 * Asserts the block has no JSON-LD once its describer has had its chance: the
 * JSON-LD is written when the linked-data chunk has loaded, so once that import
 * has resolved (and a frame passed), any script it was going to write is there.
 */
async function none(el: Element) {
  await import('../../src/internal/linked-data.js');
  await nextFrame();
  expect(scriptOf(el), `<${el.localName}> has JSON-LD`).to.equal(undefined);
}

const all = (el: Element, selector: string) => [
  ...shadow(el).querySelectorAll<HTMLElement>(selector),
];
const hrefs = (el: Element, selector: string) =>
  all(el, selector).map((link) => (link as HTMLAnchorElement).href);
const datetimes = (el: Element, selector = 'time') =>
  all(el, selector).map((time) => time.getAttribute('datetime'));

const render = <T extends WidgetElement>(template: TemplateResult) =>
  renderSettled<T>(template);

describe('structured data', () => {
  afterEach(async () => {
    // Once the fixtures are gone, so must their scripts be.
    fixtureCleanup();
    await waitUntil(
      () => document.head.querySelectorAll(JSON_LD).length === 0,
      'JSON-LD left behind in the head',
    );
  });

  describe('<contact-card>', () => {
    it('is a Person with the name, role, unit, phones, e-mail, address and web page shown', async () => {
      const el = await render(
        html`<contact-card lang="sv" src=${feedUrl('contacts.json')} contact="livio-benedetto"></contact-card>`,
      );
      const data = await jsonLd(el);
      const tel = hrefs(el, '[part="phone"]').map((href) => href.replace(/^tel:/, ''));
      expect(data).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'Person',
        name: 'Livio Benedetto',
        jobTitle: 'Näringsliv och internationalisering',
        worksFor: {'@type': 'Organization', name: 'Näringslivsenheten'},
        telephone: '+46520497052',
        email: 'livio.benedetto@trollhattan.se',
        url: 'https://www.trollhattan.se/naringsliv',
        address: {
          '@type': 'PostalAddress',
          streetAddress: 'Gärdhemsvägen 9',
          postalCode: '461 83',
          addressLocality: 'Trollhättan',
          addressCountry: 'SE',
        },
        contactPoint: [
          {'@type': 'ContactPoint', contactType: 'work', telephone: '+46520497052'},
          {'@type': 'ContactPoint', contactType: 'mobile', telephone: '+46706229504'},
          {
            '@type': 'ContactPoint',
            contactType: 'switchboard',
            telephone: '+46520495000',
          },
        ],
      });
      // The same as the card's links and text.
      expect(data.telephone).to.equal(tel[0]);
      expect(data.contactPoint.map((point: Json) => point.telephone)).to.deep.equal(tel);
      expect(`mailto:${data.email}`).to.equal(hrefs(el, '[part="email"]')[0]);
      expect(data.url).to.equal(hrefs(el, '[part="website"]')[0]);
      expect(textOf(shadow(el).querySelector('[part="role"]')!)).to.equal(
        `${data.jobTitle}, ${data.worksFor.name}`,
      );
      const address = shadow(el).querySelector('address')!.innerText.split('\n');
      expect(address).to.deep.equal([
        data.address.streetAddress,
        `${data.address.postalCode} ${data.address.addressLocality}`,
      ]);
      await expect(el).to.be.accessible();
    });

    it('speaks the card’s language', async () => {
      const el = await render(
        html`<contact-card lang="en" src=${feedUrl('contacts.json')} contact="livio-benedetto"></contact-card>`,
      );
      const data = await jsonLd(el);
      expect([data.jobTitle, data.worksFor.name]).to.deep.equal([
        'Business and internationalisation',
        'Business Development Unit',
      ]);
    });

    it('is an Organization for a unit, and leaves out the address when compact', async () => {
      const el = await render(
        html`<contact-card compact src=${feedUrl('all.json')} contact="enheten-externa-relationer"></contact-card>`,
      );
      // Its name is its unit's; beside it, the card shows the unit's English name.
      expect(await jsonLd(el)).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'Organization',
        name: 'Enheten externa relationer',
        description: 'External Relations Unit',
      });
      expect(textOf(el)).to.equal('Enheten externa relationer, External Relations Unit');
      const compact = await render(
        html`<contact-card compact src=${feedUrl('contacts.json')} contact="livio-benedetto"></contact-card>`,
      );
      const data = await jsonLd(compact);
      expect(data.address).to.equal(undefined);
      expect(data.telephone).to.equal('+46520497052');
    });

    it('describes nothing for an unknown contact, while loading, or when the feed fails', async () => {
      let unknown!: Element;
      const warnings = await captureWarnings(
        async () =>
          (unknown = await render(
            html`<contact-card src=${feedUrl('contacts.json')} contact="nobody"></contact-card>`,
          )),
      );
      expect(warnings).to.include(
        'municipal-widgets: <contact-card> @contact names no contact in the feed ("nobody")',
      );
      await none(unknown);
      const loading = await fixture(
        html`<contact-card src=${faultUrl('slow/1500/contacts.json')} contact="livio-benedetto"></contact-card>`,
      );
      await none(loading);
      await settled(loading);
      expect((await jsonLd(loading)).name).to.equal('Livio Benedetto');
      const failed = await render(
        html`<contact-card src=${faultUrl('status/500')} contact="livio-benedetto"></contact-card>`,
      );
      await none(failed);
      await expect(failed).to.be.accessible();
    });

    it('is removed when the card changes to a feed that fails', async () => {
      const el = await render<WidgetElement>(
        html`<contact-card src=${feedUrl('contacts.json')} contact="livio-benedetto"></contact-card>`,
      );
      await jsonLd(el);
      el.src = faultUrl('status/403');
      await settled(el);
      await none(el);
    });
  });

  describe('<network-list>', () => {
    it('is the publisher, a member of each network shown, with its contact people', async () => {
      const el = await render(
        html`<network-list lang="en" src=${feedUrl('networks.json')} ids="aer,sern"></network-list>`,
      );
      const data = await jsonLd(el);
      expect(data['@type']).to.equal('Organization');
      expect(data.name).to.equal('Region Västra Götaland');
      expect(data.memberOf).to.deep.equal([
        {
          '@type': 'Organization',
          name: 'Assembly of European Regions',
          alternateName: 'AER',
          description: "Europe's largest network of regions.",
          url: 'https://www.aer.eu/',
          knowsAbout: ['Advocacy'],
          contactPoint: [
            {
              '@type': 'ContactPoint',
              name: 'Mikael Appelqvist',
              description: 'External Relations Unit',
              email: 'mikael.appelqvist@vgregion.se',
            },
          ],
        },
        data.memberOf[1],
      ]);
      const sern = data.memberOf[1];
      expect(sern.name).to.equal('Sweden Emilia-Romagna Network');
      expect(sern.knowsAbout).to.deep.equal(['Education', 'Environment']);
      expect(sern.contactPoint).to.deep.equal([
        {
          '@type': 'ContactPoint',
          name: 'Irma Ganibegovic',
          description: 'Officer',
          telephone: ['+46104410000'],
          email: 'irma.ganibegovic@vgregion.se',
        },
      ]);
      // What the list shows: headings, descriptions, homepages, founding years.
      const headings = all(el, '[part="heading"]').map((h) => textOf(h));
      expect(
        data.memberOf.map(({name, alternateName}: Json) => `${name} (${alternateName})`),
      ).to.deep.equal(headings);
      expect(data.memberOf.map(({url}: Json) => url)).to.deep.equal(
        hrefs(el, '[part="homepage"]'),
      );
      expect(data.memberOf.map(({description}: Json) => description)).to.deep.equal(
        all(el, '[part="description"]').map((p) => p.textContent),
      );
      for (const network of data.memberOf.filter((n: Json) => n.foundingDate)) {
        expect(textOf(el)).to.match(new RegExp(`Founded\\s*${network.foundingDate}`));
      }
      await expect(el).to.be.accessible();
    });

    it('describes its contact people in its own JSON-LD, the only script it adds', async () => {
      const el = await render(
        html`<network-list src=${feedUrl('networks.json')} ids="cpmr"></network-list>`,
      );
      const data = await jsonLd(el);
      // The feed's unknown contact id is dropped; the known one is shown.
      expect(all(el, '[part="contacts"] > li')).to.have.length(1);
      expect(document.head.querySelectorAll(JSON_LD)).to.have.length(1);
      expect(data.memberOf[0].contactPoint.map((p: Json) => p.name)).to.deep.equal([
        'Mikael Appelqvist',
      ]);
    });

    it('follows ids, topic and the search, and describes nothing when nothing shows', async () => {
      const el = await render<WidgetElement & {ids: string; topic: string}>(
        html`<network-list lang="en" searchable src=${feedUrl('networks.json')} ids="aer"></network-list>`,
      );
      const names = (data: Json) => data.memberOf.map(({name}: Json) => name);
      let data = await jsonLd(el);
      expect(names(data)).to.deep.equal(['Assembly of European Regions']);
      data = await changed(el, () => (el.ids = 'sern,aer'));
      expect(names(data)).to.deep.equal([
        'Sweden Emilia-Romagna Network',
        'Assembly of European Regions',
      ]);
      data = await changed(el, () => (el.topic = 'Miljö'));
      expect(names(data)).to.deep.equal(['Sweden Emilia-Romagna Network']);
      data = await changed(el, () => {
        el.ids = '';
        el.topic = '';
      });
      expect(names(data)).to.have.length(5);
      const input = shadow(el).querySelector('input')!;
      input.focus();
      data = await changed(el, () => sendKeys({type: 'cpmr'}));
      expect(names(data)).to.deep.equal(['Conference of Peripheral Maritime Regions']);
      await sendKeys({type: ' zebra'});
      await none(el);
      expect(shadow(el).querySelector('[part="empty"]')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('<network-list> of a feed whose publisher is invalid', () => {
    it('describes the networks alone', () => {
      const text = (value: unknown) => (typeof value === 'string' ? value : '');
      const feed = {
        publisher: undefined,
        contacts: [],
        networks: [],
        twinTowns: [],
        pages: [],
        news: [],
      };
      const data = schemaOf(
        {kind: 'networks', networks: [{id: 'n', name: 'N', acronym: 'N'}], feed},
        text,
      )!;
      expect(JSON.parse(serialize(data))).to.deep.equal({
        '@context': 'https://schema.org',
        '@graph': [{'@type': 'Organization', name: 'N'}],
      });
      expect(schemaOf({kind: 'networks', networks: [], feed}, text)).to.equal(undefined);
    });
  });

  describe('<review-stamp>', () => {
    it('is a WebPage with the review date and reviewer shown', async () => {
      const el = await render(
        html`<review-stamp lang="sv" src=${feedUrl('stamp.json')} page="internationellt-arbete"></review-stamp>`,
      );
      expect(await jsonLd(el)).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'WebPage',
        lastReviewed: '2017-05-02',
        reviewedBy: {'@type': 'Person', name: 'Katarina Loodh'},
      });
      expect(datetimes(el, '[part="reviewed"] time')).to.deep.equal(['2017-05-02']);
      expect(textOf(el)).to.contain('Katarina Loodh');
      await expect(el).to.be.accessible();
    });

    it('describes the inline dates of a stamp without a feed, and a unit as reviewer', async () => {
      const el = await render<WidgetElement & {lastUpdated: string}>(
        html`<review-stamp reviewed="2024-02-29" reviewed-by="Webbredaktionen" updated="2024-03-01"></review-stamp>`,
      );
      const data = await jsonLd(el);
      expect(data).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'WebPage',
        lastReviewed: '2024-02-29',
        reviewedBy: {'@type': 'Organization', name: 'Webbredaktionen'},
        dateModified: '2024-03-01',
      });
      expect(datetimes(el)).to.deep.equal(['2024-02-29', '2024-03-01']);
      const later = await changed(el, () => (el.lastUpdated = '2025-01-31'));
      expect(later.dateModified).to.equal('2025-01-31');
    });

    it('gives the page’s URL from the feed, and the update date alone when that is all there is', async () => {
      const url = blobUrl({
        version: 1,
        publisher: {name: 'Trollhättans Stad', language: 'sv', country: 'SE'},
        pages: [
          {
            id: 'p',
            url: 'https://www.trollhattan.se/international',
            updated: '2023-05-08',
          },
        ],
      });
      const el = await render(html`<review-stamp src=${url} page="p"></review-stamp>`);
      expect(await jsonLd(el)).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'WebPage',
        url: 'https://www.trollhattan.se/international',
        dateModified: '2023-05-08',
      });
      URL.revokeObjectURL(url);
    });

    it('describes nothing when no date shows', async () => {
      let el!: Element;
      const warnings = await captureWarnings(
        async () =>
          (el = await render(
            html`<review-stamp src=${feedUrl('stamp.json')} page="nope"></review-stamp>`,
          )),
      );
      expect(warnings).to.deep.equal([
        'municipal-widgets: <review-stamp> @page names no page in the feed ("nope")',
      ]);
      await none(el);
    });
  });

  describe('<news-list>', () => {
    it('is an ItemList of the NewsArticles shown, in order', async () => {
      const el = await render<WidgetElement & {limit: number}>(
        html`<news-list lang="en" src=${feedUrl('news.json')} limit="2"></news-list>`,
      );
      const data = await jsonLd(el);
      expect(data['@type']).to.equal('ItemList');
      expect(data.numberOfItems).to.equal(2);
      const items = data.itemListElement as Json[];
      expect(items.map(({position}) => position)).to.deep.equal([1, 2]);
      expect(items.map(({item}) => item['@type'])).to.deep.equal([
        'NewsArticle',
        'NewsArticle',
      ]);
      expect(items.map(({item}) => item.headline)).to.deep.equal(
        all(el, '[part="heading"]').map((h) => textOf(h)),
      );
      expect(items.map(({item}) => item.datePublished)).to.deep.equal(datetimes(el));
      expect(items.map(({item}) => item.url).filter(Boolean)).to.deep.equal(
        hrefs(el, '[part="heading"] a'),
      );
      expect(items.map(({item}) => item.description ?? '')).to.deep.equal(
        all(el, '[part="item"]').map(
          (item) => item.querySelector('[part="summary"]')?.textContent ?? '',
        ),
      );
      const more = await changed(el, () => (el.limit = 0));
      expect(more.itemListElement).to.have.length(4);
      await expect(el).to.be.accessible();
    });

    it('follows the topic filter, and describes nothing when the list is empty', async () => {
      const el = await render(
        html`<news-list lang="en" filterable src=${feedUrl('news.json')}></news-list>`,
      );
      await jsonLd(el);
      const select = shadow(el).querySelector('select')!;
      const data = await changed(el, () => {
        select.value = 'Education';
        select.dispatchEvent(new Event('change'));
      });
      expect(data.itemListElement.map(({item}: Json) => item.headline)).to.deep.equal([
        'Visitors from Herning',
      ]);
      const empty = await render(
        html`<news-list src=${feedUrl('no-news.json')}></news-list>`,
      );
      await none(empty);
    });
  });

  describe('<twin-towns>', () => {
    it('describes nothing: schema.org has no word for twinned towns', async () => {
      const el = await render(
        html`<twin-towns src=${feedUrl('towns.json')}></twin-towns>`,
      );
      await none(el);
    });
  });

  describe('no-structured-data', () => {
    it('switches it off, and back on', async () => {
      const el = await render<WidgetElement>(
        html`<news-list no-structured-data src=${feedUrl('news.json')}></news-list>`,
      );
      expect(el.noStructuredData).to.equal(true);
      await none(el);
      el.removeAttribute('no-structured-data');
      expect((await jsonLd(el))['@type']).to.equal('ItemList');
      el.toggleAttribute('no-structured-data', true);
      await none(el);
      expect(document.head.querySelectorAll(JSON_LD)).to.have.length(0);
      el.noStructuredData = false;
      await jsonLd(el);
    });
  });

  describe('leaving the page', () => {
    it('removes the JSON-LD with the block, and adds it again when the block comes back', async () => {
      const el = await render(
        html`<contact-card src=${feedUrl('contacts.json')} contact="livio-benedetto"></contact-card>`,
      );
      const parent = el.parentNode!;
      await jsonLd(el);
      const script = scriptOf(el)!;
      el.remove();
      await waitUntil(
        () => !script.isConnected,
        'the JSON-LD stayed after the block left',
      );
      expect(scriptOf(el)).to.equal(undefined);
      parent.append(el);
      await settled(el);
      expect((await jsonLd(el)).name).to.equal('Livio Benedetto');
    });

    it('keeps one script per block when a block is moved', async () => {
      const el = await render(
        html`<contact-card src=${feedUrl('contacts.json')} contact="livio-benedetto"></contact-card>`,
      );
      await jsonLd(el);
      const other = await fixture(html`<div></div>`);
      other.append(el);
      await settled(el);
      await jsonLd(el);
      await import('../../src/internal/linked-data.js');
      await nextFrame();
      expect(document.head.querySelectorAll(JSON_LD)).to.have.length(1);
    });
  });

  describe('hostile feed text', () => {
    const HOSTILE = '</script><script>window.__pwned=1</script><!--';

    it('cannot close the script element, even in a page saved from the DOM', async () => {
      const url = blobUrl({
        version: 1,
        publisher: {name: HOSTILE, language: 'sv', country: 'SE'},
        contacts: [
          {
            id: 'x',
            // A name is one line: the line separators go in the role (a text).
            name: `${HOSTILE} & >`,
            role: '<img src=x onerror=window.__pwned=1> \u2028\u2029',
            email: 'anna@example.se',
          },
        ],
        networks: [{id: 'n', name: HOSTILE, contacts: ['x']}],
      });
      const container = await fixture(html`<div>
        <contact-card src=${url} contact="x"></contact-card>
        <network-list src=${url}></network-list>
      </div>`);
      const [card, list] = [...container.children];
      await Promise.all([settled(card!), settled(list!)]);
      const person = await jsonLd(card!);
      const networks = await jsonLd(list!);
      for (const el of [card!, list!]) {
        const text = scriptOf(el)!.text;
        expect(text).not.to.match(/[<>&\u2028\u2029]/);
        expect(text).to.contain('\\u003c/script\\u003e');
        // As a page saved from the DOM and parsed again: still one script, one text.
        const reparsed = new DOMParser().parseFromString(
          `<body>${scriptOf(el)!.outerHTML}</body>`,
          'text/html',
        );
        expect(reparsed.querySelectorAll('script')).to.have.length(1);
        expect(reparsed.querySelector('script')!.textContent).to.equal(text);
      }
      // The texts themselves are intact, for what reads them as JSON.
      expect(person.name).to.equal(`${HOSTILE} & >`);
      expect(person.jobTitle).to.equal(
        '<img src=x onerror=window.__pwned=1> \u2028\u2029',
      );
      expect(networks.name).to.equal(HOSTILE);
      expect(networks.memberOf[0].name).to.equal(HOSTILE);
      expect(networks.memberOf[0].contactPoint[0].name).to.equal(person.name);
      expect((window as {__pwned?: unknown}).__pwned).to.equal(undefined);
      URL.revokeObjectURL(url);
    });

    it('gives no URL but http(s), whatever reaches it', () => {
      // The feed's validation already turns such entries away; this is the second line.
      const text = (value: unknown) => (typeof value === 'string' ? value : '');
      for (const href of [
        'javascript:alert(1)',
        'JaVaScRiPt:alert(1)',
        'data:text/html,x',
        'mailto:a@b.se',
        'tel:+46',
      ]) {
        const contact = schemaOf(
          {
            kind: 'contact',
            contact: {id: 'x', name: 'Anna Andersson', url: href, email: 'a"b@<c>'},
            compact: false,
          },
          text,
        )!;
        expect(contact.url, href).to.equal(undefined);
        const network = schemaOf(
          {
            kind: 'networks',
            networks: [{id: 'n', name: 'N', homepage: href}],
            feed: {
              publisher: {name: 'P', language: 'sv', country: 'SE', url: href},
              contacts: [],
              networks: [],
              twinTowns: [],
              pages: [],
              news: [],
            },
          },
          text,
        ) as Json;
        expect([network.url, network.memberOf[0].url], href).to.deep.equal([
          undefined,
          undefined,
        ]);
        const news = schemaOf(
          {kind: 'news', items: [{id: 'a', title: 'T', date: '2024-01-31', url: href}]},
          text,
        ) as Json;
        expect(news.itemListElement[0].item.url, href).to.equal(undefined);
        const page = schemaOf(
          {
            kind: 'page',
            dates: {updated: ['2024-01-31', new Date()]},
            reviewedBy: undefined,
            url: href,
          },
          text,
        )!;
        expect(page.url, href).to.equal(undefined);
      }
      expect(
        schemaOf(
          {
            kind: 'page',
            dates: {updated: ['2024-01-31', new Date()]},
            reviewedBy: undefined,
            url: 'https://example.se/a b',
          },
          text,
        )!.url,
      ).to.equal('https://example.se/a%20b');
    });

    it('escapes every character that could end a script or a comment', () => {
      expect(serialize({name: '</script><!-- -->&\u2028\u2029'})).to.equal(
        '{"@context":"https://schema.org","name":"\\u003c/script\\u003e\\u003c!-- --\\u003e\\u0026\\u2028\\u2029"}',
      );
    });
  });
});

describe('structured data on a whole page (dist/ bundle)', () => {
  afterEach(closePages);

  /** The JSON-LD in the page's head, parsed, once `count` scripts are there. */
  async function pageJsonLd(page: HostPage, count: number): Promise<Json[]> {
    await waitUntil(
      () => page.document.head.querySelectorAll(JSON_LD).length === count,
      `not ${count} JSON-LD scripts`,
    );
    await aTimeout(100);
    const scripts = [...page.document.head.querySelectorAll(JSON_LD)];
    expect(scripts).to.have.length(count);
    return scripts.map((script) => JSON.parse(script.textContent!) as Json);
  }

  for (const csp of ['strict', 'tt', 'tt-named']) {
    it(`is there under Content-Security-Policy "${csp}", with no violation`, async function () {
      if (csp !== 'strict' && !('trustedTypes' in window)) this.skip();
      const page = await openPage(
        `/test/pages/fixtures/all-elements.html?csp=${csp}&test=${Date.now()}`,
      );
      await allSettled(page);
      const types = (await pageJsonLd(page, 3)).map((data) => data['@type']);
      // The network list, the contact card and the news; the stamp's page has no dates.
      expect(types.sort()).to.deep.equal(['ItemList', 'Organization', 'Person']);
      expect(page.records.violations).to.deep.equal([]);
      expect(page.records.errors).to.deep.equal([]);
    });
  }

  it(`is left out where the page's Trusted Types policies leave out "${POLICY_NAME}"`, async function () {
    if (!('trustedTypes' in window)) this.skip();
    // The test server's policies all allow our name, so this page brings its own in a
    // <meta>; a srcdoc page's own origin by name, as Firefox matches no 'self' there.
    const self = location.origin;
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
    frame.srcdoc = `<!doctype html>
      <html lang="sv"><head>
      <meta http-equiv="Content-Security-Policy" content="default-src ${self}; script-src ${self}; style-src ${self}; require-trusted-types-for 'script'; trusted-types lit-html">
      <script src="/test/pages/fixtures/record.js"></script>
      <meta name="municipal-widgets:feed" content="/test/fixtures/feeds/all.json?test=${Date.now()}">
      <script type="module" src="/dist/municipal-widgets.js"></script>
      </head><body>
      <contact-card contact="mikael-appelqvist"></contact-card>
      <news-list limit="2"></news-list>
      </body></html>`;
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as HostPage['window'];
      const page = {frame, window: win, document: win.document, records: win.pageRecords};
      await allSettled(page);
      await aTimeout(300);
      expect(page.document.head.querySelectorAll(JSON_LD)).to.have.length(0);
      // The browser reports the refused policy, once; nothing else goes wrong.
      expect(
        page.records.violations.map(({directive, sample}) => `${directive} ${sample}`),
      ).to.deep.equal([`trusted-types ${POLICY_NAME}`]);
      expect(page.records.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
