import '../console-guard.js';
import {expect} from '@open-wc/testing';
import {buildVCard} from '../../src/elements/contact-card/vcard.js';

/** Unfolds a vCard (RFC 6350 §3.2) into its content lines. */
const unfold = (text: string) => text.replace(/\r\n /g, '').split('\r\n').filter(Boolean);

describe('vCard', () => {
  const livio = {
    name: 'Livio Benedetto',
    isUnit: false,
    role: 'Näringsliv och internationalisering',
    unit: 'Näringslivsenheten',
    phones: [
      {kind: 'work', number: '+46 520 49 70 52'},
      {kind: 'mobile', number: '+46 70 622 95 04'},
    ] as const,
    email: 'livio.benedetto@trollhattan.se',
    address: {
      street: 'Gärdhemsvägen 9',
      postalCode: '461 83',
      city: 'Trollhättan',
      country: 'SE',
    },
  };

  it('is a vCard 4.0 with CRLF line ends and the person’s details', () => {
    const text = buildVCard({...livio, phones: [...livio.phones]});
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).not.to.contain('\n');
    expect(unfold(text)).to.deep.equal([
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Livio Benedetto',
      'N:Benedetto;Livio;;;',
      'TITLE:Näringsliv och internationalisering',
      'ORG:Näringslivsenheten',
      'TEL;VALUE=uri;TYPE="work,voice":tel:+46520497052',
      'TEL;VALUE=uri;TYPE="cell,voice":tel:+46706229504',
      'EMAIL;TYPE=work:livio.benedetto@trollhattan.se',
      'ADR;TYPE=work:;;Gärdhemsvägen 9;Trollhättan;;461 83;SE',
      'END:VCARD',
    ]);
  });

  it('describes a unit as an organisation', () => {
    const lines = unfold(buildVCard({name: 'Brysselkontoret', isUnit: true}));
    expect(lines).to.include('KIND:org');
    expect(lines).to.include('ORG:Brysselkontoret');
    expect(lines.some((line) => line.startsWith('N:'))).to.equal(false);
  });

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    const lines = unfold(
      buildVCard({
        name: 'Lemvig Kommune, Borgerservice',
        isUnit: true,
        role: 'a;b\\c\nd',
      }),
    );
    expect(lines).to.include('FN:Lemvig Kommune\\, Borgerservice');
    expect(lines).to.include('TITLE:a\\;b\\\\c\\nd');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const role =
      'Internationell samordnare för det europeiska territoriella samarbetet i Västra Götaland ÅÄÖ åäö';
    const text = buildVCard({name: 'Å Ö', isUnit: false, role});
    const encoder = new TextEncoder();
    for (const line of text.split('\r\n'))
      expect(encoder.encode(line).length).to.be.at.most(75);
    expect(text).not.to.contain('\uFFFD');
    expect(unfold(text)).to.include(`TITLE:${role}`);
  });
});
