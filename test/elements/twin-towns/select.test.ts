import '../../console-guard.js';
import {expect} from '@open-wc/testing';
import {kindAsked, select} from '../../../src/elements/twin-towns/select.js';
import {feed} from '../feed-fixture.js';

const names = (towns: {id: string}[]) => towns.map(({id}) => id);

describe('<twin-towns> select()', () => {
  it('shows the towns of a kind, and reports country codes Intl does not know', () => {
    expect(names(select(feed, {kind: 'Twin', locale: 'en'}).shown)).to.deep.equal([
      'horsens',
    ]);
    const all = select(feed, {kind: '', locale: 'en'});
    expect(names(all.shown)).to.deep.equal(['horsens', 'x']);
    expect(
      all.problems.map(({path, code, section}) => [path, code, section]),
    ).to.deep.equal([['twinTowns[1].country', 'unknown-country', 'twinTowns']]);
    expect(all.description).to.equal(undefined);
  });

  it('reports a kind it does not know', () => {
    const {problems} = select(feed, {kind: 'sister', locale: 'en'});
    expect(problems[0]).to.deep.include({path: '@kind', code: 'invalid-attribute'});
  });

  it('compares `kind` trimmed and lower-cased', () => {
    expect(kindAsked(' Partner ')).to.equal('partner');
    expect(names(select(feed, {kind: ' TWIN ', locale: 'en'}).shown)).to.deep.equal([
      'horsens',
    ]);
  });
});
