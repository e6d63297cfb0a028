import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/elements/news-list/define.js';
import type {NewsList} from '../../src/elements/news-list/news-list.js';
import {captureWarnings, faultUrl, feedUrl, settled, shadow, textOf} from '../helpers.js';

const titles = (el: Element) =>
  [...shadow(el).querySelectorAll('[part="item"] [part="heading"]')].map((h) =>
    h.textContent!.trim(),
  );

async function news(template: ReturnType<typeof html>) {
  const el = await fixture<NewsList>(template);
  await settled(el);
  return el;
}

describe('<news-list>', () => {
  it('lists the items newest first, with dates in <time datetime> and links', async () => {
    const el = await news(
      html`<news-list lang="en" src=${feedUrl('news.json')}></news-list>`,
    );
    expect(titles(el)).to.deep.equal([
      'Climate project with Ravenna',
      'Internationell policy antagen',
      'Visitors from Herning',
      'Cooperation with Chobe District Council',
    ]);
    const herning = shadow(el).querySelectorAll('[part="item"]')[2]!;
    const time = herning.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2025-09-14');
    expect(time.textContent).to.equal('14 September 2025');
    expect(herning.querySelector('a')!.getAttribute('href')).to.equal(
      'https://www.vanersborg.se/nyheter/herning',
    );
    expect(herning.querySelector('[part="summary"]')!.textContent).to.equal(
      'Colleagues from our twin town Herning visited the schools.',
    );
    expect(shadow(el).querySelectorAll('h2')).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('formats dates in the block’s language', async () => {
    const el = await news(
      html`<news-list lang="sv" src=${feedUrl('news.json')} limit="1"></news-list>`,
    );
    expect(textOf(shadow(el).querySelector('time')!)).to.equal('2 mars 2026');
    expect(titles(el)).to.deep.equal(['Klimatprojekt med Ravenna']);
  });

  it('leaves out items with impossible dates, reporting each by path', async () => {
    const problems: string[] = [];
    const warnings = await captureWarnings(async () => {
      const el = await fixture<NewsList>(
        html`<news-list lang="en" src=${feedUrl('bad-dates.json')}></news-list>`,
      );
      el.addEventListener('feed-error', (event) =>
        problems.push(...event.problems.map(({path, message}) => `${path} ${message}`)),
      );
      await settled(el);
      expect(titles(el)).to.deep.equal(['Besök från Herning']);
      expect(textOf(el)).not.to.contain('March');
      await expect(el).to.be.accessible();
    });
    expect(problems).to.deep.equal([
      'news[1].date must be a real date, YYYY-MM-DD',
      'news[2].date must be a real date, YYYY-MM-DD',
    ]);
    expect(warnings.join('\n')).to.contain('news[1].date');
  });

  it('shows at most `limit` items, and the headings at heading-level', async () => {
    const el = await news(
      html`<news-list src=${feedUrl('news.json')} limit="2" heading-level="4"></news-list>`,
    );
    expect(shadow(el).querySelectorAll('h4')).to.have.length(2);
  });

  it('shows the items of a topic, named in any language', async () => {
    for (const topic of ['Miljö', 'environment']) {
      const el = await news(
        html`<news-list lang="en" topic=${topic} src=${feedUrl('news.json')}></news-list>`,
      );
      expect(titles(el), topic).to.deep.equal([
        'Climate project with Ravenna',
        'Cooperation with Chobe District Council',
      ]);
    }
  });

  describe('filter', () => {
    it('offers the feed’s topics and filters by the chosen one, announcing the count', async () => {
      const el = await news(
        html`<news-list lang="en" filterable src=${feedUrl('news.json')}></news-list>`,
      );
      const select = shadow(el).querySelector('select')!;
      expect(select.labels![0]!.textContent).to.equal('Topic');
      expect([...select.options].map((o) => o.textContent)).to.deep.equal([
        'All topics',
        'Education',
        'Environment',
        'EU projects',
      ]);
      select.focus();
      await sendKeys({press: 'ArrowDown'});
      await sendKeys({press: 'ArrowDown'});
      await el.updateComplete;
      expect(select.value, 'chosen with the keyboard').to.equal('Environment');
      expect(titles(el)).to.deep.equal([
        'Climate project with Ravenna',
        'Cooperation with Chobe District Council',
      ]);
      expect(textOf(shadow(el).querySelector('[part="count"]')!)).to.equal(
        '2 news items',
      );
      await expect(el).to.be.accessible();
    });

    it('starts from the `topic` attribute, shown in the reader’s language', async () => {
      const el = await news(
        html`<news-list lang="en" filterable topic="Miljö" src=${feedUrl('news.json')}></news-list>`,
      );
      expect(shadow(el).querySelector('select')!.value).to.equal('Environment');
      expect(titles(el)).to.have.length(2);
    });
  });

  describe('empty state', () => {
    it('says there are no items and links to all news, with no filter to advise on', async () => {
      // Filterable, but the feed has no news at all: no other topic would show any.
      const el = await news(
        html`<news-list lang="sv" filterable all-href="/nyheter/" src=${feedUrl('no-news.json')}></news-list>`,
      );
      const empty = shadow(el).querySelector('[part="empty"]')!;
      expect(textOf(empty)).to.equal('Kunde inte hitta några nyheter. Läs alla nyheter');
      expect(empty.querySelector('a')!.getAttribute('href')).to.equal(
        new URL('/nyheter/', location.href).href,
      );
      await expect(el).to.be.accessible();
    });

    it('names the topic that has no items, without advice when there is no filter', async () => {
      const el = await news(
        html`<news-list lang="en" topic="Fishing" src=${feedUrl('news.json')}></news-list>`,
      );
      expect(shadow(el).querySelector('select')).to.equal(null);
      expect(textOf(shadow(el).querySelector('[part="empty"]')!)).to.equal(
        'No news items about “Fishing” were found.',
      );
      await expect(el).to.be.accessible();
    });

    it('advises another filter when the filter has topics that show items', async () => {
      const el = await news(
        html`<news-list lang="en" filterable topic="Fishing" src=${feedUrl('news.json')}></news-list>`,
      );
      expect(textOf(shadow(el).querySelector('[part="empty"]')!)).to.equal(
        'No news items about “Fishing” were found. Try another filter.',
      );
      await expect(el).to.be.accessible();
      // The advice can be followed: the filter's first choice shows every item.
      const select = shadow(el).querySelector('select')!;
      select.value = '';
      select.dispatchEvent(new Event('change'));
      await settled(el);
      expect(titles(el)).to.have.length(4);
      expect(shadow(el).querySelector('[part="empty"]')).to.equal(null);
    });

    it('advises another filter in the reader’s language', async () => {
      const el = await news(
        html`<news-list lang="de" filterable topic="Fischerei" src=${feedUrl('news.json')}></news-list>`,
      );
      expect(textOf(shadow(el).querySelector('[part="empty"]')!)).to.equal(
        'Zum Thema „Fischerei“ wurden keine Nachrichten gefunden. Wählen Sie ein anderes Thema.',
      );
    });

    it('never links to all news through an unsafe scheme', async () => {
      const el = await news(
        html`<news-list all-href="javascript:alert(1)" src=${feedUrl('no-news.json')}></news-list>`,
      );
      expect(shadow(el).querySelector('a')).to.equal(null);
    });
  });

  describe('states', () => {
    it('shows the fallback and an error when the feed fails', async () => {
      const el = await news(
        html`<news-list lang="en" src=${faultUrl('status/404')}><p>Nyheter</p></news-list>`,
      );
      expect(textOf(shadow(el).querySelector('[part="status"]')!)).to.equal(
        'The information could not be loaded (error 404).',
      );
      await expect(el).to.be.accessible();
    });

    it('is accessible while loading', async () => {
      const el = await fixture<NewsList>(
        html`<news-list src=${faultUrl('slow/300/news.json')}><p>Nyheter</p></news-list>`,
      );
      expect(shadow(el).querySelector('[data-state="loading"]')).to.exist;
      await expect(el).to.be.accessible();
      await settled(el);
    });
  });
});
