import '../../console-guard.js';
import {expect} from '@open-wc/testing';
import {select} from '../../../src/elements/network-list/select.js';
import {feed} from '../feed-fixture.js';

const props = {ids: '', topic: '', search: '', languages: ['en']};
const ids = (networks: {id: string}[]) => networks.map(({id}) => id);

describe('<network-list> select()', () => {
  it('shows every network by default and describes them with the feed', () => {
    const {shown, problems, description} = select(feed, props);
    expect(ids(shown)).to.deep.equal(['aer', 'cpmr']);
    expect(problems).to.deep.equal([]);
    expect(description).to.deep.equal({kind: 'networks', networks: shown, feed});
  });

  it('keeps the order of ids and reports each unknown one', () => {
    const {shown, problems} = select(feed, {...props, ids: 'cpmr, nope, aer'});
    expect(ids(shown)).to.deep.equal(['cpmr', 'aer']);
    expect(problems.map(({path, code, params}) => [path, code, params])).to.deep.equal([
      ['@ids', 'unknown-id', {id: 'nope'}],
    ]);
  });

  it('filters by topic in any language, and searches what the reader sees', () => {
    expect(ids(select(feed, {...props, topic: 'miljö'}).shown)).to.deep.equal(['aer']);
    expect(ids(select(feed, {...props, search: 'maritime'}).shown)).to.deep.equal([
      'cpmr',
    ]);
    // In Swedish the reader sees "Perifera kustregioner", not the English name.
    expect(
      ids(select(feed, {...props, search: 'maritime', languages: ['sv']}).shown),
    ).to.deep.equal([]);
    expect(
      ids(select(feed, {...props, search: 'kustregioner', languages: ['sv']}).shown),
    ).to.deep.equal(['cpmr']);
  });

  it('says whether another search could find networks', () => {
    expect(select(feed, {...props, search: 'zebra'}).searchable).to.equal(true);
    expect(
      select(feed, {...props, topic: 'none such', search: 'zebra'}).searchable,
    ).to.equal(false);
  });
});
