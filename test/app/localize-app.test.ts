// An app that configures @lit/localize itself, and only then loads the
// un-bundled modules and registers the elements under names of its own: its
// configuration stays, and the elements speak its locale with the library's
// texts, which the app merged into its own.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {localized} from '@lit/localize';
import {configureApp, problemsDuring} from './app.js';
import {settled, textOf} from '../helpers.js';

const {setLocale, configureError} = configureApp();

describe('an app that configured @lit/localize before loading the library', () => {
  it('keeps its configuration, and the elements speak its locale', async () => {
    expect(configureError, 'the app configured @lit/localize').to.equal(undefined);
    const problems = await problemsDuring(async () => {
      const api = await import('../../src/api.js');
      @localized()
      class AppReviewStamp extends api.ReviewStamp {}
      api.defineElements({'app-review-stamp': AppReviewStamp});
      await setLocale!('sv');

      const page = await fixture<HTMLElement>(
        html`<div lang="sv">
          <app-greeting></app-greeting>
          <app-review-stamp
            reviewed="2026-01-05"
            reviewed-by="Katarina Loodh"
          ></app-review-stamp>
        </div>`,
      );
      const greeting = page.querySelector('app-greeting')!;
      const stamp = page.querySelector<HTMLElement>('app-review-stamp')!;
      await settled(stamp);
      expect(textOf(greeting)).to.equal('Välkommen');
      expect(textOf(stamp)).to.equal(
        'Sidinformation Senast granskad: 5 januari 2026 av Katarina Loodh',
      );
      await expect(stamp).to.be.accessible();

      // The app switches language: its element and ours follow.
      await setLocale!('da');
      page.lang = 'da';
      await waitUntil(
        () => textOf(stamp).includes('januar '),
        'the stamp did not turn Danish',
      );
      expect(textOf(greeting)).to.equal('Velkommen');
      expect(textOf(stamp)).to.equal(
        'Sideinformation Senest gennemgået: 5. januar 2026 af Katarina Loodh',
      );

      // Our configureLocalization() leaves the app's msg() in place: the
      // texts stay in the app's locale, whatever the element's own language.
      api.configureLocalization();
      stamp.lang = 'sv';
      await waitUntil(
        () => textOf(stamp).includes('januari'),
        'the date did not turn Swedish',
      );
      expect(textOf(stamp)).to.equal(
        'Sideinformation Senest gennemgået: 5 januari 2026 af Katarina Loodh',
      );
    });
    expect(problems).to.deep.equal([]);
  });
});
