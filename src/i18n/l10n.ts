/**
 * Picks the text to show from a localised feed value (`L10n`), in the contract's
 * fallback order: the element's language, the publisher's, English, then the
 * first text given.
 */
import type {L10N} from '../feed/types.js';
import {primaryLanguage} from './language.js';

function lookup(texts: Record<string, string>, tag: string): string | undefined {
  const wanted = tag.toLowerCase();
  const wantedPrimary = primaryLanguage(tag);
  let primaryMatch: string | undefined;
  for (const [key, text] of Object.entries(texts)) {
    const have = key.toLowerCase();
    if (have === wanted) return text;
    primaryMatch ??= primaryLanguage(have) === wantedPrimary ? text : undefined;
  }
  return primaryMatch;
}

/**
 * Resolves a localised text. `languages` lists the wanted languages, most
 * wanted first (e.g. the element's, then the publisher's); English and then the
 * first text present follow them.
 */
export function localize(value: L10N | undefined, languages: readonly string[]): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  for (const tag of [...languages, 'en']) {
    const text = lookup(value, tag);
    if (text !== undefined) return text;
  }
  return Object.values(value)[0] ?? '';
}
