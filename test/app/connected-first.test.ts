// An app whose elements from the library connect and render before the app
// configures @lit/localize: they must not configure it (the app's call would
// throw), and once the app has, they follow its locale.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {localized} from '@lit/localize';
import {defineElements, NetworkList, ReviewStamp} from '../../src/api.js';
import {configureApp, problemsDuring} from './app.js';
import {feedUrl, settled, textOf} from '../helpers.js';

@localized()
class AppReviewStamp extends ReviewStamp {}
@localized()
class AppNetworkList extends NetworkList {}
defineElements({
  'app-review-stamp': AppReviewStamp,
  'app-network-list': AppNetworkList,
});

describe('library elements that render before the app configures @lit/localize', () => {
  it('leave @lit/localize to the app, and then follow its locale', async () => {
    const problems = await problemsDuring(async () => {
      const page = await fixture<HTMLElement>(
        html`<div lang="da">
          <app-review-stamp
            reviewed="2026-01-05"
            reviewed-by="Katarina Loodh"
          ></app-review-stamp>
          <app-network-list ids="sern" src=${feedUrl('networks.json')}></app-network-list>
          <app-greeting></app-greeting>
        </div>`,
      );
      const stamp = page.querySelector<AppReviewStamp>('app-review-stamp')!;
      const list = page.querySelector<AppNetworkList>('app-network-list')!;
      await Promise.all([settled(stamp), settled(list)]);
      // Nobody has configured @lit/localize yet: msg() still gives the source texts.
      expect(textOf(stamp)).to.equal(
        'Page information Last reviewed: 5. januar 2026 by Katarina Loodh',
      );
      // Texts in another language load after the elements have connected.
      page.lang = 'sv';
      await waitUntil(() => textOf(stamp).includes('5 januari'), 'no Swedish date');

      const {setLocale, configureError} = configureApp();
      expect(configureError, 'the app configured @lit/localize').to.equal(undefined);
      await setLocale!('sv');
      await Promise.all([stamp.updateComplete, list.updateComplete]);
      expect(textOf(page.querySelector('app-greeting')!)).to.equal('Välkommen');
      expect(textOf(stamp)).to.equal(
        'Sidinformation Senast granskad: 5 januari 2026 av Katarina Loodh',
      );
      expect(textOf(list))
        .to.contain('Grundat2005')
        .and.to.contain('54 medlemmar')
        .and.to.contain('Irma Ganibegovic');
      await expect(stamp).to.be.accessible();
      await expect(list).to.be.accessible();
    });
    expect(problems).to.deep.equal([]);
  });
});
