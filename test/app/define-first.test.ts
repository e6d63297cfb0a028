// An app whose entry imports the library's define.js first, which upgrades the
// elements already in the page's HTML, and then configures @lit/localize in
// its own body: the elements must not have taken @lit/localize by then.
import './html-first.js';
import '../../src/define.js';
import {expect, waitUntil} from '@open-wc/testing';
import {configureApp, problemsDuring} from './app.js';
import {settled, textOf} from '../helpers.js';

const stamp = document.querySelector('review-stamp')!;
const upgradedFirst = stamp.matches(':defined');
const {setLocale, configureError} = configureApp();

describe('an app entry that imports define.js before configuring @lit/localize', () => {
  after(() => stamp.remove());

  it('keeps the app configuration, and the elements speak its locale', async () => {
    expect(upgradedFirst, 'the page element was upgraded before the app configured').to.be
      .true;
    expect(configureError, 'the app configured @lit/localize').to.equal(undefined);
    const problems = await problemsDuring(async () => {
      await setLocale!('sv');
      await settled(stamp);
      // Once its Swedish texts had loaded, the element tried to configure
      // @lit/localize and left it to the app. Not @localized(), it shows the
      // app's locale from its next render on.
      (stamp as HTMLElement & {requestUpdate(): void}).requestUpdate();
      await waitUntil(() => textOf(stamp).startsWith('Sidinformation'));
      expect(textOf(stamp)).to.equal('Sidinformation Senast granskad: 5 januari 2026');
      await expect(stamp).to.be.accessible();
    });
    expect(problems).to.deep.equal([]);
  });
});
