import '../console-guard.js';
import {expect} from '@open-wc/testing';
import {validateFeed} from '../../src/feed/validate.js';

const publisher = {name: 'Trollhättans Stad', language: 'sv', country: 'SE'};

describe('validateFeed', () => {
  it('keeps a valid feed whole and reports nothing', () => {
    const {feed, problems} = validateFeed({
      version: 1,
      publisher,
      pages: [{id: 'p', reviewed: '2017-05-02', reviewedBy: 'Katarina Loodh'}],
      networks: [
        {
          id: 'sern',
          name: {sv: 'SERN', en: 'SERN'},
          members: 54,
          countries: ['SE', 'IT'],
        },
      ],
    });
    expect(problems).to.deep.equal([]);
    expect(feed!.pages).to.have.length(1);
    expect(feed!.networks[0]!.members).to.equal(54);
    expect(feed!.contacts).to.deep.equal([]);
    expect(feed!.publisher).to.deep.equal(publisher);
  });

  it('drops invalid entries, keeps valid ones and names each problem by JSON path', async () => {
    const data = await (await fetch('/test/fixtures/feeds/broken.json')).json();
    const {feed, problems} = validateFeed(data);
    expect(feed!.contacts.map((c) => c.id)).to.deep.equal(['ok']);
    expect(feed!.networks.map((n) => n.name)).to.deep.equal([
      'Assembly of European Regions',
    ]);
    expect(feed!.pages.map((p) => p.id)).to.deep.equal(['good']);
    expect(feed!.twinTowns).to.deep.equal([]);
    expect(feed!.news).to.deep.equal([]);
    expect(problems.map((p) => p.path)).to.deep.equal([
      'contacts[1].name',
      'contacts[2].phones[0].number',
      'networks[1].homepage',
      'networks[2].id',
      'twinTowns',
      'pages[1].updated',
      'pages[2].reviewedBy',
      'news[0].title',
    ]);
    expect(problems.find((p) => p.path === 'networks[2].id')!.message).to.contain(
      '"aer"',
    );
    expect(problems.find((p) => p.path === 'pages[1].updated')!.message).to.contain(
      'real date',
    );
  });

  it('refuses documents that are not a version 1 feed', () => {
    expect(validateFeed([{version: 1}]).feed).to.equal(undefined);
    expect(validateFeed(null).problems[0]!.path).to.equal('');
    expect(validateFeed({version: 2, publisher}).problems).to.deep.equal([
      {path: 'version', code: 'version', params: {allowedValue: 1}, message: 'must be 1'},
    ]);
  });

  it('keeps the entries when only the publisher block is broken', () => {
    const {feed, problems} = validateFeed({
      version: 1,
      publisher: {name: 'X', language: 'sv'},
      pages: [{id: 'p'}],
    });
    expect(feed!.publisher).to.equal(undefined);
    expect(feed!.pages).to.have.length(1);
    expect(problems[0]!.path).to.equal('publisher.country');
  });

  it('quotes keys that are not identifiers in paths', () => {
    const {problems} = validateFeed({
      version: 1,
      publisher,
      news: [{id: 'n', date: '2025-01-01', title: {sv: ' '}}],
    });
    expect(problems[0]!.path).to.equal('news[0].title');
  });

  it('says what each problem is, and in which list, for code to switch on', () => {
    const {problems} = validateFeed({
      version: 1,
      publisher: {name: 'X', language: 'sv'},
      contacts: [{id: 'c', name: 'C', phones: [{kind: 'work', number: '0520'}]}],
      networks: [
        {id: 'n', name: 'N', members: -1},
        {id: 'm', name: 'M', contacts: ['x']},
      ],
      twinTowns: {},
      news: [{id: 'a', title: {'not a tag': 'x'}, date: '2025-01-01'}],
    });
    expect(
      problems.map(({path, section, code, params}) => [path, section, code, params]),
    ).to.deep.equal([
      ['publisher.country', undefined, 'required', {property: 'country'}],
      [
        'contacts[0].phones[0].number',
        'contacts',
        'pattern',
        {pattern: '^\\+[1-9][0-9 ]{4,20}$', property: 'number'},
      ],
      ['networks[0].members', 'networks', 'minimum', {limit: 0, property: 'members'}],
      ['twinTowns', 'twinTowns', 'not-list', {}],
      ['news[0].title', 'news', 'l10n', {property: 'title'}],
      ['networks[1].contacts[0]', 'networks', 'unknown-contact', {id: 'x'}],
    ]);
  });
});

describe('validateFeed: a page’s language versions', () => {
  const page = (languages: unknown) =>
    validateFeed({
      version: 1,
      publisher,
      pages: [{id: 'p', updated: '2024-03-05', languages}],
    });

  it('keeps each version, in the feed’s order', () => {
    const {feed, problems} = page({
      da: 'https://a.dk/',
      en: 'https://a.dk/en',
      de: 'https://a.dk/de',
    });
    expect(problems).to.deep.equal([]);
    expect(Object.keys(feed!.pages[0]!.languages!)).to.deep.equal(['da', 'en', 'de']);
  });

  it('drops a version with an unsafe URL, with its path, and keeps the page and the others', () => {
    const {feed, problems} = page({
      da: 'https://a.dk/',
      de: 'javascript:alert(1)',
      'nb-NO': 'data:text/html,x',
      en: 'https://a.dk/en',
    });
    expect(problems.map(({path, section, code}) => [path, section, code])).to.deep.equal([
      ['pages[0].languages.de', 'pages', 'format'],
      ['pages[0].languages["nb-NO"]', 'pages', 'format'],
    ]);
    expect(problems[0]!.message).to.equal('must be an absolute http(s) URL');
    expect(feed!.pages[0]).to.deep.equal({
      id: 'p',
      updated: '2024-03-05',
      languages: {da: 'https://a.dk/', en: 'https://a.dk/en'},
    });
  });

  it('drops a version whose key is not a language tag', () => {
    const {feed, problems} = page({Dansk: 'https://a.dk/', en: 'https://a.dk/en'});
    expect(problems.map(({path, code, params}) => [path, code, params])).to.deep.equal([
      [
        'pages[0].languages',
        'language-tag',
        {propertyName: 'Dansk', property: 'languages'},
      ],
    ]);
    expect(feed!.pages[0]!.languages).to.deep.equal({en: 'https://a.dk/en'});
  });

  it('drops languages that is not an object, and keeps the page', () => {
    const {feed, problems} = page(['https://a.dk/']);
    expect(problems.map(({path, code}) => [path, code])).to.deep.equal([
      ['pages[0].languages', 'type'],
    ]);
    expect(feed!.pages[0]).to.deep.equal({id: 'p', updated: '2024-03-05'});
  });

  it('treats __proto__ as a bad language tag, not a prototype', () => {
    const {feed, problems} = validateFeed(
      JSON.parse(
        `{"version":1,"publisher":${JSON.stringify(publisher)},"pages":[{"id":"p","languages":{"__proto__":{"x":1},"en":"https://a.dk/en"}}]}`,
      ),
    );
    expect(problems.map(({code}) => code)).to.deep.equal(['language-tag']);
    const languages = feed!.pages[0]!.languages!;
    expect(Object.keys(languages)).to.deep.equal(['en']);
    expect(Object.getPrototypeOf(languages)).to.equal(Object.prototype);
  });
});
