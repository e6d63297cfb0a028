/**
 * Which language an element speaks: its own `lang`, else the nearest
 * ancestor's (across shadow roots), else `<html lang>`, else English; mapped
 * onto the languages the library is translated into.
 */
import {allLocales, sourceLocale} from './generated/locale-codes.js';

/** The primary language subtag of a tag, lower-cased: `sv-FI` → `sv`. */
export const primaryLanguage = (tag: string) => tag.split('-')[0]!.toLowerCase();

/** A language the library's own texts are translated into. */
export type Locale = (typeof allLocales)[number];

/**
 * `no` is the macrolanguage Norwegian: pages that write it mean Bokmål, the
 * written standard most of them use. Nynorsk (`nn`) is a language of its own.
 */
const NORWEGIAN = 'no';

/**
 * Maps a BCP 47 tag onto a supported locale: `sv-FI` → `sv`, `no` → `nb`,
 * `nn-NO` → `nn`, unknown → `en`.
 */
export function toLocale(tag: string | null | undefined): Locale {
  const primary = primaryLanguage(tag ?? '');
  const language = primary === NORWEGIAN ? 'nb' : primary;
  return (allLocales as readonly string[]).includes(language)
    ? (language as Locale)
    : sourceLocale;
}

/** The language tag in effect for an element, as written on the page. */
export function languageOf(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return sourceLocale;
}

const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever a `lang` attribute changes anywhere in the
 * document, until the returned function is called.
 */
export function observeLanguage(listener: () => void): () => void {
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
