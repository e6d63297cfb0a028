// An app that bundles Lit but does not use @lit/localize, and registers the
// elements under names of its own: it calls the library's
// configureLocalization(), and each element speaks its own language.
import {expect, fixture, html} from '@open-wc/testing';
import {configureLocalization, defineElements, ReviewStamp} from '../../src/api.js';
import {settled, textOf} from '../helpers.js';

configureLocalization();
defineElements({'app-review-stamp': class extends ReviewStamp {}});

describe('an app without @lit/localize that calls configureLocalization()', () => {
  it('gets a language per element', async () => {
    expect(() => configureLocalization(), 'a second call changes nothing').not.to.throw();
    const page = await fixture<HTMLElement>(
      html`<div lang="sv">
        <app-review-stamp reviewed="2026-01-05"></app-review-stamp>
        <section lang="da"><app-review-stamp reviewed="2026-01-05"></app-review-stamp></section>
      </div>`,
    );
    const [swedish, danish] = page.querySelectorAll('app-review-stamp');
    await Promise.all([settled(swedish!), settled(danish!)]);
    expect(textOf(swedish!)).to.equal('Sidinformation Senast granskad: 5 januari 2026');
    expect(textOf(danish!)).to.equal('Sideinformation Senest gennemgået: 5. januar 2026');
    await expect(swedish).to.be.accessible();
  });
});
