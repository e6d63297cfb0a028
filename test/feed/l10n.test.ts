import '../console-guard.js';
import {expect} from '@open-wc/testing';
import {localize} from '../../src/i18n/l10n.js';

describe('localize', () => {
  const texts = {
    sv: 'Nordsjökommissionen',
    en: 'North Sea Commission',
    da: 'Nordsøkommissionen',
  };

  it('returns plain strings as they are', () => {
    expect(localize('SERN', ['da'])).to.equal('SERN');
  });

  it("prefers the element's language, matching region subtags both ways", () => {
    expect(localize(texts, ['da'])).to.equal('Nordsøkommissionen');
    expect(localize(texts, ['sv-FI'])).to.equal('Nordsjökommissionen');
    expect(localize({'sv-FI': 'Finlandssvenska', sv: 'Svenska'}, ['sv-FI'])).to.equal(
      'Finlandssvenska',
    );
    expect(localize({'sv-FI': 'Finlandssvenska'}, ['sv'])).to.equal('Finlandssvenska');
  });

  it("falls back to the publisher's language, then English, then the first text", () => {
    expect(localize(texts, ['fi', 'sv'])).to.equal('Nordsjökommissionen');
    expect(localize(texts, ['fi', 'de'])).to.equal('North Sea Commission');
    expect(localize({it: 'Rete', de: 'Netzwerk'}, ['fi'])).to.equal('Rete');
  });

  it('gives an empty text for a missing value', () => {
    expect(localize(undefined, ['sv'])).to.equal('');
  });
});
