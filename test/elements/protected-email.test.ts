// Protected e-mail addresses (contract §2): the feed holds no address in clear,
// yet <contact-card> and <network-list> show and link it; their JSON-LD in the
// page's <head> never has it, and the card's vCard does (the visitor asked).
import {expect, waitUntil} from '@open-wc/testing';
import '../../src/elements/contact-card/define.js';
import '../../src/elements/network-list/define.js';
import type {ContactCard} from '../../src/elements/contact-card/contact-card.js';
import type {NetworkList} from '../../src/elements/network-list/network-list.js';
import {scriptOf} from '../../src/internal/script.js';
import {html} from 'lit';
import {
  feedUrl,
  problemsUntilSettled,
  renderSettled,
  shadow,
  textOf,
} from '../helpers.js';

const ADDRESS = 'irma.ganibegovic@vgregion.se';

/** The block's JSON-LD text, once it is in the document's head. */
async function jsonLdText(el: Element): Promise<string> {
  await waitUntil(() => scriptOf(el)?.isConnected, `<${el.localName}> has no JSON-LD`);
  expect(scriptOf(el)!.parentNode).to.equal(document.head);
  return scriptOf(el)!.text;
}

/** Clicks "save contact" and returns the text of the vCard it offers. */
async function savedVCard(el: ContactCard): Promise<string> {
  const created: Blob[] = [];
  const {createObjectURL} = URL;
  const {click} = HTMLAnchorElement.prototype;
  let clicked = false;
  URL.createObjectURL = (blob: Blob) => (created.push(blob), 'blob:test');
  HTMLAnchorElement.prototype.click = () => void (clicked = true);
  try {
    shadow(el).querySelector<HTMLButtonElement>('[part="save"]')!.click();
    await waitUntil(() => clicked, 'no file was offered');
  } finally {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  }
  return created[0]!.text();
}

describe('protected e-mail addresses', () => {
  it('are in the published feed with no @ and no address', async () => {
    const text = await (await fetch(feedUrl('protected.json'))).text();
    expect(text).not.to.contain('@');
    expect(text).not.to.contain(ADDRESS);
  });

  describe('<contact-card>', () => {
    it('shows and links the decoded address; its JSON-LD has none', async () => {
      const el = await renderSettled<ContactCard>(
        html`<contact-card lang="en" src=${feedUrl('protected.json')} contact="irma-ganibegovic"></contact-card>`,
      );
      const link = shadow(el).querySelector<HTMLAnchorElement>('[part="email"]')!;
      expect(link.textContent).to.equal(ADDRESS);
      expect(link.getAttribute('href')).to.equal(`mailto:${ADDRESS}`);
      const jsonLd = await jsonLdText(el);
      expect(JSON.parse(jsonLd)).to.include({
        '@type': 'Person',
        name: 'Irma Ganibegovic',
      });
      expect(JSON.parse(jsonLd)).not.to.have.property('email');
      expect(jsonLd).not.to.contain('ganibegovic@');
      expect(document.head.innerHTML).not.to.contain(ADDRESS);
      await expect(el).to.be.accessible();
    });

    it('puts the address in the vCard the visitor saves', async () => {
      const el = await renderSettled<ContactCard>(
        html`<contact-card lang="en" src=${feedUrl('protected.json')} contact="irma-ganibegovic"></contact-card>`,
      );
      const lines = (await savedVCard(el)).split('\r\n');
      expect(lines).to.include(`EMAIL;TYPE=work:${ADDRESS}`);
    });

    it('reports a value that does not decode, with its path, and shows the contact without it', async () => {
      const el = document.createElement('contact-card');
      el.lang = 'en';
      el.contact = 'garbled';
      el.src = feedUrl('protected.json');
      document.body.append(el);
      try {
        const problems = await problemsUntilSettled(el);
        expect(problems.map(({path, code}) => [path, code])).to.deep.equal([
          ['contacts[1].email.protected', 'protected-email'],
        ]);
        expect(shadow(el).querySelector('h2')!.textContent!.trim()).to.equal(
          'Gerda Roupe',
        );
        expect(shadow(el).querySelector('[part="phone"]')).to.exist;
        expect(shadow(el).querySelector('[part="email"]')).to.equal(null);
        expect(textOf(el)).not.to.contain('E-mail');
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });
  });

  describe('<network-list>', () => {
    it("links a contact person's decoded address; its JSON-LD has none", async () => {
      const el = await renderSettled<NetworkList>(
        html`<network-list lang="en" src=${feedUrl('protected.json')} ids="sern"></network-list>`,
      );
      const link = shadow(el).querySelector<HTMLAnchorElement>('[part="email"]')!;
      expect(link.textContent).to.equal(ADDRESS);
      expect(link.getAttribute('href')).to.equal(`mailto:${ADDRESS}`);
      const jsonLd = await jsonLdText(el);
      expect(jsonLd).to.contain('Irma Ganibegovic');
      expect(jsonLd).not.to.contain('ganibegovic@');
      expect(jsonLd).not.to.contain('"email"');
      await expect(el).to.be.accessible();
    });
  });
});
