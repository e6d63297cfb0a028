import '../../console-guard.js';
import {expect} from '@open-wc/testing';
import {select} from '../../../src/elements/review-stamp/select.js';
import {feed} from '../feed-fixture.js';

const props = {page: '', reviewed: '', reviewedBy: '', lastUpdated: '', nextReview: ''};
const TODAY = '2026-01-01';

describe('<review-stamp> select()', () => {
  it('shows the feed page’s dates and reviewer, and describes the page', () => {
    const {shown, problems, description} = select(feed, {...props, page: 'home'}, TODAY);
    expect(shown.dates.reviewed![0]).to.equal('2017-05-02');
    expect(shown.by).to.equal('Katarina Loodh');
    expect(problems).to.deep.equal([]);
    expect(description).to.deep.include({
      kind: 'page',
      reviewedBy: 'Katarina Loodh',
      url: 'https://example.se/',
    });
  });

  it('lets attributes override the feed, and says when the next review is overdue', () => {
    const {shown} = select(
      feed,
      {
        ...props,
        page: 'home',
        reviewedBy: 'Bo',
        nextReview: '2025-12-31',
      },
      TODAY,
    );
    expect([shown.by, shown.overdue]).to.deep.equal(['Bo', true]);
    expect(
      select(undefined, {...props, nextReview: '2026-01-01'}, TODAY).shown.overdue,
    ).to.equal(false);
  });

  it('reports an unknown page, a date that does not exist, and a stamp with nothing to show', () => {
    const codes = (p: Partial<typeof props>, withFeed = true) =>
      select(withFeed ? feed : undefined, {...props, ...p}, TODAY).problems.map(
        ({path, code}) => `${path} ${code}`,
      );
    expect(codes({page: 'nope'})).to.deep.equal(['@page unknown-id']);
    expect(codes({lastUpdated: '2026-02-30'}, false)).to.deep.equal([
      '@updated invalid-attribute',
    ]);
    expect(
      select(undefined, {...props, lastUpdated: '2026-02-30'}, TODAY).shown.unreadable,
    ).to.equal(true);
    expect(codes({}, false)).to.deep.equal(['@page missing-attribute']);
  });
});
