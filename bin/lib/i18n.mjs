// Picks the language of the command-line texts and fills in bin/messages.mjs,
// with Intl doing plurals, numbers and lists as the elements do in the page.
import {LANGUAGES, MESSAGES} from '../messages.mjs';

/**
 * The language the environment asks for, by POSIX precedence (LC_ALL, then
 * LC_MESSAGES, then LANG), when it is one of ours; `sv_SE.UTF-8` → `sv`, and
 * `no`/`nn` → `nb` as for the elements. Anything else, `C` included, is English.
 */
export function languageFromEnv(env = process.env) {
  const setting = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const code = setting.toLowerCase().split(/[_.@-]/)[0];
  const language = code === 'no' || code === 'nn' ? 'nb' : code;
  return LANGUAGES.includes(language) ? language : 'en';
}

/** Texts for one language: `t(key, params)`, plus number-aware helpers. */
export function translator(language) {
  const texts = MESSAGES[language] ?? MESSAGES.en;
  const plural = new Intl.PluralRules(language);
  const number = new Intl.NumberFormat(language);

  function t(key, params = {}) {
    let text = texts[key] ?? MESSAGES.en[key] ?? key;
    if (typeof text === 'object') text = text[plural.select(params.n ?? 0)] ?? text.other;
    return text.replace(/\{(\w+)\}/g, (whole, name) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? number.format(value) : String(value);
    });
  }

  return {
    language,
    t,
    /** "a, b and c" in the language. */
    and: (items) => new Intl.ListFormat(language, {type: 'conjunction'}).format(items),
    /** "a, b, c": a plain enumeration such as counts. */
    units: (items) =>
      new Intl.ListFormat(language, {type: 'unit', style: 'short'}).format(items),
    /** "a or b". */
    or: (items) => new Intl.ListFormat(language, {type: 'disjunction'}).format(items),
  };
}
