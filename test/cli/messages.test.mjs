// The command's own texts: every language has every message, with the same
// placeholders and plural forms, and the default language follows the locale.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {LANGUAGES, MESSAGES} from '../../bin/messages.mjs';
import {languageFromEnv, translator} from '../../bin/lib/i18n.mjs';

const placeholders = (value) =>
  [...new Set(JSON.stringify(value).match(/\{\w+\}/g) ?? [])].sort();

describe('bin/messages.mjs', () => {
  test('has the languages of the elements', () => {
    const {sourceLocale, targetLocales} = JSON.parse(
      readFileSync(new URL('../../lit-localize.json', import.meta.url), 'utf8'),
    );
    assert.equal(LANGUAGES[0], sourceLocale);
    assert.deepEqual([...LANGUAGES].sort(), [sourceLocale, ...targetLocales].sort());
  });

  for (const language of LANGUAGES.slice(1)) {
    test(`${language} translates every message, keeping its placeholders`, () => {
      assert.deepEqual(Object.keys(MESSAGES[language]), Object.keys(MESSAGES.en));
      for (const [key, english] of Object.entries(MESSAGES.en)) {
        const text = MESSAGES[language][key];
        assert.equal(typeof text, typeof english, key);
        if (typeof text === 'object') assert.ok(text.other, `${key} needs "other"`);
        assert.deepEqual(placeholders(text), placeholders(english), key);
      }
    });

    test(`${language} usage names every option and kind`, () => {
      for (const word of [
        '--json',
        '--timeout',
        '--out',
        '--merge',
        '--template',
        '--lang',
        '--help',
        '--version',
        'twin-towns',
      ]) {
        assert.ok(MESSAGES[language].usage.includes(word), `${language} usage: ${word}`);
      }
    });
  }

  test('plurals follow the language', () => {
    const fi = translator('fi');
    assert.equal(fi.t('networks', {n: 1}), '1 verkosto');
    assert.equal(fi.t('networks', {n: 13}), '13 verkostoa');
    const nn = translator('nn');
    assert.equal(nn.t('twinTowns', {n: 1}), '1 venskapsby');
    assert.equal(nn.t('twinTowns', {n: 2}), '2 venskapsbyar');
    const de = translator('de');
    assert.equal(de.t('problems', {n: 1234}), '1.234 Probleme');
  });
});

describe('languageFromEnv', () => {
  const cases = [
    [{LANG: 'sv_SE.UTF-8'}, 'sv'],
    [{LANG: 'da_DK'}, 'da'],
    [{LANG: 'nb_NO.UTF-8'}, 'nb'],
    [{LANG: 'no_NO'}, 'nb'],
    [{LANG: 'nn_NO.UTF-8'}, 'nn'],
    [{LANG: 'fi_FI@euro'}, 'fi'],
    [{LANG: 'de_AT.UTF-8'}, 'de'],
    [{LANG: 'it'}, 'it'],
    [{LANG: 'fr_FR.UTF-8'}, 'en'],
    [{LANG: 'C'}, 'en'],
    [{LANG: 'C.UTF-8'}, 'en'],
    [{}, 'en'],
    [{LANG: 'sv_SE.UTF-8', LC_MESSAGES: 'de_DE.UTF-8'}, 'de'],
    [{LANG: 'sv_SE.UTF-8', LC_MESSAGES: 'de_DE', LC_ALL: 'it_IT'}, 'it'],
    [{LANG: 'sv_SE.UTF-8', LC_ALL: ''}, 'sv'],
  ];
  for (const [env, language] of cases) {
    test(`${JSON.stringify(env)} → ${language}`, () => {
      assert.equal(languageFromEnv(env), language);
    });
  }
});
