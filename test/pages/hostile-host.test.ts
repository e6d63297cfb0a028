// Our blocks live on other people's pages. Each page here is one kind of host
// that a municipal site really is: a theme styling everything it can reach, a
// <base> pointing at another host, a script owning one of our tags, and an old
// copy of the bundle loaded by another CMS block.
import {expect} from '@open-wc/testing';
import {VERSION} from '../../src/version.js';
import {textOf} from '../helpers.js';
import {allSettled, blocks, closePages, openPage, shadowOf, TAGS} from './frame.js';

/** The version page-server.mjs writes into its copy of the bundle. */
const OTHER_VERSION = '0.0.1-other';
const PINK = 'rgb(255, 192, 203)';

let serial = 0;
const fixture = (name: string) =>
  `/test/pages/fixtures/${name}.html?test=${Date.now()}-${++serial}`;

const all = (el: Element, selector: string) => [
  ...shadowOf(el).querySelectorAll<HTMLElement>(selector),
];
const px = (value: string) => Number.parseFloat(value);

describe('host pages', () => {
  afterEach(closePages);

  describe('with a CMS theme that styles everything (resets, !important, 62.5% rem)', () => {
    it('still shows readable headings, visible links and usable form fields', async () => {
      const page = await openPage(fixture('hostile-css'));
      await allSettled(page);
      const style = (el: Element) => page.window.getComputedStyle(el);
      const elements = blocks(page);
      expect(elements).to.have.length(TAGS.length);
      // The theme is in force: the page's own heading is big and pink.
      const own = page.document.querySelector('h1')!;
      expect([style(own).fontSize, style(own).color]).to.deep.equal(['40px', PINK]);

      const headings = elements.flatMap((el) => all(el, 'h1, h2, h3, h4, h5, h6'));
      expect(headings.length).to.be.above(5);
      for (const heading of headings) {
        const size = px(style(heading).fontSize);
        expect(size, heading.textContent!).to.be.within(12, 40);
        expect(style(heading).color).not.to.equal(PINK);
        expect(style(heading).display).to.equal('block');
      }
      // The blocks take the page's body size (22px), not the theme's 10px rem.
      for (const el of elements) expect(px(style(el).fontSize)).to.equal(22);

      const links = elements.flatMap((el) => all(el, 'a[href]'));
      expect(links.length).to.be.above(3);
      for (const link of links) {
        const box = link.getBoundingClientRect();
        expect(box.width * box.height, link.textContent!).to.be.above(0);
        expect(style(link).color).not.to.equal(PINK);
      }

      const tip = elements.find((el) => el.localName === 'tip-a-friend')!;
      const host = tip.getBoundingClientRect();
      const fields = all(
        tip,
        'input:not([tabindex="-1"]), textarea, button[type="submit"]',
      );
      expect(fields).to.have.length(5);
      for (const field of fields) {
        const box = field.getBoundingClientRect();
        expect(box.width, field.id || field.localName).to.be.above(field.id ? 100 : 40);
        expect(box.height, field.id || field.localName).to.be.above(20);
        expect(
          box.right,
          `${field.id || field.localName} inside its block`,
        ).to.be.at.most(host.right + 1);
      }
      expect(page.records.errors).to.deep.equal([]);
    });
  });

  describe('with <base href="https://elsewhere.example/">', () => {
    it('renders from an absolute feed URL, with locale texts from beside the bundle', async () => {
      const page = await openPage(fixture('base-href'));
      const doc = page.document;
      const absolute = doc.getElementById('absolute')!;
      const news = doc.getElementById('all-news')!;
      await allSettled(page, [absolute, news]);
      expect(textOf(absolute)).to.contain('Assembly of European Regions');
      expect(textOf(news)).to.contain('Kunde inte hitta några nyheter');
      expect(textOf(news)).to.contain('Läs alla nyheter');
      // The test server appends its own script at the end of every page, after <base>.
      const failed = page.records.failedResources.filter(
        (resource) => !resource.includes('/__web-dev-server__'),
      );
      expect(failed).to.deep.equal([]);
      expect(page.records.errors).to.deep.equal([]);
    });

    it('resolves relative URLs against the base, as every link on the page does', async () => {
      const page = await openPage(fixture('base-href'));
      const doc = page.document;
      const relative = doc.getElementById('relative')!;
      const news = doc.getElementById('all-news')!;
      await allSettled(page, [relative, news]);
      const pageLink = doc.querySelector<HTMLAnchorElement>('#page-link')!.href;
      expect(pageLink).to.equal('https://elsewhere.example/nyheter/');
      expect(
        shadowOf(news).querySelector<HTMLAnchorElement>('[part="all-news"]')!.href,
      ).to.equal(pageLink);
      // The feed is asked for where the page's own <a href> would go, and its
      // failure leaves the fallback content showing.
      expect(page.records.requests).to.include(
        'https://elsewhere.example/test/fixtures/feeds/all.json',
      );
      expect(shadowOf(relative).querySelector('[data-state="error"]')).not.to.equal(null);
      expect(relative.textContent!.trim()).to.equal('AER');
      expect(page.records.errors).to.deep.equal([]);
    });
  });

  describe('where another script already defined <news-list>', () => {
    it('renders the other blocks and says so once on the console, without throwing', async () => {
      const page = await openPage(fixture('taken-tag'));
      const ours = blocks(page).filter((el) => el.localName !== 'news-list');
      await allSettled(page, ours);
      for (const el of ours)
        expect(shadowOf(el).querySelector('[part="base"]')).not.to.equal(null);

      const theirs = page.document.querySelector('news-list')!;
      expect(theirs.dataset.owner).to.equal('theme');
      expect(theirs.shadowRoot).to.equal(null);
      expect(page.records.consoleErrors).to.deep.equal([
        `municipal-widgets ${VERSION} was not registered where another script (<news-list>) already defined the same elements; those are used`,
      ]);
      expect(page.records.warnings).to.deep.equal([]);
      expect(page.records.errors).to.deep.equal([]);
    });
  });

  // Two copies of the same version are in test/bundle/bundle.test.ts.
  describe('where an older version of the bundle was loaded first', () => {
    it('keeps the first copy, names both versions once on the console, and renders', async () => {
      const page = await openPage(fixture('other-version'));
      await allSettled(page);
      for (const el of blocks(page))
        expect(shadowOf(el).querySelector('[part="base"]'), el.localName).not.to.equal(
          null,
        );
      expect(textOf(blocks(page)[2]!)).to.contain('Danmark');

      const registered = page.window.customElements.get('review-stamp') as unknown as {
        version: string;
      };
      expect(registered.version).to.equal(OTHER_VERSION);
      expect(page.records.consoleErrors).to.have.length(1);
      expect(page.records.consoleErrors[0]).to.contain(`municipal-widgets ${VERSION} `);
      expect(page.records.consoleErrors[0]).to.contain(`version ${OTHER_VERSION}`);
      expect(page.records.warnings).to.deep.equal([]);
      expect(page.records.errors).to.deep.equal([]);
      expect(page.records.failedResources).to.deep.equal([]);
    });
  });
});
