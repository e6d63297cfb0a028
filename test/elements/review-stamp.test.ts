import {expect, fixture, html} from '@open-wc/testing';
import '../../src/elements/review-stamp/define.js';
import type {ReviewStamp} from '../../src/elements/review-stamp/review-stamp.js';
import type {FeedErrorEvent} from '../../src/base/events.js';
import {
  feedUrl,
  settled,
  shadow,
  textOf,
  captureWarnings,
  nextFeedError,
} from '../helpers.js';

const part = (el: Element, name: string) => shadow(el).querySelector(`[part~="${name}"]`);

describe('<review-stamp>', () => {
  describe('inline, with no feed', () => {
    it('shows the review date and reviewer in a <time datetime>', async () => {
      const el = await fixture<ReviewStamp>(
        html`<review-stamp
          lang="en"
          reviewed="2017-05-02"
          reviewed-by="Katarina Loodh"
        ></review-stamp>`,
      );
      await settled(el);
      expect(textOf(part(el, 'reviewed')!)).to.equal(
        'Last reviewed: 2 May 2017 by Katarina Loodh',
      );
      const time = part(el, 'reviewed')!.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2017-05-02');
      expect(time.textContent).to.equal('2 May 2017');
      await expect(el).to.be.accessible();
    });

    it('shows the last update alone', async () => {
      const el = await fixture<ReviewStamp>(
        html`<review-stamp updated="2023-05-08"></review-stamp>`,
      );
      await settled(el);
      expect(textOf(el)).to.contain('Last updated: 8 May 2023');
      expect(part(el, 'reviewed')).to.equal(null);
    });

    it('renders a heading at the requested level for the page outline', async () => {
      const el = await fixture<ReviewStamp>(
        html`<review-stamp heading-level="4" updated="2023-05-08"></review-stamp>`,
      );
      await settled(el);
      const heading = shadow(el).querySelector('h4')!;
      expect(heading.textContent).to.equal('Page information');
      el.headingLevel = 9;
      await el.updateComplete;
      expect(shadow(el).querySelector('h2'), 'out-of-range levels fall back to 2').to
        .exist;
    });

    it('announces the next review while it lies ahead', async () => {
      const el = await fixture<ReviewStamp>(
        html`<review-stamp
          reviewed="2025-01-10"
          next-review="2999-01-10"
        ></review-stamp>`,
      );
      await settled(el);
      expect(textOf(part(el, 'next-review')!)).to.equal(
        'Next review due: 10 January 2999',
      );
      expect(part(el, 'outdated')).to.equal(null);
    });

    it('politely notes that the page may be out of date once the review is overdue', async () => {
      const el = await fixture<ReviewStamp>(
        html`<review-stamp
          reviewed="2017-05-02"
          next-review="2018-05-02"
        ></review-stamp>`,
      );
      await settled(el);
      expect(textOf(part(el, 'outdated')!)).to.equal(
        'This page may be out of date: its review was due 2 May 2018.',
      );
      expect(part(el, 'next-review')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('reports a date that does not exist, and shows the others', async () => {
      let event: FeedErrorEvent | undefined;
      const warnings = await captureWarnings(async () => {
        const el = await fixture<ReviewStamp>(
          html`<review-stamp
            updated="2026-02-30"
            reviewed="2020-01-01"
            @feed-error=${(e: FeedErrorEvent) => (event = e)}
          ></review-stamp>`,
        );
        await settled(el);
        expect(textOf(el)).to.contain('Last reviewed: 1 January 2020');
        expect(textOf(el)).to.contain('Some review dates could not be read.');
        expect(textOf(el)).not.to.contain('March');
        await expect(el).to.be.accessible();
      });
      expect(event!.problems).to.deep.equal([
        {
          path: '@updated',
          code: 'invalid-attribute',
          params: {value: '2026-02-30'},
          message: '"2026-02-30" is not a real date, YYYY-MM-DD',
        },
      ]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('@updated');
    });

    it('says so when it has nothing to show, and tells the webmaster why', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<ReviewStamp>(html`<review-stamp></review-stamp>`);
        await settled(el);
        expect(textOf(el)).to.contain(
          'No review information is available for this page.',
        );
        await expect(el).to.be.accessible();
      });
      expect(warnings).to.deep.equal([
        'municipal-widgets: <review-stamp> @page needs a page id, or reviewed/updated dates',
      ]);
    });
  });

  describe('from the feed', () => {
    it("shows the page's review from the feed", async () => {
      const el = await fixture<ReviewStamp>(
        html`<review-stamp
          src=${feedUrl('stamp.json')}
          page="internationellt-arbete"
        ></review-stamp>`,
      );
      await settled(el);
      expect(textOf(part(el, 'reviewed')!)).to.equal(
        'Last reviewed: 2 May 2017 by Katarina Loodh',
      );
      await expect(el).to.be.accessible();
    });

    it('lets inline attributes override the feed', async () => {
      const el = await fixture<ReviewStamp>(
        html`<review-stamp
          src=${feedUrl('stamp.json')}
          page="internationellt-arbete"
          reviewed-by="Livio Benedetto"
        ></review-stamp>`,
      );
      await settled(el);
      expect(textOf(part(el, 'reviewed')!)).to.equal(
        'Last reviewed: 2 May 2017 by Livio Benedetto',
      );
    });

    it('reports an unknown page id and says there is nothing to show', async () => {
      const el = await fixture<ReviewStamp>(
        html`<review-stamp page="no-such-page"></review-stamp>`,
      );
      const warnings = await captureWarnings(async () => {
        const event = nextFeedError(el);
        el.src = feedUrl('stamp.json');
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
        await settled(el);
      });
      expect(textOf(el)).to.contain('No review information is available for this page.');
      expect(warnings.join()).to.contain('no-such-page');
      await expect(el).to.be.accessible();
    });
  });

  describe('languages', () => {
    const expected: Record<string, string> = {
      en: 'Last reviewed: 2 May 2017 by Katarina Loodh',
      sv: 'Senast granskad: 2 maj 2017 av Katarina Loodh',
      da: 'Senest gennemgået: 2. maj 2017 af Katarina Loodh',
      nb: 'Sist gjennomgått: 2. mai 2017 av Katarina Loodh',
      nn: 'Sist gjennomgått: 2. mai 2017 av Katarina Loodh',
      fi: 'Viimeksi tarkistettu: 2. toukokuuta 2017, tarkistaja Katarina Loodh',
      de: 'Zuletzt geprüft am 2. Mai 2017 von Katarina Loodh',
      it: 'Ultima revisione: 2 maggio 2017 a cura di Katarina Loodh',
    };
    for (const [lang, text] of Object.entries(expected)) {
      it(`speaks ${lang}`, async () => {
        const el = await fixture<ReviewStamp>(
          html`<review-stamp
            lang=${lang}
            reviewed="2017-05-02"
            reviewed-by="Katarina Loodh"
            next-review="2018-05-02"
          ></review-stamp>`,
        );
        await settled(el);
        expect(textOf(part(el, 'reviewed')!)).to.equal(text);
        expect(part(el, 'reviewed')!.querySelector('time')!.dateTime).to.equal(
          '2017-05-02',
        );
        const note = textOf(part(el, 'outdated')!);
        if (lang !== 'en')
          expect(note, 'the out-of-date note is translated').not.to.contain(
            'out of date',
          );
        await expect(el).to.be.accessible();
      });
    }
  });
});
