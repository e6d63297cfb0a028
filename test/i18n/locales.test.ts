// Every UI text exists in every language: a message without a translation fails here.
import '../console-guard.js';
import {expect} from '@open-wc/testing';
import {targetLocales} from '../../src/i18n/generated/locale-codes.js';

async function units(locale: string) {
  const text = await (await fetch(`/locales/${locale}.xlf`)).text();
  const xml = new DOMParser().parseFromString(text, 'application/xml');
  expect(xml.querySelector('parsererror'), `${locale}.xlf is not valid XML`).to.equal(
    null,
  );
  return [...xml.getElementsByTagName('trans-unit')];
}

describe('locales', () => {
  for (const locale of targetLocales) {
    it(`${locale} translates every message`, async () => {
      const all = await units(locale);
      expect(all.length).to.be.greaterThan(0);
      const missing = all
        .filter((unit) => !unit.getElementsByTagName('target')[0]?.textContent?.trim())
        .map((unit) => unit.getElementsByTagName('source')[0]!.textContent);
      expect(missing, `untranslated in ${locale}`).to.deep.equal([]);
    });

    it(`${locale} keeps every placeholder`, async () => {
      for (const unit of await units(locale)) {
        // A missing target fails the test above.
        if (!unit.getElementsByTagName('target')[0]) continue;
        const ids = (tag: string) =>
          [...unit.getElementsByTagName(tag)[0]!.getElementsByTagName('x')]
            .map((x) => x.getAttribute('equiv-text'))
            .sort();
        expect(ids('target'), unit.getAttribute('id')!).to.deep.equal(ids('source'));
      }
    });
  }

  it('every locale has the same messages as Swedish', async () => {
    const ids = async (locale: string) => (await units(locale)).map((u) => u.id).sort();
    const swedish = await ids('sv');
    for (const locale of targetLocales)
      expect(await ids(locale), locale).to.deep.equal(swedish);
  });
});
