import '../console-guard.js';
import {expect, fixture, html} from '@open-wc/testing';
import {languageOf, toLocale} from '../../src/i18n/language.js';

describe('toLocale', () => {
  it('maps region subtags onto their language', () => {
    expect(toLocale('sv-FI')).to.equal('sv');
    expect(toLocale('de-AT')).to.equal('de');
    expect(toLocale('DA')).to.equal('da');
  });

  it('maps Norwegian onto Bokmål, and keeps Nynorsk a language of its own', () => {
    expect(toLocale('no')).to.equal('nb');
    expect(toLocale('no-NO')).to.equal('nb');
    expect(toLocale('nb')).to.equal('nb');
    expect(toLocale('nb-NO')).to.equal('nb');
    expect(toLocale('nn')).to.equal('nn');
    expect(toLocale('nn-NO')).to.equal('nn');
    expect(toLocale('NN-no')).to.equal('nn');
  });

  it('falls back to English for languages without translations', () => {
    expect(toLocale('fr')).to.equal('en');
    expect(toLocale('')).to.equal('en');
    expect(toLocale(undefined)).to.equal('en');
  });
});

describe('languageOf', () => {
  it('takes the nearest lang attribute, across shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="da"><span></span></div>`);
    const host = outer.querySelector('span')!;
    const inner = document.createElement('b');
    host.attachShadow({mode: 'open'}).append(inner);
    expect(languageOf(inner)).to.equal('da');
    inner.setAttribute('lang', 'fi');
    expect(languageOf(inner)).to.equal('fi');
  });

  it('falls back to <html lang>, then English', async () => {
    const element = await fixture(html`<p></p>`);
    const html_ = document.documentElement;
    const before = html_.getAttribute('lang');
    try {
      html_.setAttribute('lang', 'it');
      expect(languageOf(element)).to.equal('it');
      html_.removeAttribute('lang');
      expect(languageOf(element)).to.equal('en');
    } finally {
      if (before) html_.setAttribute('lang', before);
    }
  });
});
