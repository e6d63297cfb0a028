/** The only way a page-given URL becomes a link: contract §6 allows https, http, mailto and tel. */
import {isServer} from 'lit';
import {serverContext} from './server.js';

const SAFE_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/**
 * The absolute URL `href` resolves to against the page, when its scheme is one
 * a block may link to; otherwise `undefined` (no link is rendered).
 */
export function safeHref(href: string | null | undefined): string | undefined {
  if (!href?.trim()) return undefined;
  try {
    // Prerendered in Node, relative URLs resolve against the page's URL if it is given.
    const url = new URL(href, isServer ? serverContext()?.baseUrl : document.baseURI);
    return SAFE_SCHEMES.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An http(s) URL, absolute, as `safeHref` gives it; anything else (`javascript:`, `mailto:` …) is `undefined`. */
export function webHref(href: string | null | undefined): string | undefined {
  const url = safeHref(href);
  return url && /^https?:/.test(url) ? url : undefined;
}
