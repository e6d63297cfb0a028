/**
 * The editor's own texts in the eight languages of the library, and choosing
 * among them. Kept apart from the elements' locales/*.xlf on purpose: those
 * are loaded by every visitor of every page with a block, these only here.
 */
import {en} from './messages/en.js';
import {sv} from './messages/sv.js';
import {da} from './messages/da.js';
import {nb} from './messages/nb.js';
import {nn} from './messages/nn.js';
import {fi} from './messages/fi.js';
import {de} from './messages/de.js';
import {it} from './messages/it.js';

/** A text, or texts by plural category (Intl.PluralRules; `other` is required). */
export type Message =
  string | ({other: string} & Partial<Record<Intl.LDMLPluralRule, string>>);
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, Message>;

export const EDITOR_LANGUAGES = ['en', 'sv', 'da', 'nb', 'nn', 'fi', 'de', 'it'] as const;
export type EditorLanguage = (typeof EDITOR_LANGUAGES)[number];

export const MESSAGES: Record<EditorLanguage, Messages> = {
  en,
  sv,
  da,
  nb,
  nn,
  fi,
  de,
  it,
};

/** The editor's language for a list of the browser's: `sv-FI` → sv, `no` → nb, nn stays nn. */
export function editorLanguage(
  preferred: readonly string[] = globalThis.navigator?.languages ?? [],
): EditorLanguage {
  for (const tag of preferred) {
    const primary = tag.split('-')[0]!.toLowerCase();
    const language = primary === 'no' ? 'nb' : primary;
    if ((EDITOR_LANGUAGES as readonly string[]).includes(language))
      return language as EditorLanguage;
  }
  return 'en';
}

/**
 * A text in a language with its {placeholders} filled in; `n` picks the plural
 * form. An unknown key comes back as itself, which callers use to tell that an
 * optional text (a hint) does not exist.
 */
export function translate(
  language: EditorLanguage,
  key: MessageKey | string,
  params: Record<string, string | number> = {},
): string {
  const message =
    (MESSAGES[language] as Record<string, Message>)[key] ??
    (en as Record<string, Message>)[key];
  if (message === undefined) return key;
  const text =
    typeof message === 'string'
      ? message
      : (message[new Intl.PluralRules(language).select(Number(params.n ?? 0))] ??
        message.other);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}
