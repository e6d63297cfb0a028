import '../../console-guard.js';
import {expect} from '@open-wc/testing';
import {select} from '../../../src/elements/tip-a-friend/select.js';

describe('<tip-a-friend> select()', () => {
  it('posts to an http(s) action, resolved against the page', () => {
    expect(select({action: ' /tips '}).shown).to.equal(
      new URL('/tips', document.baseURI).href,
    );
    expect(select({action: ''})).to.deep.equal({shown: undefined, problems: []});
  });

  it('reports any other action and sends no tip there', () => {
    const {shown, problems} = select({action: 'javascript:alert(1)'});
    expect(shown).to.equal(undefined);
    expect(problems.map(({path, code}) => [path, code])).to.deep.equal([
      ['@action', 'invalid-attribute'],
    ]);
  });
});
