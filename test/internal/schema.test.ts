// The schema.org mapping alone, without rendering (structured-data.test.ts
// checks what each element puts into the page).
import '../console-guard.js';
import {expect} from '@open-wc/testing';
import {schemaOf, serialize} from '../../src/internal/schema.js';
import {localize} from '../../src/i18n/l10n.js';
import {feed} from '../elements/feed-fixture.js';

const text = (value: Parameters<typeof localize>[0]) => localize(value, ['en']);

describe('schemaOf', () => {
  it('describes a contact as a Person, and a unit as an Organization without an address when compact', () => {
    const [anna, unit] = feed.contacts;
    expect(
      schemaOf({kind: 'contact', contact: anna!, compact: false}, text),
    ).to.deep.include({
      '@type': 'Person',
      name: 'Anna Andersson',
      jobTitle: 'Officer',
    });
    const org = schemaOf(
      {kind: 'contact', contact: {...unit!, address: {city: 'Bryssel'}}, compact: true},
      text,
    )!;
    expect([org['@type'], org.address]).to.deep.equal(['Organization', undefined]);
  });

  it('describes the networks as the publisher’s memberships, and nothing for none', () => {
    const node = schemaOf({kind: 'networks', networks: feed.networks, feed}, text)!;
    expect(node.name).to.equal('City of Trollhättan');
    expect((node.memberOf as {name: string}[]).map(({name}) => name)).to.deep.equal([
      'Assembly of European Regions',
      'Peripheral Maritime Regions',
    ]);
    expect(schemaOf({kind: 'networks', networks: [], feed}, text)).to.equal(undefined);
  });

  it('describes a page only when it shows a date, and names the reviewer beside a review date', () => {
    const date = new Date();
    expect(
      schemaOf({kind: 'page', dates: {}, reviewedBy: 'Bo', url: undefined}, text),
    ).to.equal(undefined);
    expect(
      schemaOf(
        {
          kind: 'page',
          dates: {updated: ['2024-01-31', date]},
          reviewedBy: 'Bo Ek',
          url: undefined,
        },
        text,
      ),
    ).to.deep.equal({
      '@type': 'WebPage',
      url: undefined,
      lastReviewed: undefined,
      reviewedBy: undefined,
      dateModified: '2024-01-31',
    });
  });

  it('lists news items in order, and serialises without empty values', () => {
    const node = schemaOf({kind: 'news', items: feed.news}, text)!;
    const json = JSON.parse(serialize(node));
    expect(json.numberOfItems).to.equal(2);
    expect(json.itemListElement[0].item).to.deep.equal({
      '@type': 'NewsArticle',
      headline: 'Old',
      datePublished: '2024-01-01',
    });
  });
});
