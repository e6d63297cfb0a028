// Headings below an element's own stay in its outline, at most <h6>, and only
// the headings an element documents as `heading` match ::part(heading).
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import {captureWarnings, feedUrl, settled, shadow} from '../helpers.js';

const tags = (el: Element, selector: string) =>
  [...shadow(el).querySelectorAll(selector)].map((h) => h.localName);

describe('headings below an element’s own', () => {
  it('keep <tip-a-friend heading-level="6">’s error summary at <h6>, outside ::part(heading)', async () => {
    const el = await fixture(
      html`<tip-a-friend lang="en" heading-level="6"></tip-a-friend>`,
    );
    await settled(el);
    shadow(el).querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await waitUntil(
      () => shadow(el).querySelector('.summary-heading'),
      'no error summary',
    );
    expect(tags(el, '.summary-heading')).to.deep.equal(['h6']);
    expect(tags(el, '[part="heading"]')).to.deep.equal(['h6']);
    expect(shadow(el).querySelector('.summary-heading')!.getAttribute('part')).to.equal(
      '',
    );
  });

  it('give <twin-towns>’ country headings no part, and the towns’ names one level below', async () => {
    let el!: Element;
    const warnings = await captureWarnings(async () => {
      el = await fixture(
        html`<twin-towns lang="en" group-by="country" heading-level="6" src=${feedUrl('towns.json')}></twin-towns>`,
      );
      await settled(el);
    });
    // towns.json has one town whose country code Intl does not know.
    expect(warnings.join('\n')).to.contain('is not a known country code (XX)');
    expect(tags(el, '.group-heading')).to.not.be.empty;
    expect(tags(el, '.group-heading[part="heading"]')).to.deep.equal([]);
    expect(new Set(tags(el, '[part="heading"]'))).to.deep.equal(new Set(['h6']));
  });
});
