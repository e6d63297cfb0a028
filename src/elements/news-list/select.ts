/** What `<news-list>` shows, from the feed, its attributes and the chosen topic alone: no rendering. */
import {hasTopic} from '../../feed/topics.js';
import type {NewsItem, ValidFeed} from '../../feed/types.js';
import {localize} from '../../i18n/l10n.js';
import type {Selection} from '../../base/widget-element.js';
import {newestFirst, selectNews} from './news.js';

/** The list's attributes, the topic the reader chose, and the languages its texts are read in. */
export interface NewsListProps {
  topic: string;
  /** The topic chosen in the filter; `undefined` until the reader chooses one. */
  chosenTopic: string | undefined;
  limit: number;
  languages: readonly string[];
}

/** The feed's items newest first, the topic as the reader sees it, and the items shown for it. */
export interface NewsShown {
  items: NewsItem[];
  topic: string;
  list: NewsItem[];
  /** Whether the list is empty only because of its topic: another topic would show items. */
  emptyForTopic: boolean;
}

/** The `topic` attribute as the reader sees it: "Miljö" shows as "Environment" in English. */
function topicShown(
  items: readonly NewsItem[],
  wanted: string,
  languages: readonly string[],
) {
  const match = items
    .flatMap((item) => item.topics ?? [])
    .find((topic) => hasTopic([topic], wanted));
  return match && wanted ? localize(match, languages) : wanted;
}

/** The items about the chosen topic (else the `topic` attribute's), newest first, at most `limit`. */
export function select(
  feed: ValidFeed | undefined,
  {topic, chosenTopic, limit, languages}: NewsListProps,
): Selection<NewsShown> {
  const items = newestFirst(feed?.news ?? []);
  const shownTopic = chosenTopic ?? topicShown(items, topic.trim(), languages);
  const list = selectNews(items, shownTopic, limit);
  return {
    shown: {
      items,
      topic: shownTopic,
      list,
      emptyForTopic: list.length === 0 && items.length > 0,
    },
    problems: [],
    description: {kind: 'news', items: list},
  };
}
