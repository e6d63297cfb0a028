import '../../console-guard.js';
import {expect} from '@open-wc/testing';
import {
  autonym,
  currentTag,
  select,
} from '../../../src/elements/language-links/select.js';
import {validateFeed} from '../../../src/feed/validate.js';
import type {ValidFeed} from '../../../src/feed/types.js';

const SEED_003 = {
  da: 'https://www.southdenmark.be/internationale-kommuner',
  en: 'https://www.southdenmark.be/en/international-municipalities',
  de: 'https://www.southdenmark.be/de/internationale-kommunen',
};

const feed: ValidFeed = validateFeed({
  version: 1,
  publisher: {name: 'Det Syddanske EU-Kontor', language: 'da', country: 'DK'},
  pages: [
    {id: 'seed', languages: SEED_003},
    {id: 'none'},
    {id: 'only-da', languages: {da: SEED_003.da}},
    {
      id: 'odd',
      languages: {
        'EN-gb': 'https://a.eu/en',
        'en-GB': 'https://a.eu/gb',
        'en-a': 'https://a.eu/x',
      },
    },
  ],
}).feed!;

describe('<language-links> select()', () => {
  it("lists seed 003's versions in the feed's order, the element's own language current", () => {
    const {shown, problems} = select(feed, {page: 'seed'}, 'da', 'da');
    expect(problems).to.deep.equal([]);
    expect(shown.fallback).to.equal(false);
    expect(shown.versions).to.deep.equal([
      {tag: 'da', name: 'Dansk', nameLang: 'da', href: SEED_003.da, current: true},
      {tag: 'en', name: 'English', nameLang: 'en', href: SEED_003.en, current: false},
      {tag: 'de', name: 'Deutsch', nameLang: 'de', href: SEED_003.de, current: false},
    ]);
  });

  it('keeps the order whichever version is current', () => {
    const tags = (language: string) =>
      select(feed, {page: 'seed'}, language, 'en-GB').shown.versions.map(
        ({tag, current}) => `${tag}${current ? '*' : ''}`,
      );
    expect(tags('de-AT')).to.deep.equal(['da', 'en', 'de*']);
    expect(tags('sv'), 'no Swedish version: none is current').to.deep.equal([
      'da',
      'en',
      'de',
    ]);
  });

  it('names each language in itself, capitalised by its own rules', () => {
    const names = (tags: string[]) => tags.map((tag) => autonym(tag, 'sv').join(' '));
    expect(names(['sv', 'fi', 'nb', 'it', 'tr'])).to.deep.equal([
      'Svenska sv',
      'Suomi fi',
      'Norsk bokmål nb',
      'Italiano it',
      'Türkçe tr',
    ]);
  });

  it('names Nynorsk, Sami and Icelandic in themselves where Intl cannot (Chromium)', () => {
    expect(
      ['nn', 'se', 'smj', 'is', 'fit'].map((tag) => autonym(tag, 'sv')[0]),
    ).to.deep.equal([
      'Norsk nynorsk',
      'Davvisámegiella',
      'Julevsámegiella',
      'Íslenska',
      'Meänkieli',
    ]);
  });

  it("falls back to the name in the element's language, marked as such, else the tag", () => {
    // Pashto: Firefox's Intl names it in itself, Chromium's only in other languages.
    expect(autonym('ps', 'sv')).to.deep.equal(
      Intl.DisplayNames.supportedLocalesOf(['ps']).length
        ? ['پښتو', 'ps']
        : ['Afghanska', 'sv'],
    );
    expect(
      autonym('qaa', 'sv'),
      'a tag Intl cannot name is shown as written',
    ).to.deep.equal(['qaa', 'qaa']);
  });

  it('finds the current version by the element’s language, as far as it goes', () => {
    expect(currentTag(['da', 'en', 'de'], 'de-CH')).to.equal('de');
    expect(currentTag(['da', 'en-GB'], 'en')).to.equal('en-GB');
    expect(
      currentTag(['en-GB', 'en-US'], 'en'),
      'two English versions: neither',
    ).to.equal(undefined);
    expect(currentTag(['en-GB', 'en-US'], 'en-us')).to.equal('en-US');
    expect(currentTag(['nb', 'nn'], 'nn-NO'), 'nn is its own language').to.equal('nn');
    expect(currentTag(['nb', 'nn'], 'no')).to.equal('nb');
    expect(currentTag(['da'], 'sv')).to.equal(undefined);
  });

  it('shows nothing when the only version is the current one', () => {
    expect(select(feed, {page: 'only-da'}, 'da', 'da').shown).to.deep.equal({
      versions: [],
      fallback: false,
    });
    expect(
      select(feed, {page: 'only-da'}, 'en', 'en-GB').shown.versions.map(({tag}) => tag),
      'a Danish version is still worth a link from an English block',
    ).to.deep.equal(['da']);
  });

  it('keeps the fallback for a page without languages, reporting nothing', () => {
    expect(select(feed, {page: 'none'}, 'da', 'da')).to.deep.equal({
      shown: {versions: [], fallback: true},
      problems: [],
    });
  });

  it('reports an unknown or missing page id, and keeps the fallback', () => {
    const unknown = select(feed, {page: 'nope'}, 'da', 'da');
    expect(unknown.shown.fallback).to.equal(true);
    expect(unknown.problems).to.deep.equal([
      {
        path: '@page',
        section: 'pages',
        code: 'unknown-id',
        params: {id: 'nope'},
        message: 'names no page in the feed ("nope")',
      },
    ]);
    expect(
      select(feed, {page: ' '}, 'da', 'da').problems.map(({code}) => code),
    ).to.deep.equal(['missing-attribute']);
  });

  it('reports a tag Intl refuses and a language listed twice, with their paths', () => {
    const {shown, problems} = select(feed, {page: 'odd'}, 'da', 'da');
    expect(shown.versions.map(({tag, href}) => [tag, href])).to.deep.equal([
      ['en-GB', 'https://a.eu/en'],
    ]);
    expect(problems.map(({path, message}) => [path, message])).to.deep.equal([
      ['pages[3].languages["en-GB"]', 'repeats the language "en-GB"'],
      ['pages[3].languages["en-a"]', 'has an invalid language tag "en-a"'],
    ]);
  });
});
