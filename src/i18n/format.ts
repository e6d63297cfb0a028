/**
 * Locale-aware formatting through `Intl`, with formatters made once per locale.
 */
import {toLocale, type Locale} from './language.js';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

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
export function formatDate(date: Date, locale: string): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'});
    dateFormats.set(locale, format);
  }
  return format.format(date);
}

/** Today's date in the visitor's time zone, as `YYYY-MM-DD`. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
