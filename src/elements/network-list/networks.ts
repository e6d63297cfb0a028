/** Selecting and searching the feed's networks for `<network-list>`, without rendering. */
import type {Network} from '../../feed/types.js';
import {byId} from '../../feed/lookup.js';
import {fold, hasTopic} from '../../feed/topics.js';

/** What `<network-list>` shows: `ids` (in their order), and/or the networks of a topic. */
export function selectNetworks(
  networks: readonly Network[],
  {ids, topic}: {ids: readonly string[]; topic: string},
): Network[] {
  let selected = [...networks];
  if (ids.length) selected = ids.flatMap((id) => byId(networks, id) ?? []);
  if (topic.trim())
    selected = selected.filter((network) => hasTopic(network.topics, topic));
  return selected;
}

/** Splits an attribute list such as `ids="aer, cpmr"`. */
export const splitList = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** What the search looks through: the texts a reader sees of a network, folded. */
export const haystack = (texts: readonly string[]) => fold(texts.join('\n'));

/** The networks whose haystack holds every word of the search. */
export function search<T>(
  networks: readonly T[],
  haystackOf: (network: T) => string,
  query: string,
): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return networks.filter((network) => {
    const text = haystackOf(network);
    return words.every((word) => text.includes(word));
  });
}
