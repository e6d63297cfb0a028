/** What `<network-list>` shows, from the feed, its attributes and the search alone: no rendering. */
import {byId} from '../../feed/lookup.js';
import {problem} from '../../feed/problems.js';
import type {Network, ValidFeed} from '../../feed/types.js';
import {localize} from '../../i18n/l10n.js';
import type {Selection} from '../../base/widget-element.js';
import {matchesSearch, selectNetworks, splitList} from './networks.js';

/** The list's attributes and search, and the languages its texts are read in. */
export interface NetworkListProps {
  ids: string;
  topic: string;
  /** What the reader typed into the search field, when there is one. */
  search: string;
  languages: readonly string[];
}

/** The texts a reader sees of a network, which the search looks through. */
const searchTexts = (network: Network, languages: readonly string[]) =>
  [network.name, network.description, ...(network.topics ?? [])]
    .map((text) => localize(text, languages))
    .concat(network.acronym ?? []);

/** The networks selected by `ids` and `topic`, then searched; each unknown id is a problem. */
export function select(
  feed: ValidFeed | undefined,
  {ids: idList, topic, search, languages}: NetworkListProps,
): Selection<Network[]> {
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
    ? selected.filter((network) => matchesSearch(searchTexts(network, languages), search))
    : selected;
  return {
    shown,
    problems,
    description: feed && {kind: 'networks', networks: shown, feed},
  };
}
