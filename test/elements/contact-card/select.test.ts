import '../../console-guard.js';
import {expect} from '@open-wc/testing';
import {select} from '../../../src/elements/contact-card/select.js';
import {feed} from '../feed-fixture.js';

describe('<contact-card> select()', () => {
  it('shows the contact with the id and describes it', () => {
    const {shown, problems, description} = select(feed, {
      contact: ' anna ',
      compact: true,
    });
    expect(shown!.name).to.equal('Anna Andersson');
    expect(problems).to.deep.equal([]);
    expect(description).to.deep.equal({kind: 'contact', contact: shown, compact: true});
  });

  it('reports an unknown id by its attribute, and describes nothing', () => {
    const {shown, problems, description} = select(feed, {
      contact: 'nobody',
      compact: false,
    });
    expect(shown).to.equal(undefined);
    expect(description).to.equal(undefined);
    expect(problems).to.deep.equal([
      {
        path: '@contact',
        section: 'contacts',
        code: 'unknown-id',
        params: {id: 'nobody'},
        message: 'names no contact in the feed ("nobody")',
      },
    ]);
  });

  it('asks for an id when it has none', () => {
    expect(
      select(feed, {contact: ' ', compact: false}).problems.map((p) => p.code),
    ).to.deep.equal(['missing-attribute']);
  });
});
