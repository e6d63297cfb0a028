import '../../console-guard.js';
import {expect} from '@open-wc/testing';
import {select} from '../../../src/elements/news-list/select.js';
import {feed} from '../feed-fixture.js';

const props = {topic: '', chosenTopic: undefined, limit: 0, languages: ['en']};
const ids = (items: {id: string}[]) => items.map(({id}) => id);

describe('<news-list> select()', () => {
  it('shows every item newest first and describes what it shows', () => {
    const {shown, problems, description} = select(feed, props);
    expect(ids(shown.list)).to.deep.equal(['new', 'old']);
    expect(problems).to.deep.equal([]);
    expect(description).to.deep.equal({kind: 'news', items: shown.list});
  });

  it('shows the topic attribute in the reader’s language, and the chosen topic over it', () => {
    const byAttribute = select(feed, {...props, topic: 'Miljö'});
    expect(byAttribute.shown.topic).to.equal('Environment');
    expect(ids(byAttribute.shown.list)).to.deep.equal(['old']);
    const chosen = select(feed, {...props, topic: 'Miljö', chosenTopic: ''});
    expect(ids(chosen.shown.list)).to.deep.equal(['new', 'old']);
  });

  it('shows at most `limit` items', () => {
    expect(ids(select(feed, {...props, limit: 1}).shown.list)).to.deep.equal(['new']);
  });

  it('says when the list is empty only because of its topic', () => {
    expect(select(feed, {...props, topic: 'Fishing'}).shown.emptyForTopic).to.equal(true);
    expect(select(feed, {...props, topic: 'Miljö'}).shown.emptyForTopic).to.equal(false);
    expect(select(feed, props).shown.emptyForTopic).to.equal(false);
    const noNews = {...feed, news: []};
    expect(select(noNews, {...props, topic: 'Fishing'}).shown.emptyForTopic).to.equal(
      false,
    );
  });
});
