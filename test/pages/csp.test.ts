// Contract §6: the blocks need no 'unsafe-inline' or 'unsafe-eval'. A whole page
// with every element is served with a strict Content-Security-Policy header
// (and once more with Trusted Types enforced) by test/server/page-server.mjs;
// the page's recorder collects every violation from before the bundle runs.
import {expect, waitUntil} from '@open-wc/testing';
import {textOf} from '../helpers.js';
import {
  allSettled,
  blocks,
  closePages,
  openPage,
  shadowOf,
  type HostPage,
} from './frame.js';

const POLICIES = {
  strict: "default-src 'self'; script-src 'self'; style-src 'self'",
  tt: "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
  // A site that also names the Trusted Types policies it allows: Lit's is `lit-html`,
  // the structured data's (JSON-LD) `municipal-widgets`.
  'tt-named':
    "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html municipal-widgets",
};
type Policy = keyof typeof POLICIES;

let serial = 0;
const pageUrl = (csp: Policy) =>
  `/test/pages/fixtures/all-elements.html?csp=${csp}&test=${Date.now()}-${++serial}`;

const part = (el: Element, name: string) =>
  shadowOf(el).querySelector<HTMLElement>(`[part~="${name}"]`);

/** Types into a tip-a-friend field as a person would. */
function fill(tip: Element, field: string, value: string) {
  const input = shadowOf(tip).querySelector<HTMLInputElement>(`#${field}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
}

/** Sends a tip from the page: first empty (the error summary), then filled in (the thank-you naming the friend). */
async function sendTip(tip: HTMLElement & {updateComplete?: Promise<unknown>}) {
  part(tip, 'submit')!.click();
  await waitUntil(() => part(tip, 'error-summary'), 'no error summary for an empty form');
  fill(tip, 'name', 'Anna Andersson');
  fill(tip, 'email', 'anna@example.se');
  fill(tip, 'friend', 'bo@example.se');
  fill(tip, 'message', 'Titta här!');
  await tip.updateComplete;
  part(tip, 'submit')!.click();
  await waitUntil(
    () => part(tip, 'result')?.textContent?.includes('bo@example.se'),
    'the tip was not sent',
  );
}

/**
 * Presses "Save contact" (its vCard code is a lazily loaded chunk) and returns
 * the download it starts, as "URL NAME". The download itself is caught, so that
 * no file is written.
 */
async function saveContact(page: HostPage, contact: Element): Promise<string> {
  const saved: string[] = [];
  page.window.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    saved.push(`${this.href} ${this.download}`);
  };
  part(contact, 'save')!.click();
  await waitUntil(() => saved.length, 'no vCard was offered');
  return saved[0]!;
}

for (const csp of Object.keys(POLICIES) as Policy[]) {
  describe(`a page with Content-Security-Policy: ${POLICIES[csp]}`, () => {
    let page: HostPage;

    before(function () {
      // Trusted Types are Chromium's (and newer Firefox's); without them that policy is just `strict`.
      if (csp !== 'strict' && !('trustedTypes' in window)) this.skip();
    });
    afterEach(closePages);

    it('shows every element rendered and styled, with no violation reported', async () => {
      page = await openPage(pageUrl(csp));
      await allSettled(page);
      const elements = blocks(page);
      expect(elements.map((el) => el.localName)).to.deep.equal([
        'network-list',
        'contact-card',
        'twin-towns',
        'twin-towns',
        'review-stamp',
        'news-list',
        'tip-a-friend',
        'language-links',
      ]);
      for (const el of elements) {
        expect(part(el, 'base'), `<${el.localName}> rendered`).not.to.equal(null);
        // `display: block` comes from the constructed stylesheets that style-src 'self' must allow.
        expect(page.window.getComputedStyle(el).display, el.localName).to.equal('block');
      }
      const [networks, contact, towns, map, stamp, news, tip, languages] = elements;
      expect(textOf(networks!)).to.contain('Assembly of European Regions');
      expect(textOf(contact!)).to.contain('Mikael Appelqvist');
      // Danish and German texts come from lazily loaded chunks, which script-src 'self' allows.
      expect(textOf(towns!)).to.contain('Danmark');
      expect(part(map!, 'map')!.querySelectorAll('circle, rect')).to.have.length.above(1);
      expect(textOf(stamp!)).not.to.equal('');
      expect(
        shadowOf(languages!).querySelector('a[hreflang="sv"]')!.textContent,
      ).to.equal('Svenska');
      expect(shadowOf(news!).querySelectorAll('[part~="list"] > li')).to.have.length(2);
      expect(
        shadowOf(tip!).querySelectorAll('input:not([tabindex="-1"]), textarea'),
      ).to.have.length(4);

      await sendTip(tip!);
      expect(await saveContact(page, contact!)).to.match(
        /^blob:.+ mikael appelqvist\.vcf$/i,
      );

      expect(page.records.violations).to.deep.equal([]);
      expect(page.records.errors).to.deep.equal([]);
      expect(page.records.failedResources).to.deep.equal([]);
    });

    it('is really enforced: the page reports what it forbids', async () => {
      page = await openPage(pageUrl(csp));
      const {document: doc, records} = page;
      if (csp !== 'strict') {
        // Raw HTML into a script sink must be refused.
        expect(() => (doc.createElement('script').innerHTML = '1')).to.throw();
      } else {
        const style = doc.createElement('style');
        style.textContent = 'body { color: red }';
        doc.head.append(style);
      }
      await waitUntil(() => records.violations.length > 0, 'no violation reported');
      expect(records.violations[0]!.directive).to.match(
        csp === 'strict' ? /^style-src/ : /require-trusted-types-for/,
      );
    });
  });
}
