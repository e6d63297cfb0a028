import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../../src/elements/contact-card/define.js';
import type {ContactCard} from '../../src/elements/contact-card/contact-card.js';
import {
  captureWarnings,
  faultUrl,
  feedUrl,
  nextFeedError,
  settled,
  shadow,
  textOf,
  problemsUntilSettled,
  renderSettled,
} from '../helpers.js';

const card = (template: TemplateResult) => renderSettled<ContactCard>(template);

const phones = (el: Element) =>
  [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part="phone"]')].map((link) => [
    link.closest('li')!.querySelector('.label')!.textContent,
    link.textContent,
    link.getAttribute('href'),
  ]);

/** Clicks "save contact" and returns the file it offers: its name and text. */
async function save(el: ContactCard) {
  const created: Blob[] = [];
  let download = '';
  const {createObjectURL} = URL;
  const {click} = HTMLAnchorElement.prototype;
  URL.createObjectURL = (blob: Blob) => (created.push(blob), 'blob:test');
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    download = this.download;
  };
  try {
    shadow(el).querySelector<HTMLButtonElement>('[part="save"]')!.click();
    await waitUntil(() => download, 'no file was offered');
  } finally {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  }
  expect(created).to.have.length(1);
  return {download, type: created[0]!.type, text: await created[0]!.text()};
}

describe('<contact-card>', () => {
  it('shows name, role, unit, phones, e-mail and address (Trollhättan’s card)', async () => {
    const el = await card(
      html`<contact-card lang="sv" src=${feedUrl('contacts.json')} contact="livio-benedetto"></contact-card>`,
    );
    const root = shadow(el);
    expect(root.querySelector('h2')!.textContent!.trim()).to.equal('Livio Benedetto');
    expect(root.querySelector('[part="role"]')!.textContent).to.equal(
      'Näringsliv och internationalisering, Näringslivsenheten',
    );
    expect(phones(el)).to.deep.equal([
      ['Telefon:', '0520-49 70 52', 'tel:+46520497052'],
      ['Mobil:', '070-622 95 04', 'tel:+46706229504'],
      ['Växel:', '0520-49 50 00', 'tel:+46520495000'],
    ]);
    const mail = root.querySelector<HTMLAnchorElement>('[part="email"]')!;
    expect(mail.getAttribute('href')).to.equal('mailto:livio.benedetto@trollhattan.se');
    expect(mail.textContent).to.equal('livio.benedetto@trollhattan.se');
    expect(root.querySelector('[part="website"]')!.getAttribute('href')).to.equal(
      'https://www.trollhattan.se/naringsliv',
    );
    // A Swedish address on a Swedish page needs no country line.
    expect(root.querySelector('address')!.innerText.split('\n')).to.deep.equal([
      'Gärdhemsvägen 9',
      '461 83 Trollhättan',
    ]);
    expect(root.querySelector('[part="save"]')!.textContent!.trim()).to.equal(
      'Spara kontakt',
    );
    await expect(el).to.be.accessible();
  });

  it('speaks English and Danish, with the numbers still Swedish', async () => {
    for (const [lang, labels, role, save] of [
      [
        'en',
        ['Phone:', 'Mobile:', 'Switchboard:'],
        'Business and internationalisation, Business Development Unit',
        'Save contact',
      ],
      [
        'da',
        ['Telefon:', 'Mobil:', 'Omstilling:'],
        'Erhverv og internationalisering, Erhvervsenheden',
        'Gem kontakt',
      ],
    ] as const) {
      const el = await card(
        html`<contact-card lang=${lang} src=${feedUrl('contacts.json')} contact="livio-benedetto"></contact-card>`,
      );
      expect(
        phones(el).map(([label]) => label),
        lang,
      ).to.deep.equal(labels);
      expect(phones(el)[0]![1], lang).to.equal('0520-49 70 52');
      expect(shadow(el).querySelector('[part="role"]')!.textContent, lang).to.equal(role);
      expect(
        shadow(el).querySelector('[part="save"]')!.textContent!.trim(),
        lang,
      ).to.equal(save);
    }
  });

  it('shows a foreign number internationally and names a foreign country', async () => {
    const el = await card(
      html`<contact-card lang="sv" src=${feedUrl('contacts.json')} contact="lemvig"></contact-card>`,
    );
    expect(phones(el)).to.deep.equal([['Växel:', '+45 96 63 11 00', 'tel:+4596631100']]);
    expect(shadow(el).querySelector('address')!.innerText.split('\n')).to.deep.equal([
      'Rådhusgade 2',
      '7620 Lemvig',
      'Danmark',
    ]);
  });

  it('shows just the name when that is all the feed has', async () => {
    const el = await card(
      html`<contact-card lang="en" src=${feedUrl('contacts.json')} contact="name-only"></contact-card>`,
    );
    expect(textOf(el)).to.equal('Anna Andersson Save contact');
    expect(shadow(el).querySelector('ul, address, [part="role"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('renders Trollhättan’s card from the seed feed (demo/feeds/trollhattan.json)', async () => {
    const el = await card(
      html`<contact-card lang="sv" src="/demo/feeds/trollhattan.json" contact="livio-benedetto"></contact-card>`,
    );
    expect(phones(el).map(([, number]) => number)).to.deep.equal([
      '0520-49 70 52',
      '070-622 95 04',
      '0520-49 50 00',
    ]);
    expect(shadow(el).querySelector('address')!.innerText.split('\n')).to.deep.equal([
      'Gärdhemsvägen 9',
      '461 83 Trollhättan',
    ]);
  });

  it('uses heading-level for the name', async () => {
    const el = await card(
      html`<contact-card heading-level="4" src=${feedUrl('contacts.json')} contact="livio-benedetto"></contact-card>`,
    );
    expect(shadow(el).querySelector('h4')!.textContent!.trim()).to.equal(
      'Livio Benedetto',
    );
  });

  describe('save contact', () => {
    it('downloads the contact as a vCard 4.0 file', async () => {
      const el = await card(
        html`<contact-card lang="en" src=${feedUrl('contacts.json')} contact="livio-benedetto"></contact-card>`,
      );
      const file = await save(el);
      expect(file.download).to.equal('Livio Benedetto.vcf');
      expect(file.type).to.equal('text/vcard;charset=utf-8');
      const lines = file.text.replace(/\r\n /g, '').split('\r\n');
      expect(lines.slice(0, 4)).to.deep.equal([
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN:Livio Benedetto',
        'N:Benedetto;Livio;;;',
      ]);
      expect(lines).to.include.members([
        'TITLE:Business and internationalisation',
        'ORG:Business Development Unit',
        'TEL;VALUE=uri;TYPE="work,voice":tel:+46520497052',
        'TEL;VALUE=uri;TYPE="cell,voice":tel:+46706229504',
        'EMAIL;TYPE=work:livio.benedetto@trollhattan.se',
        'ADR;TYPE=work:;;Gärdhemsvägen 9;Trollhättan;;461 83;SE',
        'URL:https://www.trollhattan.se/naringsliv',
        'END:VCARD',
      ]);
    });

    it('names a foreign country in the card’s language', async () => {
      const el = await card(
        html`<contact-card lang="de" src=${feedUrl('contacts.json')} contact="lemvig"></contact-card>`,
      );
      const file = await save(el);
      expect(file.download).to.equal('Lemvig Kommune Borgerservice.vcf');
      expect(file.text).to.contain(
        'ADR;TYPE=work:;;Rådhusgade 2;Lemvig;;7620;Dänemark\r\n',
      );
    });
  });

  describe('compact', () => {
    it('shows name and channels in one block, with no heading, address or save button', async () => {
      const el = await card(
        html`<contact-card compact lang="sv" src=${feedUrl('contacts.json')} contact="livio-benedetto"></contact-card>`,
      );
      const root = shadow(el);
      expect(root.querySelector('[part="name"]')!.textContent).to.equal(
        'Livio Benedetto',
      );
      expect(root.querySelector('.who')!.textContent).to.equal(
        'Livio Benedetto, Näringsliv och internationalisering, Näringslivsenheten',
      );
      expect(
        root.querySelector('h1, h2, h3, h4, h5, h6, address, [part="save"]'),
      ).to.equal(null);
      expect(phones(el)).to.have.length(3);
      expect(root.querySelector('[part="email"]')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('missing contacts', () => {
    it('says the contact could not be found and reports the id', async () => {
      const el = await fixture<ContactCard>(
        html`<contact-card lang="sv" src=${feedUrl('contacts.json')} contact="nobody"></contact-card>`,
      );
      const problems = await problemsUntilSettled(el);
      expect(problems).to.deep.include({
        path: '@contact',
        section: 'contacts',
        code: 'unknown-id',
        params: {id: 'nobody'},
        message: 'names no contact in the feed ("nobody")',
      });
      expect(shadow(el).querySelector('[part="empty"]')!.textContent!.trim()).to.equal(
        'Kontaktuppgifterna kunde inte hittas.',
      );
      await expect(el).to.be.accessible();
    });

    it('drops a contact the feed got wrong, reporting its path', async () => {
      let event!: Awaited<ReturnType<typeof nextFeedError>>;
      const warnings = await captureWarnings(async () => {
        const el = await fixture<ContactCard>(
          html`<contact-card lang="en" src=${feedUrl('contacts.json')} contact="bad-phone"></contact-card>`,
        );
        event = await nextFeedError(el);
        await settled(el);
        expect(shadow(el).querySelector('[part="empty"]')!.textContent!.trim()).to.equal(
          'The contact details could not be found.',
        );
      });
      expect(event.problems.map((problem) => problem.path)).to.include(
        'contacts[3].phones[0].kind',
      );
      expect(warnings.join('\n')).to.contain('contacts[3].phones[0].kind');
    });

    it('asks for an id when it has none', async () => {
      const el = await fixture<ContactCard>(
        html`<contact-card lang="en" src=${feedUrl('contacts.json')}></contact-card>`,
      );
      expect(await problemsUntilSettled(el)).to.deep.include({
        path: '@contact',
        code: 'missing-attribute',
        params: {},
        message: 'needs a contact id',
      });
    });

    it('follows a change of contact', async () => {
      let el!: ContactCard;
      const warnings = await captureWarnings(
        async () =>
          (el = await card(
            html`<contact-card lang="en" src=${feedUrl('contacts.json')} contact="nobody"></contact-card>`,
          )),
      );
      expect(warnings).to.include(
        'municipal-widgets: <contact-card> @contact names no contact in the feed ("nobody")',
      );
      el.contact = 'name-only';
      await el.updateComplete;
      expect(shadow(el).querySelector('h2')!.textContent!.trim()).to.equal(
        'Anna Andersson',
      );
      expect(shadow(el).querySelector('[part="empty"]')).to.equal(null);
    });
  });

  describe('states', () => {
    it('shows the fallback and a localised error when the feed fails, accessibly', async () => {
      const el = await card(
        html`<contact-card lang="da" src=${faultUrl('status/500')} contact="livio-benedetto"><p>Ring 0520-49 50 00</p></contact-card>`,
      );
      expect(shadow(el).querySelector('[data-state="error"]')).not.to.equal(null);
      expect(el.querySelector('p')!.checkVisibility()).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('is accessible while loading', async () => {
      const el = await fixture<ContactCard>(
        html`<contact-card src=${faultUrl('slow/400/contacts.json')} contact="livio-benedetto"></contact-card>`,
      );
      expect(shadow(el).querySelector('[data-state="loading"]')).not.to.equal(null);
      await expect(el).to.be.accessible();
      await settled(el);
    });
  });
});
