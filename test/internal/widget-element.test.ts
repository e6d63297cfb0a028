// The behaviour every element inherits from WidgetElement, shown through <review-stamp>.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/elements/review-stamp/define.js';
import type {ReviewStamp} from '../../src/elements/review-stamp/review-stamp.js';
import {FeedErrorEvent} from '../../src/base/events.js';
import {FEED_META_NAME} from '../../src/feed/store.js';
import {
  captureWarnings,
  nextFeedError,
  faultUrl,
  feedAnswered,
  feedUrl,
  requestCount,
  settled,
  shadow,
  textOf,
} from '../helpers.js';

const status = (el: Element) => shadow(el).querySelector('[part="status"]');
const isSlotted = (el: Element) => Boolean(shadow(el).querySelector('slot'));

describe('WidgetElement', () => {
  describe('the shared feed', () => {
    it('makes one request for five elements on one page', async () => {
      const url = feedUrl('stamp.json');
      const page = await fixture(
        html`<div>
          <review-stamp src=${url} page="internationellt-arbete"></review-stamp>
          <review-stamp src=${url} page="overdue" lang="sv"></review-stamp>
          <review-stamp src=${url} page="updated-only" lang="da"></review-stamp>
          <review-stamp src=${url} page="internationellt-arbete" lang="fi"></review-stamp>
          <review-stamp
            src=${new URL(url, location.href).href}
            page="overdue"
          ></review-stamp>
        </div>`,
      );
      const stamps = [...page.querySelectorAll('review-stamp')];
      await Promise.all(stamps.map((el) => settled(el)));
      for (const el of stamps)
        expect(shadow(el).querySelector('time'), el.outerHTML).to.exist;
      expect(await requestCount(url)).to.equal(1);
    });

    it('reads the feed URL from <meta name="municipal-widgets:feed">, relative to the page', async () => {
      const meta = document.createElement('meta');
      meta.name = FEED_META_NAME;
      // The test page lives at the server root, so this is relative to `/`.
      meta.content = feedUrl('stamp.json').slice(1);
      document.head.append(meta);
      try {
        const el = await fixture<ReviewStamp>(
          html`<review-stamp page="updated-only"></review-stamp>`,
        );
        await settled(el);
        expect(textOf(el)).to.contain('Last updated: 8 May 2023');
      } finally {
        meta.remove();
      }
    });

    it('reads a feed that starts with a byte order mark', async () => {
      const el = await fixture<ReviewStamp>(
        html`<review-stamp src=${feedUrl('bom.json')} page="p"></review-stamp>`,
      );
      await settled(el);
      expect(textOf(el)).to.contain('31 January 2024');
    });

    it('falls back to the publisher language for feed texts', async () => {
      const el = await fixture<ReviewStamp>(
        html`<review-stamp
          lang="fr"
          src=${feedUrl('localized.json')}
          page="p"
        ></review-stamp>`,
      );
      await settled(el);
      expect(textOf(el), 'unknown languages speak English').to.contain(
        'Last reviewed: 1 March 2024',
      );
    });
  });

  describe('fallback content and states', () => {
    it('shows the fallback content and a loading status until the data renders', async () => {
      const el = await fixture<ReviewStamp>(
        html`<review-stamp src=${faultUrl('slow/400/stamp.json')} page="overdue"
          ><p>Senast granskad: 2017-05-02</p></review-stamp
        >`,
      );
      expect(status(el)!.textContent!.trim()).to.equal('Loading…');
      expect(status(el)!.getAttribute('role')).to.equal('status');
      expect(isSlotted(el)).to.equal(true);
      await expect(el).to.be.accessible();
      await settled(el);
      expect(isSlotted(el), 'fallback hidden once rendered').to.equal(false);
      expect(status(el)).to.equal(null);
    });

    const failures: [string, string, string][] = [
      ['404', 'status/404', 'The information could not be loaded (error 404).'],
      ['500', 'status/500', 'The information could not be loaded (error 500).'],
      [
        'invalid JSON',
        '',
        'The information could not be loaded: the feed is not in the expected format.',
      ],
      [
        'a document that is not a feed',
        '',
        'The information could not be loaded: the feed is not in the expected format.',
      ],
    ];
    for (const [name, fault, text] of failures) {
      it(`shows a clear status and the fallback content on ${name}`, async () => {
        const src = fault
          ? faultUrl(fault)
          : feedUrl(name === 'invalid JSON' ? 'invalid.json' : 'not-a-feed.json');
        let event: FeedErrorEvent | undefined;
        await captureWarnings(async () => {
          const el = await fixture<ReviewStamp>(
            html`<review-stamp
              src=${src}
              page="p"
              @feed-error=${(e: FeedErrorEvent) => (event = e)}
              ><p>Fallback</p></review-stamp
            >`,
          );
          await settled(el);
          expect(textOf(status(el)!)).to.equal(text);
          expect(isSlotted(el)).to.equal(true);
          await expect(el).to.be.accessible();
        });
        expect(event).to.be.instanceOf(FeedErrorEvent);
        expect(event!.failure).to.exist;
        expect(event!.url).to.equal(new URL(src, location.href).href);
      });
    }

    it('gives up after the timeout and recovers on "Try again"', async () => {
      const el = await fixture<ReviewStamp>(
        html`<review-stamp
          timeout="200"
          src=${faultUrl('slow/1000/stamp.json')}
          page="overdue"
        ></review-stamp>`,
      );
      const {failure} = await nextFeedError(el);
      expect(failure).to.deep.equal({kind: 'timeout'});
      await settled(el);
      expect(textOf(status(el)!)).to.equal(
        'The information could not be loaded: the server took too long to answer.',
      );
      await expect(el).to.be.accessible();
      el.timeout = 5000;
      const retry = shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!;
      expect(retry.textContent!.trim()).to.equal('Try again');
      retry.click();
      await el.updateComplete;
      expect(shadow(el).activeElement, 'focus stays in the block').to.equal(status(el));
      await settled(el);
      expect(textOf(el)).to.contain('This page may be out of date');
    });

    it('offers no retry when the feed is missing for good', async () => {
      const el = await fixture<ReviewStamp>(
        html`<review-stamp src=${faultUrl('status/404')} page="p"></review-stamp>`,
      );
      await settled(el);
      expect(shadow(el).querySelector('[part="retry"]')).to.equal(null);
    });

    it('says when no feed is set at all', async () => {
      const el = await fixture<ReviewStamp>(
        html`<review-stamp page="p"><p>Fallback</p></review-stamp>`,
      );
      await settled(el);
      expect(textOf(status(el)!)).to.equal('No feed is set for this block.');
      expect(isSlotted(el)).to.equal(true);
    });

    it('renders the valid entries of a schema-breaking feed and reports the rest by path', async () => {
      const el = await fixture<ReviewStamp>(
        html`<review-stamp page="good"></review-stamp>`,
      );
      const warnings = await captureWarnings(async () => {
        const event = nextFeedError(el);
        el.src = feedUrl('broken.json');
        const {problems, failure} = await event;
        expect(failure).to.equal(undefined);
        expect(
          problems.map((p) => p.path),
          'only its own list and the feed as a whole',
        ).to.deep.equal(['pages[1].updated', 'pages[2].reviewedBy']);
        await settled(el);
      });
      expect(textOf(el)).to.contain('Last updated: 8 May 2023');
      expect(warnings.filter((w) => w.includes('broken.json'))).to.have.length(8);
      await expect(el).to.be.accessible();
    });

    it('ignores a feed that arrives after the element was removed', async () => {
      const el = await fixture<ReviewStamp>(
        html`<review-stamp
          src=${faultUrl('slow/200/stamp.json')}
          page="overdue"
        ></review-stamp>`,
      );
      let events = 0;
      el.addEventListener('feed-error', () => events++);
      el.remove();
      await feedAnswered(el.src);
      expect(events).to.equal(0);
      expect(status(el)!.textContent!.trim()).to.equal('Loading…');
    });

    it('keeps showing its data when moved on the page, with no "Loading…" in between', async () => {
      const url = feedUrl('stamp.json');
      const el = await fixture<ReviewStamp>(
        html`<review-stamp src=${url} page="overdue"></review-stamp>`,
      );
      await settled(el);
      const shown = textOf(shadow(el).querySelector('[part="base"]')!);
      const states: string[] = [];
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      // Every render until the feed has been asked again and answered.
      for (let i = 0; i < 5; i++) {
        await el.updateComplete;
        states.push(status(el)?.textContent?.trim() ?? 'data');
        await new Promise((resolve) => setTimeout(resolve));
      }
      expect(states).to.deep.equal(['data', 'data', 'data', 'data', 'data']);
      expect(textOf(shadow(el).querySelector('[part="base"]')!)).to.equal(shown);
      expect(await requestCount(url)).to.equal(1);
    });
  });

  describe('language', () => {
    const stamp = (lang: string) =>
      fixture<ReviewStamp>(
        html`<div lang=${lang}><review-stamp updated="2023-05-08"></review-stamp></div>`,
      ).then((div) => div.querySelector('review-stamp')!);

    it('maps region subtags and Norwegian onto their language', async () => {
      for (const [lang, text] of [
        ['sv-FI', '8 maj 2023'],
        ['no', '8. mai 2023'],
        ['xx', '8 May 2023'],
      ]) {
        const el = await stamp(lang!);
        await settled(el);
        expect(textOf(el), lang).to.contain(text);
      }
    });

    it('speaks Danish in a Danish block on a Swedish page', async () => {
      const page = await fixture(
        html`<div lang="sv">
          <review-stamp updated="2023-05-08"></review-stamp>
          <section lang="da"><review-stamp updated="2023-05-08"></review-stamp></section>
        </div>`,
      );
      const [swedish, danish] = [...page.querySelectorAll('review-stamp')];
      await settled(swedish!);
      await settled(danish!);
      expect(textOf(swedish!)).to.contain('Senast uppdaterad');
      expect(textOf(danish!)).to.contain('Senest opdateret');
      expect(textOf(danish!)).to.contain('8. maj 2023');
    });

    it('follows a change of <html lang> at run time', async () => {
      const root = document.documentElement;
      const before = root.getAttribute('lang');
      try {
        root.setAttribute('lang', 'en');
        const el = await fixture<ReviewStamp>(
          html`<review-stamp updated="2023-05-08"></review-stamp>`,
        );
        await settled(el);
        expect(textOf(el)).to.contain('Last updated: 8 May 2023');
        root.setAttribute('lang', 'de');
        await waitUntil(
          () => textOf(el).includes('8. Mai 2023'),
          'German after the change',
        );
        expect(textOf(el)).not.to.contain('Last updated');
      } finally {
        if (before) root.setAttribute('lang', before);
        else root.removeAttribute('lang');
      }
    });
  });
});
