import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/elements/language-links/define.js';
import type {LanguageLinks} from '../../src/elements/language-links/language-links.js';
import {
  captureWarnings,
  faultUrl,
  feedUrl,
  nextFeedError,
  renderSettled,
  settled,
  shadow,
} from '../helpers.js';

const SEED_003 = {
  da: 'https://www.southdenmark.be/internationale-kommuner',
  en: 'https://www.southdenmark.be/en/international-municipalities',
  de: 'https://www.southdenmark.be/de/internationale-kommunen',
};

const SV_LOADING = 'Laddar…';
const nav = (el: Element) => shadow(el).querySelector('nav');
const links = (el: Element) => [...shadow(el).querySelectorAll('a')];
const current = (el: Element) => shadow(el).querySelector<HTMLElement>('[aria-current]');
/** What each list item says, in order. */
const items = (el: Element) =>
  [...shadow(el).querySelectorAll('li')].map((li) => li.textContent!.trim());

/** Seed 003's page (three versions), settled, in the element language `lang`. */
const seedPage = (lang: string) =>
  renderSettled<LanguageLinks>(
    html`<language-links
      lang=${lang}
      src=${feedUrl('languages.json')}
      page="internationale-kommuner"
    ></language-links>`,
  );

/** Waits until the element has left its loading state for a state with no `base` part (fallback or nothing). */
async function idle(el: LanguageLinks) {
  await waitUntil(
    () => !shadow(el).querySelector('[part="status"]'),
    '<language-links> did not settle',
  );
  await el.updateComplete;
}

describe('<language-links>', () => {
  describe("seed 003's versions", () => {
    it('links the English and German versions from the Danish page, each named in its own language', async () => {
      const el = await seedPage('da');
      expect(
        links(el).map((a) => [a.textContent, a.lang, a.hreflang, a.href]),
      ).to.deep.equal([
        ['English', 'en', 'en', SEED_003.en],
        ['Deutsch', 'de', 'de', SEED_003.de],
      ]);
      expect(items(el)).to.deep.equal(['Dansk', 'English', 'Deutsch']);
      await expect(el).to.be.accessible();
    });

    it('shows its own version as current, not as a link to itself', async () => {
      const el = await seedPage('da');
      const self = current(el)!;
      expect(self.textContent).to.equal('Dansk');
      expect(self.getAttribute('aria-current')).to.equal('page');
      expect(self.lang).to.equal('da');
      expect(self.closest('a')).to.equal(null);
      expect(self.querySelector('a')).to.equal(null);
      expect(links(el).map((a) => a.href)).not.to.include(SEED_003.da);
    });

    it('is a navigation landmark with a name of its own, in the reader’s language', async () => {
      const el = await seedPage('en');
      expect(nav(el)!.getAttribute('aria-label')).to.equal(
        'This page in other languages',
      );
      expect([...shadow(el).querySelectorAll('li')]).to.have.length(3);
      expect(current(el)!.textContent).to.equal('English');
      expect(links(el).map((a) => a.textContent)).to.deep.equal(['Dansk', 'Deutsch']);
      await expect(el).to.be.accessible();
    });

    it("takes its language from an ancestor's lang, and follows it when it changes", async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="de-DE">
          <language-links
            src=${feedUrl('languages.json')}
            page="internationale-kommuner"
          ></language-links>
        </div>`,
      );
      const el = wrapper.querySelector('language-links')!;
      await settled(el);
      expect(current(el)!.textContent).to.equal('Deutsch');
      expect(nav(el)!.getAttribute('aria-label')).to.equal(
        'Diese Seite in anderen Sprachen',
      );
      await expect(el).to.be.accessible();
      wrapper.lang = 'en-GB';
      await waitUntil(
        () => current(el)?.textContent === 'English',
        'did not follow lang',
      );
      expect(links(el).map((a) => a.textContent)).to.deep.equal(['Dansk', 'Deutsch']);
    });

    it('marks none current when the page has no version in its language', async () => {
      const el = await seedPage('sv');
      expect(current(el)).to.equal(null);
      expect(links(el).map((a) => a.textContent)).to.deep.equal([
        'Dansk',
        'English',
        'Deutsch',
      ]);
      expect(nav(el)!.getAttribute('aria-label')).to.equal('Sidan på andra språk');
      await expect(el).to.be.accessible();
    });
  });

  describe('Nordic languages', () => {
    it('names Swedish, Finnish, Bokmål, Nynorsk and Danish in themselves, Nynorsk current on an nn page', async () => {
      const el = await fixture<LanguageLinks>(
        html`<language-links
          lang="nn-NO"
          src=${feedUrl('languages.json')}
          page="nordic"
        ></language-links>`,
      );
      await settled(el);
      expect(items(el)).to.deep.equal([
        'Svenska',
        'Suomi',
        'Norsk bokmål',
        'Norsk nynorsk',
        'Dansk',
      ]);
      expect(current(el)!.textContent).to.equal('Norsk nynorsk');
      expect(links(el).map((a) => a.hreflang)).to.deep.equal(['sv', 'fi', 'nb', 'da']);
      await expect(el).to.be.accessible();
    });

    for (const [lang, label] of [
      ['sv', 'Sidan på andra språk'],
      ['da', 'Siden på andre sprog'],
      ['nb', 'Siden på andre språk'],
      ['fi', 'Tämä sivu muilla kielillä'],
      ['de', 'Diese Seite in anderen Sprachen'],
      ['it', 'Questa pagina in altre lingue'],
    ]) {
      it(`names its landmark in ${lang}`, async () => {
        const el = await fixture<LanguageLinks>(
          html`<language-links
            lang=${lang}
            src=${feedUrl('languages.json')}
            page="nordic"
          ></language-links>`,
        );
        await settled(el);
        expect(nav(el)!.getAttribute('aria-label')).to.equal(label);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('heading', () => {
    it('has no heading unless asked: language links sit above the page’s own', async () => {
      const el = await fixture<LanguageLinks>(
        html`<language-links
          src=${feedUrl('languages.json')}
          page="internationale-kommuner"
        ></language-links>`,
      );
      await settled(el);
      expect(shadow(el).querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
    });

    it('with with-heading, a visually hidden heading at heading-level names the landmark', async () => {
      const el = await fixture<LanguageLinks>(
        html`<language-links
          with-heading
          heading-level="4"
          lang="da"
          src=${feedUrl('languages.json')}
          page="internationale-kommuner"
        ></language-links>`,
      );
      await settled(el);
      const heading = shadow(el).querySelector('h4')!;
      expect(heading.textContent).to.equal('Siden på andre sprog');
      expect(heading.getAttribute('part')).to.equal('heading');
      expect(heading.getBoundingClientRect().width).to.be.at.most(1);
      const label = nav(el)!.getAttribute('aria-labelledby')!;
      expect(shadow(el).getElementById(label)!.textContent).to.equal(
        'Siden på andre sprog',
      );
      expect(nav(el)!.hasAttribute('aria-label')).to.equal(false);
      await expect(el).to.be.accessible();
      el.headingLevel = 9;
      await el.updateComplete;
      expect(shadow(el).querySelector('h2'), 'out-of-range levels fall back to 2').to
        .exist;
    });
  });

  describe('when there is nothing to switch to', () => {
    it('renders nothing for a page whose only version is this one', async () => {
      const el = await fixture<LanguageLinks>(
        html`<language-links lang="da" src=${feedUrl('languages.json')} page="danish-only"
          ><a href="https://www.southdenmark.be/en">English</a></language-links
        >`,
      );
      await idle(el);
      expect(nav(el)).to.equal(null);
      expect(shadow(el).querySelector('slot')).to.equal(null);
      expect(el.getBoundingClientRect().height).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('keeps the fallback for a page the feed lists no languages for, and reports nothing', async () => {
      let reported = false;
      const el = await fixture<LanguageLinks>(
        html`<language-links
          src=${feedUrl('languages.json')}
          page="untranslated"
          @feed-error=${() => (reported = true)}
          ><a href="https://www.southdenmark.be/en">English</a></language-links
        >`,
      );
      await idle(el);
      expect(nav(el)).to.equal(null);
      const slot = shadow(el).querySelector('slot')!;
      expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal([
        'English',
      ]);
      expect(reported).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  describe('problems', () => {
    it('reports an unknown page id, and keeps the fallback', async () => {
      const el = await fixture<LanguageLinks>(
        html`<language-links page="no-such-page"
          ><a href="https://www.southdenmark.be/en">English</a></language-links
        >`,
      );
      const warnings = await captureWarnings(async () => {
        const event = nextFeedError(el);
        el.src = feedUrl('languages.json');
        const {problems} = await event;
        expect(problems).to.deep.equal([
          {
            path: '@page',
            section: 'pages',
            code: 'unknown-id',
            params: {id: 'no-such-page'},
            message: 'names no page in the feed ("no-such-page")',
          },
        ]);
        await idle(el);
      });
      expect(warnings).to.deep.equal([
        'municipal-widgets: <language-links> @page names no page in the feed ("no-such-page")',
      ]);
      expect(nav(el)).to.equal(null);
      expect(shadow(el).querySelector('slot')!.assignedElements()).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('drops a version with an unsafe URL, reports its path, and links the others', async () => {
      const problems: string[] = [];
      const warnings = await captureWarnings(async () => {
        const el = await fixture<LanguageLinks>(
          html`<language-links
            lang="da"
            src=${feedUrl('languages-unsafe.json')}
            page="unsafe"
            @feed-error=${(e: Event & {problems: {path: string}[]}) =>
              problems.push(...e.problems.map(({path}) => path))}
          ></language-links>`,
        );
        await settled(el);
        expect(
          links(el).map((a) => [a.textContent, a.getAttribute('href')]),
        ).to.deep.equal([['Deutsch', 'https://www.southdenmark.be/de/presse']]);
        expect(shadow(el).innerHTML).not.to.contain('javascript:');
        expect(items(el)).to.deep.equal(['Dansk', 'Deutsch']);
        await expect(el).to.be.accessible();
      });
      expect(problems).to.deep.equal(['pages[1].languages.en']);
      expect(warnings.join('\n')).to.contain('pages[1].languages.en');
    });

    it('shows a localised status and the fallback while loading', async () => {
      const el = await fixture<LanguageLinks>(
        html`<language-links
          lang="sv"
          src=${faultUrl('slow/400/languages.json')}
          page="internationale-kommuner"
          ><a href="https://www.southdenmark.be/en">English</a></language-links
        >`,
      );
      await waitUntil(
        () => shadow(el).querySelector('[data-state="loading"]'),
        'no status',
      );
      expect(shadow(el).querySelector('[part="status"]')!.textContent!.trim()).to.equal(
        SV_LOADING,
      );
      expect(shadow(el).querySelector('slot')!.assignedElements()).to.have.length(1);
      await expect(el).to.be.accessible();
      await settled(el);
      expect(links(el)).to.have.length(3);
    });

    it('says the feed failed, offers to try again, and keeps the fallback', async () => {
      const el = await fixture<LanguageLinks>(
        html`<language-links lang="sv" src=${faultUrl('status/503')} page="p"
          ><a href="https://www.southdenmark.be/en">English</a></language-links
        >`,
      );
      await captureWarnings(() => settled(el));
      const status = shadow(el).querySelector('[part="status"]')!;
      expect(status.getAttribute('data-state')).to.equal('error');
      expect(status.textContent).to.contain('(fel 503)');
      expect(
        shadow(el).querySelector('[part="retry"]')!.textContent!.trim(),
      ).to.not.equal('Try again');
      expect(shadow(el).querySelector('slot')!.assignedElements()).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });
});
