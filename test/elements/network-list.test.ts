import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {TemplateResult} from 'lit';
import '../../src/elements/network-list/define.js';
import type {NetworkList} from '../../src/elements/network-list/network-list.js';
import type {FeedErrorEvent} from '../../src/base/events.js';
import {
  captureWarnings,
  faultUrl,
  feedUrl,
  nextFeedError,
  settled,
  shadow,
  textOf,
  renderSettled,
} from '../helpers.js';

const networks = (el: Element) => [...shadow(el).querySelectorAll('[part="network"]')];
const names = (el: Element) =>
  networks(el).map((n) =>
    n.querySelector('[part="heading"]')!.textContent!.replace(/\s+/g, ' ').trim(),
  );
const fact = (network: Element, term: string) =>
  [...network.querySelectorAll('.fact')]
    .find((f) => f.querySelector('dt')!.textContent === term)
    ?.querySelector('dd')!
    .textContent!.replace(/\s+/g, ' ')
    .trim();

const list = (template: TemplateResult) => renderSettled<NetworkList>(template);

describe('<network-list>', () => {
  describe('the directory', () => {
    it('shows every network with name, acronym, description and facts', async () => {
      const el = await list(
        html`<network-list lang="en" src=${feedUrl('networks.json')}></network-list>`,
      );
      expect(names(el)).to.deep.equal([
        'Assembly of European Regions (AER)',
        'Conference of Peripheral Maritime Regions (CPMR)',
        'Sweden Emilia-Romagna Network (SERN)',
        'Network of International Officers in Southern Denmark (NIMS)',
        'Östersjökommissionen',
      ]);
      const [aer, , sern] = networks(el);
      expect(aer!.querySelector('[part="description"]')!.textContent).to.equal(
        "Europe's largest network of regions.",
      );
      expect(fact(aer!, 'Members')).to.equal('200 members');
      expect(fact(sern!, 'Countries')).to.equal('Sweden and Italy');
      expect(fact(sern!, 'Founded')).to.equal('2005');
      expect(fact(sern!, 'Topics')).to.equal('Education and Environment');
      const homepage = aer!.querySelector<HTMLAnchorElement>('[part="homepage"]')!;
      // Normalised, as every link (links.ts webHref).
      expect(homepage.getAttribute('href')).to.equal('https://www.aer.eu/');
      expect(homepage.textContent).to.equal('www.aer.eu');
      await expect(el).to.be.accessible();
    });

    it('renders network names as headings at heading-level (2 by default)', async () => {
      const el = await list(
        html`<network-list src=${feedUrl('networks.json')}></network-list>`,
      );
      expect(shadow(el).querySelectorAll('h2')).to.have.length(5);
      el.headingLevel = 3;
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('h3')).to.have.length(5);
      expect(shadow(el).querySelectorAll('h2')).to.have.length(0);
    });

    it('shows each network’s contact people inline: name, role, phone and e-mail', async () => {
      const el = await list(
        html`<network-list lang="en" src=${feedUrl('networks.json')} ids="sern"></network-list>`,
      );
      const contacts = shadow(el).querySelector('[part="contacts"]')!;
      expect(contacts.querySelectorAll('contact-card')).to.have.length(0);
      expect(textOf(contacts)).to.contain('Irma Ganibegovic');
      expect(contacts.querySelector('[part="name"]')!.textContent).to.equal(
        'Irma Ganibegovic',
      );
      expect(
        contacts.querySelector<HTMLAnchorElement>('[part="email"]')!.getAttribute('href'),
      ).to.equal('mailto:irma.ganibegovic@vgregion.se');
      expect(contacts.querySelector('[part="phone"]')!.getAttribute('href')).to.equal(
        'tel:+46104410000',
      );
      await expect(el).to.be.accessible();
    });

    it('leaves out a contact id the feed does not have, and reports it by path', async () => {
      const el = await fixture<NetworkList>(
        html`<network-list ids="cpmr"></network-list>`,
      );
      const warnings = await captureWarnings(async () => {
        const event = nextFeedError(el);
        el.src = feedUrl('networks.json');
        const {problems} = await event;
        expect(problems).to.deep.equal([
          {
            path: 'networks[1].contacts[1]',
            section: 'networks',
            code: 'unknown-contact',
            params: {id: 'nobody'},
            message: 'refers to no contact ("nobody")',
          },
        ]);
        await settled(el);
      });
      expect(shadow(el).querySelectorAll('[part="contacts"] > li')).to.have.length(1);
      expect(warnings.join('\n')).to.contain('networks[1].contacts[1]');
    });
  });

  describe('the seed directory (demo/feeds/vgr.json)', () => {
    it('shows Västra Götalandsregionen’s thirteen networks with their facts and contacts', async () => {
      const el = await list(
        html`<network-list lang="sv" src="/demo/feeds/vgr.json"></network-list>`,
      );
      expect(networks(el)).to.have.length(13);
      expect(names(el).slice(0, 3)).to.deep.equal([
        'Assembly of European Regions (AER)',
        'Conference of Peripheral Maritime Regions (CPMR)',
        'Nordsjökommissionen',
      ]);
      const [aer, cpmr] = networks(el);
      expect(fact(aer!, 'Medlemmar')).to.equal('200 medlemmar');
      expect(fact(cpmr!, 'Medlemmar')).to.equal('150 regioner');
      expect(textOf(aer!.querySelector('[part="contacts"]')!)).to.contain(
        'Mikael Appelqvist',
      );
      expect(aer!.querySelector('[part="email"]')!.getAttribute('href')).to.equal(
        'mailto:mikael.appelqvist@vgregion.se',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('member counts', () => {
    const counts = async (lang: string) => {
      const el = await list(
        html`<network-list lang=${lang} src=${feedUrl('networks.json')}></network-list>`,
      );
      return networks(el).map((n) => n.querySelector('.fact dd')!.textContent!.trim());
    };

    it('are pluralised in English', async () => {
      expect(await counts('en')).to.deep.equal([
        '200 members',
        '150 regions',
        '54 members',
        '22 municipalities',
        '1 organisation',
      ]);
    });

    it('are pluralised in Swedish', async () => {
      expect(await counts('sv')).to.deep.equal([
        '200 medlemmar',
        '150 regioner',
        '54 medlemmar',
        '22 kommuner',
        '1 organisation',
      ]);
    });

    it('are pluralised in Finnish', async () => {
      expect(await counts('fi')).to.deep.equal([
        '200 jäsentä',
        '150 aluetta',
        '54 jäsentä',
        '22 kuntaa',
        '1 organisaatio',
      ]);
    });
  });

  describe('languages', () => {
    it('names countries and picks feed texts in the block’s language', async () => {
      for (const [lang, countries, description] of [
        ['sv', 'Sverige och Italien', 'Svensk-italienskt nätverk för utbyte.'],
        // No Danish or German text: the publisher's language comes next (contract §2).
        ['da', 'Sverige og Italien', 'Svensk-italienskt nätverk för utbyte.'],
        ['de', 'Schweden und Italien', 'Svensk-italienskt nätverk för utbyte.'],
        ['nn-NO', 'Sverige og Italia', 'Svensk-italienskt nätverk för utbyte.'],
        ['en', 'Sweden and Italy', 'A Swedish-Italian network for exchange.'],
      ] as const) {
        const el = await list(
          html`<network-list lang=${lang} src=${feedUrl('networks.json')} ids="sern"></network-list>`,
        );
        const [sern] = networks(el);
        expect(sern!.querySelector('dd')!.nextElementSibling, lang).to.equal(null);
        expect(textOf(sern!), lang).to.contain(countries);
        expect(textOf(sern!), lang).to.contain(description);
      }
    });

    it('uses the publisher’s language when the block’s is missing from a text', async () => {
      const el = await list(
        html`<network-list lang="fi" src=${feedUrl('networks.json')} ids="nims"></network-list>`,
      );
      expect(names(el)).to.deep.equal([
        'Network of International Officers in Southern Denmark (NIMS)',
      ]);
      const sv = await list(
        html`<network-list lang="da" src=${feedUrl('networks.json')} ids="nims"></network-list>`,
      );
      expect(names(sv)).to.deep.equal([
        'Netværk for Internationale Medarbejdere i Syddanmark (NIMS)',
      ]);
    });
  });

  describe('selection', () => {
    it('shows the networks named by ids, in that order', async () => {
      const el = await list(
        html`<network-list src=${feedUrl('networks.json')} ids="sern, aer"></network-list>`,
      );
      expect(names(el)).to.deep.equal([
        'Sweden Emilia-Romagna Network (SERN)',
        'Assembly of European Regions (AER)',
      ]);
    });

    it('reports ids the feed does not have', async () => {
      const paths: string[] = [];
      const warnings = await captureWarnings(async () => {
        const el = await fixture<NetworkList>(html`<network-list
          ids="aer,nope"
          src=${feedUrl('networks.json')}
          @feed-error=${(e: FeedErrorEvent) => paths.push(...e.problems.map((p) => p.path))}
        ></network-list>`);
        await settled(el);
        await waitUntil(() => paths.includes('@ids'), 'an @ids problem');
        expect(names(el)).to.deep.equal(['Assembly of European Regions (AER)']);
      });
      expect(warnings.join('\n')).to.contain(
        '@ids names no network in the feed ("nope")',
      );
    });

    it('shows the networks of a topic, matched in any language', async () => {
      for (const topic of ['Miljö', 'environment', ' MILJO ']) {
        const el = await list(
          html`<network-list lang="en" src=${feedUrl('networks.json')} topic=${topic}></network-list>`,
        );
        expect(names(el), topic).to.deep.equal(['Sweden Emilia-Romagna Network (SERN)']);
      }
    });

    it('says so when nothing is selected', async () => {
      const el = await list(
        html`<network-list lang="en" src=${feedUrl('networks.json')} topic="Fishing"></network-list>`,
      );
      expect(textOf(shadow(el).querySelector('[part="empty"]')!)).to.equal(
        'There are no networks to show.',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('search', () => {
    it('has no search field unless searchable', async () => {
      const el = await list(
        html`<network-list src=${feedUrl('networks.json')}></network-list>`,
      );
      expect(shadow(el).querySelector('input')).to.equal(null);
    });

    it('filters by name, acronym, description and topic as you type, announcing the count', async () => {
      const el = await list(
        html`<network-list lang="en" searchable src=${feedUrl('networks.json')}></network-list>`,
      );
      const input = shadow(el).querySelector('input')!;
      expect(input.labels![0]!.textContent).to.equal('Search the networks');
      const count = shadow(el).querySelector('[part="count"]')!;
      expect(count.getAttribute('role')).to.equal('status');
      input.focus();
      await sendKeys({type: 'regions'});
      await el.updateComplete;
      expect(names(el)).to.deep.equal([
        'Assembly of European Regions (AER)',
        'Conference of Peripheral Maritime Regions (CPMR)',
      ]);
      expect(textOf(count)).to.equal('2 networks match your search.');
      input.value = '';
      await sendKeys({type: 'sern'});
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Sweden Emilia-Romagna Network (SERN)']);
      expect(textOf(count)).to.equal('1 network matches your search.');
      input.select();
      await sendKeys({type: 'environment'});
      await el.updateComplete;
      expect(names(el), 'topics').to.deep.equal(['Sweden Emilia-Romagna Network (SERN)']);
      input.select();
      await sendKeys({type: 'ostersjo'});
      await el.updateComplete;
      expect(names(el), 'accents folded').to.deep.equal(['Östersjökommissionen']);
      await expect(el).to.be.accessible();
    });

    it('says what to do when nothing matches, and clears the search on request', async () => {
      const el = await list(
        html`<network-list lang="en" searchable src=${feedUrl('networks.json')}></network-list>`,
      );
      const input = shadow(el).querySelector('input')!;
      input.focus();
      await sendKeys({type: 'zebra'});
      await el.updateComplete;
      const empty = shadow(el).querySelector('[part="empty"]')!;
      expect(textOf(empty)).to.contain(
        'No network matches “zebra”. Try another word, or clear the search.',
      );
      expect(textOf(shadow(el).querySelector('[part="count"]')!)).to.equal(
        '0 networks match your search.',
      );
      await expect(el).to.be.accessible();
      shadow(el).querySelector<HTMLButtonElement>('[part="clear"]')!.click();
      await el.updateComplete;
      expect(input.value).to.equal('');
      expect(networks(el)).to.have.length(5);
      expect(shadow(el).activeElement).to.equal(input);
    });

    it('gives no advice to search again when the selection has no networks at all', async () => {
      const el = await list(
        html`<network-list lang="en" searchable topic="Fishing" src=${feedUrl('networks.json')}></network-list>`,
      );
      const input = shadow(el).querySelector('input')!;
      input.focus();
      await sendKeys({type: 'zebra'});
      await el.updateComplete;
      expect(textOf(shadow(el).querySelector('[part="empty"]')!)).to.equal(
        'There are no networks to show.',
      );
      expect(shadow(el).querySelector('[part="clear"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('speaks Swedish in the search', async () => {
      const el = await list(
        html`<network-list lang="sv" searchable src=${feedUrl('networks.json')}></network-list>`,
      );
      expect(textOf(shadow(el).querySelector('label')!)).to.equal('Sök bland nätverken');
    });
  });

  describe('long lists', () => {
    /** A feed of `count` networks, every third with a topic, each with a contact. */
    const longFeed = (count: number) => {
      const networks = Array.from({length: count}, (_, i) => ({
        id: `n${i}`,
        name: `Network ${i + 1}`,
        members: i + 1,
        topics: i % 3 ? [] : [{sv: 'Havsfrågor', en: 'Maritime affairs'}],
        contacts: ['irma'],
      }));
      const feed = {
        version: 1,
        publisher: {name: 'Region', language: 'sv', country: 'SE'},
        networks,
        contacts: [
          {
            id: 'irma',
            name: 'Irma Ganibegovic',
            phones: [{kind: 'work', number: '+46 10 441 00 00'}],
          },
        ],
      };
      return URL.createObjectURL(
        new Blob([JSON.stringify(feed)], {type: 'application/json'}),
      );
    };
    /** The number of networks in the DOM each time the list changed, until it is complete. */
    const growth = async (el: NetworkList) => {
      const counts: number[] = [];
      const observer = new MutationObserver(() => counts.push(networks(el).length));
      observer.observe(shadow(el), {childList: true, subtree: true});
      await settled(el);
      observer.disconnect();
      return [...new Set(counts)].filter(Boolean);
    };

    it('renders 250 networks in slices (25 first, then 100), one task each, and updateComplete waits for all', async () => {
      const el = await fixture<NetworkList>(
        html`<network-list lang="en" src=${longFeed(250)}></network-list>`,
      );
      expect(shadow(el).querySelector('[data-state="loading"]')).to.exist;
      expect(await growth(el)).to.deep.equal([25, 125, 225, 250]);
      expect(names(el).at(-1)).to.equal('Network 250');
      expect(fact(networks(el)[249]!, 'Members')).to.equal('250 members');
    });

    it('renders a search result anew from its first slice, and counts every match', async () => {
      const el = await list(
        html`<network-list lang="en" searchable src=${longFeed(450)}></network-list>`,
      );
      expect(networks(el)).to.have.length(450);
      const input = shadow(el).querySelector('input')!;
      input.value = 'maritime';
      input.dispatchEvent(new Event('input'));
      expect(await growth(el)).to.deep.equal([25, 125, 150]);
      expect(textOf(shadow(el).querySelector('[part="count"]')!)).to.equal(
        '150 networks match your search.',
      );
    });

    it('describes its first 100 networks in its structured data, one script for the whole list', async () => {
      const el = await list(
        html`<network-list lang="en" src=${longFeed(230)}></network-list>`,
      );
      await waitUntil(() =>
        document.head.querySelector('script[type="application/ld+json"]'),
      );
      const scripts = document.head.querySelectorAll(
        'script[type="application/ld+json"]',
      );
      expect(scripts).to.have.length(1);
      const data = JSON.parse(scripts[0]!.textContent!);
      expect(data.memberOf).to.have.length(100);
      expect(data.memberOf[99].name).to.equal('Network 100');
      expect(data.memberOf[0].contactPoint[0].name).to.equal('Irma Ganibegovic');
      el.remove();
    });

    it('finishes the list when it is moved while growing', async () => {
      const el = await fixture<NetworkList>(
        html`<network-list lang="en"></network-list>`,
      );
      el.src = longFeed(300);
      await waitUntil(() => networks(el).length > 0, 'first slice', {interval: 0});
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await settled(el);
      expect(networks(el)).to.have.length(300);
    });

    it('is accessible with a long list', async () => {
      const el = await list(
        html`<network-list lang="en" src=${longFeed(200)}></network-list>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('states', () => {
    it('shows the fallback and an error when the feed fails', async () => {
      const el = await list(
        html`<network-list lang="en" src=${faultUrl('status/500')}><p>AER, CPMR</p></network-list>`,
      );
      expect(textOf(shadow(el).querySelector('[part="status"]')!)).to.equal(
        'The information could not be loaded (error 500).',
      );
      expect(shadow(el).querySelector('slot')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('is accessible while loading', async () => {
      const el = await fixture<NetworkList>(
        html`<network-list src=${faultUrl('slow/300/networks.json')}><p>AER</p></network-list>`,
      );
      expect(shadow(el).querySelector('[data-state="loading"]')).to.exist;
      await expect(el).to.be.accessible();
      await settled(el);
    });
  });
});
