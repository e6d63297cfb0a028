// The editor's own texts: every key in every language, with the same
// placeholders, and really translated (not English copied across).
import {expect} from '@open-wc/testing';
import '../helpers.js';
import {
  EDITOR_LANGUAGES,
  MESSAGES,
  editorLanguage,
  translate,
  type Message,
} from '../../src/editor/messages.js';

const forms = (message: Message) =>
  typeof message === 'string' ? [message] : Object.values(message);
const placeholders = (message: Message) =>
  [
    ...new Set(
      forms(message).flatMap((text) =>
        [...text.matchAll(/\{(\w+)\}/g)].map(([, name]) => name!),
      ),
    ),
  ].sort();

describe('the editor texts', () => {
  const en = MESSAGES.en;
  for (const language of EDITOR_LANGUAGES) {
    it(`are complete in ${language}`, () => {
      const table = MESSAGES[language];
      expect(Object.keys(table).sort()).to.deep.equal(Object.keys(en).sort());
      for (const [key, message] of Object.entries(table) as [
        keyof typeof en,
        Message,
      ][]) {
        expect(
          forms(message).every((text) => text.trim()),
          `${language}.${key} is empty`,
        ).to.equal(true);
        if (typeof message !== 'string')
          expect(message.other, `${language}.${key}.other`).to.be.a('string');
        // A plural's "one" form may spell the number out instead of {n}.
        const expected = placeholders(en[key]).filter(
          (name) => name !== 'n' || typeof message === 'string',
        );
        expect(
          placeholders(message).filter(
            (name) => name !== 'n' || typeof message === 'string',
          ),
          `${language}.${key}`,
        ).to.include.members(expected);
      }
      if (language !== 'en') {
        const same = Object.keys(en).filter(
          (key) =>
            JSON.stringify(table[key as keyof typeof en]) ===
            JSON.stringify(en[key as keyof typeof en]),
        );
        expect(same.length, `${language} copies English: ${same.join(', ')}`).to.be.below(
          12,
        );
      }
    });
  }

  it('follow the browser, Nynorsk and Bokmål apart', () => {
    expect(editorLanguage(['nn-NO', 'en'])).to.equal('nn');
    expect(editorLanguage(['no'])).to.equal('nb');
    expect(editorLanguage(['sv-FI'])).to.equal('sv');
    expect(editorLanguage(['fr', 'de-AT'])).to.equal('de');
    expect(editorLanguage(['fr'])).to.equal('en');
  });

  it('pick plural forms and fill placeholders', () => {
    expect(translate('sv', 'summaryTitle', {n: 1})).to.equal('Det finns 1 fel');
    expect(translate('fi', 'summaryTitle', {n: 3})).to.equal('Löytyi 3 virhettä');
    expect(translate('en', 'h_nothing')).to.equal('h_nothing');
  });
});
