/** What `<language-links>` shows, from the feed's page and the element's language alone: no rendering. */
import {byId} from '../../feed/lookup.js';
import {entryPath} from '../../feed/paths.js';
import {problem} from '../../feed/problems.js';
import type {FeedProblem, ValidFeed} from '../../feed/types.js';
import type {Selection} from '../../base/widget-element.js';
import {primaryLanguage} from '../../i18n/language.js';

/** One version of the page, in one language. */
export interface LanguageVersion {
  /** The language tag as `Intl` writes it (`nb-NO`): the link's `lang` and `hreflang`. */
  tag: string;
  /** The language's name in that language, capitalised as it does: "Dansk", "English". */
  name: string;
  /** The language `name` is written in: `tag`, unless no name in that language is known. */
  nameLang: string;
  /** Where that version is. */
  href: string;
  /** Whether it is the version in the element's own language: shown, not linked. */
  current: boolean;
}

/** What the element shows. */
export interface LinksShown {
  /**
   * The page's versions in the feed's order; empty when there is no version
   * to switch to (only this one), and then the element shows nothing.
   */
  versions: LanguageVersion[];
  /** The feed says nothing about this page's languages: the fallback content stays. */
  fallback: boolean;
}

/** The element's attributes. */
export interface LinksProps {
  page: string;
}

/**
 * Names in themselves of languages that Chromium's `Intl` data lacks (it
 * would answer "Norwegian Nynorsk" in English): Nynorsk, the Nordic national
 * minority languages (Sami, Meänkieli, Yiddish, Romani) that municipalities
 * inform in, and Icelandic, Faroese and Greenlandic. As CLDR writes them.
 */
const AUTONYMS: Record<string, string> = {
  nn: 'norsk nynorsk',
  se: 'davvisámegiella',
  smj: 'julevsámegiella',
  sma: 'åarjelsaemien gïele',
  smn: 'anarâškielâ',
  sms: 'sääʹmǩiõll',
  fit: 'meänkieli',
  yi: 'ייִדיש',
  rom: 'romani čhib',
  is: 'íslenska',
  fo: 'føroyskt',
  kl: 'kalaallisut',
};

/** A language's name in `locale`, or `undefined` when `Intl` has none (or not in that language). */
function languageName(tag: string, locale: string): string | undefined {
  try {
    if (!Intl.DisplayNames.supportedLocalesOf([locale]).length) return undefined;
    return new Intl.DisplayNames([locale], {type: 'language', fallback: 'none'}).of(tag);
  } catch {
    // A tag ICU refuses: no name to give.
    return undefined;
  }
}

/**
 * The name of a language in that language, its first letter capitalised by
 * that language's rules, as language menus write them ("Dansk", "Suomi",
 * "Norsk bokmål"), and the language it is in. Where neither `Intl` nor
 * AUTONYMS knows it, its name in `locale` (the element's), else the tag.
 */
export function autonym(tag: string, locale: string): [name: string, lang: string] {
  const own = languageName(tag, tag) ?? AUTONYMS[tag.toLowerCase()];
  const [name, lang] = own ? [own, tag] : [languageName(tag, locale), locale];
  return name
    ? [name.replace(/^./u, (first) => first.toLocaleUpperCase(lang)), lang]
    : [tag, tag];
}

/** The tag in `Intl`'s canonical form (`nb-no` → `nb-NO`), or `undefined` if it is not well-formed. */
function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** Tags that name the same written language for choosing the current version. */
const ALIASES: Record<string, string> = {no: 'nb'};

/**
 * Which of `tags` is in `language`: the same tag, else the tag with its last
 * subtags dropped (`de-CH` → `de`, RFC 4647 lookup), else the one version in
 * the same language (`en` → the only `en-GB`). `no` counts as `nb`; `nn` is
 * its own language.
 */
export function currentTag(
  tags: readonly string[],
  language: string,
): string | undefined {
  const find = (wanted: string) => tags.find((tag) => tag.toLowerCase() === wanted);
  let range = (canonical(language) ?? language).toLowerCase();
  const primary = primaryLanguage(range);
  range = ALIASES[primary] ? range.replace(primary, ALIASES[primary]) : range;
  for (; range; range = range.slice(0, Math.max(range.lastIndexOf('-'), 0))) {
    const hit = find(range);
    if (hit) return hit;
  }
  const wantedPrimary = ALIASES[primary] ?? primary;
  const same = tags.filter((tag) => primaryLanguage(tag) === wantedPrimary);
  return same.length === 1 ? same[0] : undefined;
}

/** A property's JSON path, as the validator writes it: `.de`, or `["nb-NO"]`. */
const key = (path: string, name: string) =>
  path + (/^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`);

/**
 * The versions of the page `props.page` names, in the feed's order, the one
 * in `language` (the element's, as the page writes it) marked current;
 * `locale` is the element's `Intl` locale. An unknown page id is a
 * problem; a page without `languages` is not (not every page is translated).
 */
export function select(
  feed: ValidFeed | undefined,
  {page: id}: LinksProps,
  language: string,
  locale: string,
): Selection<LinksShown> {
  const problems: FeedProblem[] = [];
  const none = {versions: [], fallback: true};
  if (!id.trim()) {
    problems.push(problem('@page', 'missing-attribute', 'needs a page id'));
    return {shown: none, problems};
  }
  const page = feed && byId(feed.pages, id);
  if (!page) {
    problems.push(
      problem(
        '@page',
        'unknown-id',
        `names no page in the feed (${JSON.stringify(id)})`,
        {id},
        'pages',
      ),
    );
    return {shown: none, problems};
  }
  if (!page.languages) return {shown: none, problems};
  const path = `${entryPath('pages', page)}.languages`;
  const versions = new Map<string, string>();
  for (const [written, href] of Object.entries(page.languages)) {
    const tag = canonical(written);
    if (!tag || versions.has(tag)) {
      problems.push(
        problem(
          key(path, written),
          'language-tag',
          tag
            ? `repeats the language ${JSON.stringify(tag)}`
            : `has an invalid language tag ${JSON.stringify(written)}`,
          {propertyName: written},
          'pages',
        ),
      );
      continue;
    }
    versions.set(tag, href);
  }
  const current = currentTag([...versions.keys()], language);
  // Only this version: nothing to switch to, so no navigation at all.
  const others = [...versions.keys()].some((tag) => tag !== current);
  return {
    shown: {
      versions: others
        ? [...versions].map(([tag, href]) => {
            const [name, nameLang] = autonym(tag, locale);
            return {tag, name, nameLang, href, current: tag === current};
          })
        : [],
      fallback: false,
    },
    problems,
  };
}
