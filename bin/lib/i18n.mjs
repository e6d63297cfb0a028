// Picks the language of the command-line texts and fills in bin/messages.mjs,
// with Intl doing plurals, numbers and lists as the elements do in the page.
import {LANGUAGES, MESSAGES} from '../messages.mjs';

// The elements' own mapping of language tags onto their languages (sv-FI → sv,
// no → nb), from the compiled library; before a build, everything is English.
const {toLocale = () => 'en'} = await import(
  new URL('../../lib/i18n/language.js', import.meta.url).href
).catch(() => ({}));

/**
 * The language the environment asks for, by POSIX precedence (LC_ALL, then
 * LC_MESSAGES, then LANG), when it is one of ours: `sv_SE.UTF-8` → `sv`, and
 * other tags as the elements map them. Anything else, `C` included, is English.
 */
export function languageFromEnv(env = process.env) {
  const setting = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const language = toLocale(setting.split(/[.@]/)[0].replace(/_/g, '-'));
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
