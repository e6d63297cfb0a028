// Every element in every state it has, in every language: one table per
// element (GOV.UK Frontend's pattern of named examples), each row checked by
// axe in test/elements/<tag>/accessibility.test.ts. A new element gets the
// whole matrix by adding its table; the type makes one required for every tag
// of src/tags.ts.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {written} from '../console-guard.js';
import type {TemplateResult} from 'lit';
import '../../src/define.js';
import {allLocales} from '../../src/i18n/generated/locale-codes.js';
import type {Tag} from '../../src/tags.js';
import {KNOWN_PROBLEMS} from '../fixtures/feeds/known-problems.js';
import {captureWarnings, faultUrl, feedAnswered, feedUrl, settled} from '../helpers.js';

const FIXTURE_MISTAKES = Object.values(KNOWN_PROBLEMS).flat();

interface State {
  /** The element in this state, in language `lang`. */
  render: (lang: string) => TemplateResult;
  /**
   * The state is reached once the element has settled (`true`), or, for a
   * block that shows only its fallback, once its feed has been answered
   * (`'answered'`); never for "loading".
   */
  settles?: boolean | 'answered';
  /** The warning this state writes to the console, if it is one of a bad attribute. */
  warns?: RegExp;
}

const slow = (file: string) => faultUrl(`slow/3000/${file}`);
// 404: not retried (a 5xx is, for seconds), so the error state comes at once.
const failing = () => faultUrl('status/404');

const STATES: Record<Tag, Record<string, State>> = {
  'contact-card': {
    ready: {
      settles: true,
      render: (lang) =>
        html`<contact-card lang=${lang} src=${feedUrl('contacts.json')} contact="livio-benedetto"></contact-card>`,
    },
    loading: {
      render: (lang) =>
        html`<contact-card lang=${lang} src=${slow('contacts.json')} contact="livio-benedetto"><p>Livio Benedetto</p></contact-card>`,
    },
    'unknown contact': {
      settles: true,
      warns: /@contact names no contact/,
      render: (lang) =>
        html`<contact-card lang=${lang} src=${feedUrl('contacts.json')} contact="nobody"><p>Kontakt</p></contact-card>`,
    },
    error: {
      settles: true,
      render: (lang) =>
        html`<contact-card lang=${lang} src=${failing()} contact="livio-benedetto"><p>Livio Benedetto</p></contact-card>`,
    },
  },
  'language-links': {
    ready: {
      settles: true,
      render: (lang) =>
        html`<language-links lang=${lang} src=${feedUrl('languages.json')} page="internationale-kommuner"></language-links>`,
    },
    'with a heading': {
      settles: true,
      render: (lang) =>
        html`<language-links lang=${lang} src=${feedUrl('languages.json')} page="internationale-kommuner" with-heading heading-level="3"></language-links>`,
    },
    loading: {
      render: (lang) =>
        html`<language-links lang=${lang} src=${slow('languages.json')} page="internationale-kommuner"><a href="/en/">English</a></language-links>`,
    },
    'unknown page': {
      settles: 'answered',
      warns: /@page/,
      render: (lang) =>
        html`<language-links lang=${lang} src=${feedUrl('languages.json')} page="nope"><a href="/en/">English</a></language-links>`,
    },
    error: {
      settles: true,
      render: (lang) =>
        html`<language-links lang=${lang} src=${failing()} page="internationale-kommuner"><a href="/en/">English</a></language-links>`,
    },
  },
  'network-list': {
    ready: {
      settles: true,
      render: (lang) =>
        html`<network-list lang=${lang} src=${feedUrl('networks.json')}></network-list>`,
    },
    loading: {
      render: (lang) =>
        html`<network-list lang=${lang} src=${slow('networks.json')}><p>AER</p></network-list>`,
    },
    empty: {
      settles: true,
      render: (lang) =>
        html`<network-list lang=${lang} src=${feedUrl('networks.json')} topic="no such topic"></network-list>`,
    },
    error: {
      settles: true,
      render: (lang) =>
        html`<network-list lang=${lang} src=${failing()}><p>AER</p></network-list>`,
    },
  },
  'news-list': {
    ready: {
      settles: true,
      render: (lang) =>
        html`<news-list lang=${lang} src=${feedUrl('news.json')}></news-list>`,
    },
    loading: {
      render: (lang) =>
        html`<news-list lang=${lang} src=${slow('news.json')}><p>Nyheter</p></news-list>`,
    },
    empty: {
      settles: true,
      render: (lang) =>
        html`<news-list lang=${lang} src=${feedUrl('no-news.json')}></news-list>`,
    },
    error: {
      settles: true,
      render: (lang) =>
        html`<news-list lang=${lang} src=${failing()}><p>Nyheter</p></news-list>`,
    },
  },
  'review-stamp': {
    ready: {
      settles: true,
      render: (lang) =>
        html`<review-stamp lang=${lang} src=${feedUrl('stamp.json')} page="internationellt-arbete"></review-stamp>`,
    },
    'out of date': {
      settles: true,
      render: (lang) =>
        html`<review-stamp lang=${lang} src=${feedUrl('stamp.json')} page="overdue"></review-stamp>`,
    },
    'without a feed': {
      settles: true,
      render: (lang) =>
        html`<review-stamp lang=${lang} reviewed="2024-03-01" reviewed-by="Kommunikationsenheten"></review-stamp>`,
    },
    loading: {
      render: (lang) =>
        html`<review-stamp lang=${lang} src=${slow('stamp.json')} page="overdue"></review-stamp>`,
    },
    error: {
      settles: true,
      render: (lang) =>
        html`<review-stamp lang=${lang} src=${failing()} page="overdue"><p>2024</p></review-stamp>`,
    },
  },
  'tip-a-friend': {
    'e-mail form': {
      settles: true,
      render: (lang) => html`<tip-a-friend lang=${lang}></tip-a-friend>`,
    },
    'form that posts': {
      settles: true,
      render: (lang) =>
        html`<tip-a-friend lang=${lang} action="/__tip/ok" page-title="Internationellt arbete"></tip-a-friend>`,
    },
  },
  'twin-towns': {
    ready: {
      settles: true,
      render: (lang) =>
        html`<twin-towns lang=${lang} src=${feedUrl('towns.json')}></twin-towns>`,
    },
    'one kind': {
      settles: true,
      render: (lang) =>
        html`<twin-towns lang=${lang} src=${feedUrl('towns.json')} kind="partner"></twin-towns>`,
    },
    empty: {
      settles: true,
      render: (lang) =>
        html`<twin-towns lang=${lang} src=${feedUrl('stamp.json')}></twin-towns>`,
    },
    loading: {
      render: (lang) =>
        html`<twin-towns lang=${lang} src=${slow('towns.json')}><p>Herning</p></twin-towns>`,
    },
    error: {
      settles: true,
      render: (lang) =>
        html`<twin-towns lang=${lang} src=${failing()}><p>Herning</p></twin-towns>`,
    },
  },
};

/** Checks `tag` in each state of its table, in each language, with axe. */
export function checkEveryState(tag: Tag) {
  describe(`<${tag}> in every state and language`, () => {
    for (const [name, state] of Object.entries(STATES[tag])) {
      for (const lang of allLocales) {
        it(`is accessible: ${name}, ${lang}`, async () => {
          let el!: HTMLElement;
          const warnings = await captureWarnings(async () => {
            el = await fixture<HTMLElement>(state.render(lang));
            if (state.settles === 'answered') {
              await feedAnswered(el.getAttribute('src')!);
              if (state.warns) await waitUntil(() => written(state.warns!), 'no warning');
              await (el as HTMLElement & {updateComplete: Promise<unknown>})
                .updateComplete;
            } else if (state.settles) await settled(el);
          });
          expect(
            warnings.filter(
              (warning) =>
                warning.startsWith(`municipal-widgets: <${tag}>`) &&
                !FIXTURE_MISTAKES.some((mistake) => warning.endsWith(mistake)),
            ),
          ).to.have.length(state.warns ? 1 : 0);
          if (state.warns) expect(warnings.join('\n')).to.match(state.warns);
          if (!state.settles)
            expect(el.shadowRoot!.querySelector('[data-state="loading"]')).to.exist;
          await expect(el).to.be.accessible();
        });
      }
    }
  });
}
