/** Ordering, filtering and topics of the feed's news for `<news-list>`, without rendering. */
import type {L10N, NewsItem} from '../../feed/types.js';
import {fold, hasTopic} from '../../feed/topics.js';
import {compareText} from '../../i18n/format.js';

const sorted = new WeakMap<readonly NewsItem[], NewsItem[]>();

/**
 * Newest first; items of the same day keep the feed's order. ISO dates sort as
 * strings. Sorted once per feed, not on every render.
 */
export function newestFirst(items: readonly NewsItem[]): NewsItem[] {
  let result = sorted.get(items);
  if (!result) {
    result = [...items].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    sorted.set(items, result);
  }
  return result;
}

/** The items about `topic` (in any language; all items when empty), at most `limit` (0: no limit). */
export function selectNews(
  items: readonly NewsItem[],
  topic: string,
  limit: number,
): NewsItem[] {
  const selected = topic.trim()
    ? items.filter((item) => hasTopic(item.topics, topic))
    : [...items];
  return limit > 0 ? selected.slice(0, Math.floor(limit)) : selected;
}

/**
 * The distinct topics of the items as a reader sees them (`show` picks the
 * text in the reader's language), sorted for `locale`.
 */
export function topicsOf(
  items: readonly NewsItem[],
  show: (topic: L10N) => string,
  locale: string,
) {
  const byFolded = new Map<string, string>();
  for (const topic of items.flatMap((item) => item.topics ?? [])) {
    const text = show(topic);
    if (!byFolded.has(fold(text))) byFolded.set(fold(text), text);
  }
  return [...byFolded.values()].sort(compareText(locale));
}
