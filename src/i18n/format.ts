/**
 * Locale-aware formatting through `Intl`, with formatters made once per locale.
 */
import {primaryLanguage, toLocale, type Locale} from './language.js';

/**
 * The locale `Intl` formats in: the page's own tag where it is one of ours
 * (`sv-FI`, `en-US`), British English for a bare `en` (these are European
 * pages), else the language we speak.
 */
export function formatLocale(language: string, locale: Locale): string {
  if (toLocale(language) === locale && language.includes('-')) {
    try {
      return Intl.getCanonicalLocales(language)[0]!;
    } catch {
      // Not a well-formed tag: format in the language we speak.
    }
  }
  return locale === 'en' ? 'en-GB' : locale;
}

/** Formats a UTC calendar date the way a reader of `locale` writes it: "2 maj 2017". */
export const formatDate = (date: Date, locale: string) => dates(locale).format(date);

/** Today's date in the visitor's time zone, as `YYYY-MM-DD`. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Caches one `Intl` formatter per locale and options. Nynorsk asks for Bokmål
 * after it: Chromium's ICU data has no Nynorsk, and would format it in
 * American English ("Norway", "May 2, 2017") instead.
 */
function cached<T>(make: (locales: string[]) => T): (locale: string) => T {
  const formatters = new Map<string, T>();
  return (locale) => {
    let formatter = formatters.get(locale);
    if (!formatter)
      formatters.set(
        locale,
        (formatter = make(primaryLanguage(locale) === 'nn' ? [locale, 'nb'] : [locale])),
      );
    return formatter;
  };
}

const dates = cached(
  (locale) => new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}),
);
const numbers = cached((locale) => new Intl.NumberFormat(locale));
const plurals = cached((locale) => new Intl.PluralRules(locale));
const lists = cached((locale) => new Intl.ListFormat(locale, {type: 'conjunction'}));
const collators = cached((locale) => new Intl.Collator(locale));
const regions = cached(
  (locale) => new Intl.DisplayNames(locale, {type: 'region', fallback: 'none'}),
);

/** A number as a reader of `locale` writes it: "1 000" in Swedish. */
export const formatNumber = (value: number, locale: string) =>
  numbers(locale).format(value);

/** Whether `value` takes the singular form in `locale` (`Intl.PluralRules` category "one"). */
export const isSingular = (value: number, locale: string) =>
  plurals(locale).select(value) === 'one';

/** Compares two texts in the alphabetical order of `locale` (Swedish puts Ö after Z). */
export const compareText = (locale: string) => collators(locale).compare;

/** Items joined as a reader of `locale` would: "Sverige och Italien". */
export const formatList = (items: string[], locale: string) =>
  lists(locale).format(items);

/**
 * The name of a country (ISO 3166-1 alpha-2) in `locale`: SE → "Sverige";
 * `undefined` for a code `Intl` does not know.
 */
export function knownCountryName(code: string, locale: string): string | undefined {
  try {
    return regions(locale).of(code);
  } catch {
    return undefined;
  }
}

/** The name of a country in `locale`, or the code itself when unknown. */
export const countryName = (code: string, locale: string) =>
  knownCountryName(code, locale) ?? code;
