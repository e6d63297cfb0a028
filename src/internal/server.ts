/**
 * What server rendering (`municipal-widgets prerender`) tells an element that
 * it cannot find out in Node: there is no page to read `lang` from and no
 * feed to fetch. The controllers read it only where `isServer` holds, so the
 * bundle leaves this module out.
 */
import type {FeedResult} from '../feed/types.js';

/** The language and the feed of the element being rendered. */
export interface ServerContext {
  /** The element's language tag, as the page gives it (`sv-FI`). */
  language: string;
  /** The feed, already loaded and validated. */
  feed: FeedResult | undefined;
  /** The page's URL, for relative links in the feed; without it they are left out. */
  baseUrl?: string | undefined;
  /** The page's `<title>`, where the prerendered file has one. */
  title?: string | undefined;
}

let current: ServerContext | undefined;

/** The context of the element being rendered on the server, if any. */
export const serverContext = () => current;

/** Runs `render` (which must render synchronously) with `context` for the elements it creates. */
export function withServerContext<T>(context: ServerContext, render: () => T): T {
  const outer = current;
  current = context;
  try {
    return render();
  } finally {
    current = outer;
  }
}
