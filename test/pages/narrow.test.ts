// The pages we ship to be looked at — the demo, its prerendered twin and the
// feed editor — fit a 320 px phone (WCAG 1.4.10 Reflow): nothing makes them
// scroll sideways once every block has rendered.
import '../console-guard.js';
import {expect} from '@open-wc/testing';
import {allSettled, closePages, openPage} from './frame.js';

describe('at 320 px', () => {
  afterEach(closePages);

  for (const path of [
    '/demo/index.html',
    '/demo/prerendered.html',
    '/dist/editor.html',
  ]) {
    it(`${path} does not scroll sideways`, async () => {
      const page = await openPage(`${path}?test=${Date.now()}`, 320);
      await allSettled(page);
      const {scrollWidth, clientWidth} = page.document.documentElement;
      // The viewport less any scrollbar (Firefox draws one).
      expect(clientWidth).to.be.within(300, 320);
      expect(scrollWidth, 'page width at a 320 px viewport').to.equal(clientWidth);
    });
  }
});
