import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../../src/elements/twin-towns/define.js';
import type {TwinTowns} from '../../src/elements/twin-towns/twin-towns.js';
import type {FeedErrorEvent} from '../../src/base/events.js';
import {
  captureWarnings,
  faultUrl,
  feedUrl,
  settled,
  shadow,
  textOf,
  renderSettled,
} from '../helpers.js';

const towns = (el: Element) => [...shadow(el).querySelectorAll('[part="town"]')];
const names = (el: Element) =>
  towns(el).map((t) => t.querySelector('[part="heading"]')!.textContent!.trim());
const line = (town: Element, part: string) =>
  textOf(town.querySelector(`[part="${part}"]`)!);

const render = (template: TemplateResult) => renderSettled<TwinTowns>(template);

describe('<twin-towns>', () => {
  it('shows each town with its country, region, partnership and link', async () => {
    const el = await render(
      html`<twin-towns lang="en" src=${feedUrl('towns.json')}></twin-towns>`,
    );
    expect(names(el)).to.deep.equal([
      'Herning',
      'Ravenna',
      'Chobe District Council',
      'Lucca',
      'Atlantis',
    ]);
    const [herning, ravenna, chobe] = towns(el);
    expect(line(herning!, 'place')).to.equal('Central Denmark Region, Denmark');
    expect(line(herning!, 'relation')).to.equal('Twin town since 1948');
    expect(herning!.querySelector('a')!.getAttribute('href')).to.equal(
      'https://www.herning.dk/',
    );
    expect(line(ravenna!, 'place')).to.equal('Emilia-Romagna, Italy');
    expect(line(ravenna!, 'relation')).to.equal('Partner town');
    expect(line(ravenna!, 'description')).to.equal('Cooperation on climate and culture.');
    expect(line(chobe!, 'place')).to.equal('Botswana');
    expect(line(chobe!, 'relation')).to.equal('Cooperation partner since 2005');
    expect(shadow(el).querySelectorAll('h2')).to.have.length(5);
    await expect(el).to.be.accessible();
  });

  it('names countries and the partnership in four languages', async () => {
    const expected = {
      sv: ['Region Mittjylland, Danmark', 'Vänort sedan 1948'],
      da: ['Region Midtjylland, Danmark', 'Venskabsby siden 1948'],
      // The region has no Nynorsk text: the publisher's Swedish comes next.
      nn: ['Region Mittjylland, Danmark', 'Venskapsby sidan 1948'],
      de: ['Region Mittjylland, Dänemark', 'Partnerstadt seit 1948'],
    };
    for (const [lang, [place, relation]] of Object.entries(expected)) {
      const el = await render(
        html`<twin-towns lang=${lang} src=${feedUrl('towns.json')}></twin-towns>`,
      );
      const [herning] = towns(el);
      expect(line(herning!, 'place'), lang).to.equal(place);
      expect(line(herning!, 'relation'), lang).to.equal(relation);
    }
  });

  it('shows only the towns of one kind', async () => {
    const el = await render(
      html`<twin-towns kind="partner" src=${feedUrl('towns.json')}></twin-towns>`,
    );
    expect(names(el)).to.deep.equal(['Ravenna', 'Lucca']);
  });

  it('groups the towns by country, sorted by country name, with headings a level below', async () => {
    const el = await render(
      html`<twin-towns lang="en" group-by="country" heading-level="3" src=${feedUrl('towns.json')}></twin-towns>`,
    );
    const groups = [...shadow(el).querySelectorAll('[part="group"]')];
    expect(groups.map((g) => g.querySelector('h3')!.textContent)).to.deep.equal([
      'Botswana',
      'Denmark',
      'Italy',
      'XX',
    ]);
    expect(
      [...groups[2]!.querySelectorAll('h4')].map((h) => h.textContent),
    ).to.deep.equal(['Ravenna', 'Lucca']);
    await expect(el).to.be.accessible();
  });

  it('reports a country code Intl does not know, with its JSON path, and shows the code', async () => {
    const paths: string[] = [];
    const warnings = await captureWarnings(async () => {
      const el = await fixture<TwinTowns>(
        html`<twin-towns
          src=${feedUrl('towns.json')}
          @feed-error=${(e: FeedErrorEvent) => paths.push(...e.problems.map((p) => p.path))}
        ></twin-towns>`,
      );
      await settled(el);
      await waitUntil(() => paths.length > 0);
      expect(line(towns(el)[4]!, 'place')).to.equal('XX');
    });
    expect(paths).to.deep.equal(['twinTowns[4].country']);
    expect(warnings.join('\n')).to.contain(
      'twinTowns[4].country is not a known country code (XX)',
    );
  });

  it('says so when there are no towns', async () => {
    const el = await render(
      html`<twin-towns lang="en" src=${feedUrl('no-news.json')}></twin-towns>`,
    );
    expect(textOf(shadow(el).querySelector('[part="empty"]')!)).to.equal(
      'There are no twin towns to show.',
    );
    await expect(el).to.be.accessible();
  });

  describe('empty state for the kind asked for', () => {
    const empty = async (kind: string, lang = 'en') => {
      const el = await render(
        html`<twin-towns lang=${lang} kind=${kind} src=${feedUrl('twin-only.json')}></twin-towns>`,
      );
      const node = shadow(el).querySelector('[part="empty"]');
      return {el, text: node ? textOf(node) : ''};
    };

    it('says there are no partner towns, not twin towns, for kind="partner"', async () => {
      const {el, text} = await empty('partner');
      expect(text).to.equal('There are no partner towns to show.');
      expect(names(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('says there are no cooperation partners for kind="cooperation"', async () => {
      expect((await empty('cooperation')).text).to.equal(
        'There are no cooperation partners to show.',
      );
    });

    it('compares the kind trimmed and lower-cased', async () => {
      expect((await empty(' Partner ')).text).to.equal(
        'There are no partner towns to show.',
      );
      const twin = await empty('TWIN');
      expect(twin.text).to.equal('');
      expect(names(twin.el)).to.deep.equal(['Herning']);
    });

    it('speaks the reader’s language', async () => {
      expect((await empty('partner', 'sv')).text).to.equal(
        'Det finns inga partnerorter att visa.',
      );
      expect((await empty('partner', 'de')).text).to.equal(
        'Es gibt keine Freundschaftsstädte, die angezeigt werden können.',
      );
      expect((await empty('cooperation', 'nn-NO')).text).to.equal(
        'Det er ingen samarbeidspartnarar å vise.',
      );
    });

    it('falls back to the general text for a kind it does not know', async () => {
      let text = '';
      const warnings = await captureWarnings(
        async () => ({text} = await empty('sister')),
      );
      expect(text).to.equal('There are no twin towns to show.');
      expect(warnings).to.deep.equal([
        'municipal-widgets: <twin-towns> @kind must be one of twin, partner, cooperation',
      ]);
    });
  });

  it('shows the fallback and an error when the feed fails, accessibly', async () => {
    const el = await render(
      html`<twin-towns lang="en" src=${faultUrl('status/500')}><p>Herning</p></twin-towns>`,
    );
    expect(textOf(shadow(el).querySelector('[part="status"]')!)).to.equal(
      'The information could not be loaded (error 500).',
    );
    await expect(el).to.be.accessible();
  });

  it('is accessible while loading', async () => {
    const el = await fixture<TwinTowns>(
      html`<twin-towns src=${faultUrl('slow/300/towns.json')}><p>Herning</p></twin-towns>`,
    );
    expect(shadow(el).querySelector('[data-state="loading"]')).to.exist;
    await expect(el).to.be.accessible();
    await settled(el);
  });
});

describe('<twin-towns view="map">', () => {
  it('draws the towns and the publisher on a labelled map, with links the keyboard reaches', async () => {
    const el = await render(
      html`<twin-towns lang="en" view="map" src=${feedUrl('towns.json')}></twin-towns>`,
    );
    await waitUntil(() => shadow(el).querySelector('svg'), 'the map loads');
    const map = shadow(el).querySelector('svg')!;
    expect(map.getAttribute('role')).to.equal('group');
    expect(map.getAttribute('aria-label')).to.equal('Map of the towns listed below');
    const herning = map.querySelector('a')!;
    expect(herning.getAttribute('href')).to.equal('https://www.herning.dk/');
    expect(herning.getAttribute('aria-label')).to.equal('Herning, Denmark');
    const publisher = map.querySelector('[role="img"]')!;
    expect(publisher.getAttribute('aria-label')).to.equal('Vänersborgs kommun');
    expect(map.querySelector('path.land')!.getAttribute('d')!.length).to.be.greaterThan(
      1000,
    );
    herning.focus();
    expect(shadow(el).activeElement).to.equal(herning);
    expect(towns(el), 'the list is the text alternative').to.have.length(5);
    await expect(el).to.be.accessible();
  });

  it('loads the map from the page’s own origin only', async () => {
    const el = await render(
      html`<twin-towns view="map" src=${feedUrl('towns.json')}></twin-towns>`,
    );
    await waitUntil(() => shadow(el).querySelector('svg'), 'the map loads');
    const foreign = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => new URL(url).origin !== location.origin);
    expect(foreign).to.deep.equal([]);
  });

  it('has no map unless asked for one', async () => {
    const el = await render(html`<twin-towns src=${feedUrl('towns.json')}></twin-towns>`);
    expect(shadow(el).querySelector('svg')).to.equal(null);
  });
});
