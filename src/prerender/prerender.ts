/**
 * Prerendering for Node (the `municipal-widgets prerender` command and static
 * site builders): fills every element of this library in an HTML page or
 * fragment with the block it would show, as a declarative shadow root, and
 * leaves every other byte of the page as it was.
 */
import {LitElementRenderer} from '@lit-labs/ssr';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import type {RenderInfo} from '@lit-labs/ssr/lib/render-value.js';
import {parse, type DefaultTreeAdapterMap} from 'parse5';
import '../define.js';
import type {FeedProblem, FeedResult} from '../feed/types.js';
import {validateFeed} from '../feed/validate.js';
import {toLocale, type Locale} from '../i18n/language.js';
import {
  configureLocalization,
  loadLocale,
  withLocale,
  type Texts,
} from '../i18n/localization.js';
import {withServerContext} from '../internal/server.js';
import {TAGS} from '../tags.js';
// The bundle's rules for CSS (scripts/minify-literals.mjs uses them too).
import {minifyCss} from '../../bin/lib/minify-css.mjs';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** `url` made absolute against `base`, or `undefined` when it cannot be (a file's path with no base). */
function absoluteUrl(
  url: string | undefined,
  base: string | undefined,
): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}

/** How to prerender a page. */
export interface PrerenderOptions {
  /** Language of the page where neither an element nor its ancestors say (`<html lang>` of the page a fragment goes into); default `en`. */
  language?: string;
  /** The page's URL: relative links in the feed resolve against it; without it they are left out. */
  baseUrl?: string;
  /** Where the feed came from, for the elements' `feed-error` reports; default `feed`. */
  feedUrl?: string;
  /**
   * The feed of an element that names its own in `src` (the parsed JSON), for
   * pages whose blocks read several feeds; without it, every element is
   * rendered from `feed`. An element whose feed is `undefined` is left as it
   * is (it shows its fallback content until the script runs).
   */
  feeds?: (src: string) => unknown;
}

/** A problem an element found with how it uses the feed (an unknown id, say); it still renders. */
export interface ElementProblem extends FeedProblem {
  /** The element's tag. */
  tag: string;
}

/** The prerendered page and what was found on the way. */
export interface PrerenderResult {
  /** The page, with a `<template shadowrootmode="open">` as the first child of each element. */
  html: string;
  /** How many elements were prerendered. */
  elements: number;
  /** Problems the elements found with how they use the feed. */
  problems: ElementProblem[];
  /**
   * The hashes of the blocks' `<style>` elements (`'sha256-…'`), one per kind
   * of element: a Content-Security-Policy without `'unsafe-inline'` lets them
   * apply with `style-src 'self' 'sha256-…' …` (the live blocks need none).
   */
  styleHashes: string[];
}

/** Thrown when the feed breaks the schema: nothing is prerendered from a feed with problems. */
export class FeedProblemsError extends Error {
  /** Each problem, with its JSON path. */
  readonly problems: readonly FeedProblem[];
  /** The `src` of the elements that read the feed, if it was not the one for every element. */
  readonly src: string | undefined;
  constructor(problems: readonly FeedProblem[], src?: string) {
    super(
      `the feed has ${problems.length} problem(s), e.g. ${problems[0]?.path} ${problems[0]?.message}`,
    );
    this.name = 'FeedProblemsError';
    this.problems = problems;
    this.src = src;
  }
}

const OUR_TAGS: ReadonlySet<string> = new Set(TAGS);

/**
 * The markers Lit's server renderer leaves for hydration, which the elements
 * do not use (they render anew and replace the prerendered root); and
 * whitespace runs with a line break, which HTML collapses (no block has
 * preformatted text).
 */
const tidy = (html: string) =>
  html.replace(/<!--\/?lit-(?:part|node)[^>]*-->|<\?>/g, '').replace(/\s*\n\s*/g, ' ');

/** The CSP source of a text: `'sha256-…'`, base64 of its UTF-8 bytes' SHA-256. */
async function hash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

const attribute = (element: Element, name: string) =>
  element.attrs.find((attr) => attr.name === name)?.value;

const isElement = (node: Node): node is Element => 'tagName' in node;

/** The first child `<template shadowrootmode>`: a block prerendered before, to be replaced. */
function prerenderedRoot(element: Element): Element | undefined {
  return element.childNodes.find(
    (child): child is Element =>
      isElement(child) &&
      child.tagName === 'template' &&
      attribute(child, 'shadowrootmode') !== undefined,
  );
}

interface Found {
  element: Element;
  language: string;
}

/** Our elements in document order, each with its language; never inside a `<template>`. */
function findElements(root: Node, inherited: string, found: Found[] = []): Found[] {
  for (const child of 'childNodes' in root ? root.childNodes : []) {
    if (!isElement(child)) continue;
    const language = attribute(child, 'lang') || inherited;
    if (OUR_TAGS.has(child.tagName)) found.push({element: child, language});
    findElements(child, language, found);
  }
  return found;
}

function titleOf(root: Node): string | undefined {
  if (isElement(root) && root.tagName === 'title' && root.sourceCodeLocation)
    return root.childNodes
      .map((text) => ('value' in text ? text.value : ''))
      .join('')
      .trim();
  for (const child of 'childNodes' in root ? root.childNodes : []) {
    const title = titleOf(child);
    if (title !== undefined) return title;
  }
  return undefined;
}

/** The inside of one element's declarative shadow root: its styles and its block. */
function renderShadow(
  element: Element,
  locale: Locale,
): {html: string; css: string; problems: FeedProblem[]} {
  const renderer = new LitElementRenderer(element.tagName);
  for (const {name, value} of element.attrs) renderer.setAttribute(name, value);
  renderer.connectedCallback();
  const info: RenderInfo = {
    elementRenderers: [LitElementRenderer],
    customElementInstanceStack: [renderer],
    customElementHostStack: [renderer],
    eventTargetStack: [],
    slotStack: [],
    deferHydration: false,
  };
  const shadow = withLocale(locale, () =>
    collectResultSync(renderer.renderShadow(info) ?? []),
  );
  // The selection of the element, which WidgetElement keeps for its render.
  const selection = (
    renderer.element as unknown as {selection?: {problems: FeedProblem[]}}
  ).selection;
  let css = '';
  const html = shadow.replace(/^<style>([\s\S]*?)<\/style>/, (_, text: string) => {
    css = minifyCss(text).trim();
    return `<style>${css}</style>`;
  });
  return {html: tidy(html), css, problems: selection?.problems ?? []};
}

/**
 * Prerenders every element of this library in `page` (an HTML document or
 * fragment) from `feed` (the parsed JSON): each gets a
 * `<template shadowrootmode="open">` with its styles and its block as its
 * first child, replacing one a previous run put there; the rest of the page
 * stays byte for byte as it was. Throws a FeedProblemsError when the feed
 * breaks the schema.
 */
export async function prerender(
  page: string,
  feed: unknown,
  options: PrerenderOptions = {},
): Promise<PrerenderResult> {
  const results = new Map<string | undefined, Promise<FeedResult | undefined>>();
  const resultFor = (src: string | undefined) => {
    const own = src?.trim() && options.feeds ? src.trim() : undefined;
    let result = results.get(own);
    if (!result) {
      result = Promise.resolve(own ? options.feeds!(own) : feed).then((data) => {
        if (data === undefined && own) return undefined;
        // Validated against its own URL, as the store does in the page: a
        // logo resolves against the feed, and one on another host is refused.
        const checked = validateFeed(
          data,
          absoluteUrl(own ?? options.feedUrl, options.baseUrl),
        );
        if (!checked.feed || checked.problems.length)
          throw new FeedProblemsError(checked.problems, own);
        return {
          ok: true,
          url: own ?? options.feedUrl ?? 'feed',
          feed: checked.feed,
          problems: [],
        };
      });
      results.set(own, result);
    }
    return result;
  };
  // The feed is checked even for a page without elements: a build should fail on a broken one.
  await resultFor(undefined);
  const document = parse(page, {sourceCodeLocationInfo: true});
  const found = findElements(document, options.language || 'en').filter(
    ({element}) => element.sourceCodeLocation?.startTag,
  );
  if (!found.length) return {html: page, elements: 0, problems: [], styleHashes: []};

  configureLocalization();
  await Promise.all(
    found.map(({element, language}) => {
      const locale = toLocale(language);
      const {texts} = customElements.get(element.tagName) as unknown as {texts: Texts};
      return locale === 'en' ? undefined : loadLocale(locale, texts);
    }),
  );

  const title = titleOf(document);
  const problems: ElementProblem[] = [];
  const styles = new Set<string>();
  let html = '';
  let done = 0;
  const feeds = await Promise.all(
    found.map(({element}) => resultFor(attribute(element, 'src'))),
  );
  let elements = 0;
  for (const [index, {element, language}] of found.entries()) {
    const feed = feeds[index];
    if (!feed) continue;
    const location = element.sourceCodeLocation!;
    const old = prerenderedRoot(element)?.sourceCodeLocation;
    const start = old?.startOffset ?? location.startTag!.endOffset;
    const end = old?.endOffset ?? start;
    // Fallback inside an element nested in another one's old root is not ours to render twice.
    if (start < done) continue;
    const rendered = withServerContext(
      {language, feed, baseUrl: options.baseUrl, title},
      () => renderShadow(element, toLocale(language)),
    );
    if (rendered.css) styles.add(rendered.css);
    for (const problem of rendered.problems)
      problems.push({tag: element.tagName, ...problem});
    html += `${page.slice(done, start)}<template shadowrootmode="open">${rendered.html}</template>`;
    done = end;
    elements++;
  }
  html += page.slice(done);
  const styleHashes = await Promise.all([...styles].map(hash));
  return {html, elements, problems, styleHashes};
}
