/** What `<network-list>` shows, from the feed, its attributes and the search alone: no rendering. */
import {byId} from '../../feed/lookup.js';
import {problem} from '../../feed/problems.js';
import type {Network, ValidFeed} from '../../feed/types.js';
import {localize} from '../../i18n/l10n.js';
import type {Selection} from '../../base/widget-element.js';
import {haystack, search as searchIn, selectNetworks, splitList} from './networks.js';

/** The list's attributes and search, and the languages its texts are read in. */
export interface NetworkListProps {
  ids: string;
  topic: string;
  /** What the reader typed into the search field, when there is one. */
  search: string;
  languages: readonly string[];
}

/**
 * Folded search texts by the languages they are read in, each worked out once
 * per network: a keystroke over 100 000 networks folded them all anew (0.7–1 s).
 */
const haystacks = new Map<string, WeakMap<Network, string>>();

/** The texts a reader sees of a network, folded, which the search looks through. */
function haystackOf(network: Network, languages: readonly string[]): string {
  const key = languages.join();
  let cache = haystacks.get(key);
  if (!cache) haystacks.set(key, (cache = new WeakMap()));
  let text = cache.get(network);
  if (text === undefined) {
    text = haystack(
      [network.name, network.description, ...(network.topics ?? [])]
        .map((value) => localize(value, languages))
        .concat(network.acronym ?? []),
    );
    cache.set(network, text);
  }
  return text;
}

/** The networks shown, and whether another search could show any. */
export interface NetworkSelection extends Selection<Network[]> {
  /** Whether `ids` and `topic` select networks for a search to look through. */
  searchable: boolean;
}

/** The networks selected by `ids` and `topic`, then searched; each unknown id is a problem. */
export function select(
  feed: ValidFeed | undefined,
  {ids: idList, topic, search, languages}: NetworkListProps,
): NetworkSelection {
  const networks = feed?.networks ?? [];
  const ids = splitList(idList);
  const selected = selectNetworks(networks, {ids, topic});
  const problems = ids
    .filter((id) => feed && !byId(networks, id))
    .map((id) =>
      problem(
        '@ids',
        'unknown-id',
        `names no network in the feed (${JSON.stringify(id)})`,
        {id},
        'networks',
      ),
    );
  const shown = search.trim()
    ? searchIn(selected, (network) => haystackOf(network, languages), search)
    : selected;
  return {
    shown,
    searchable: selected.length > 0,
    problems,
    description: feed && {kind: 'networks', networks: shown, feed},
  };
}
