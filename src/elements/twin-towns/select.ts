/** What `<twin-towns>` shows, from the feed and its attributes alone: no rendering. */
import {entryPath} from '../../feed/paths.js';
import {problem} from '../../feed/problems.js';
import type {FeedProblem, TwinTown, ValidFeed} from '../../feed/types.js';
import {knownCountryName} from '../../i18n/format.js';
import type {Selection} from '../../base/widget-element.js';

type Kind = NonNullable<TwinTown['kind']>;
/** The kinds `kind` may name; the feed's own are checked by its schema. */
export const KINDS: readonly Kind[] = ['twin', 'partner', 'cooperation'];

/** The `kind` attribute as it is compared: trimmed and lower-cased (` Partner ` → `partner`). */
export const kindAsked = (given: string) => given.trim().toLowerCase();

/** The towns of `kind` (all when empty); an unknown kind, and each unknown country code, is a problem. */
export function select(
  feed: ValidFeed | undefined,
  {kind: given, locale}: {kind: string; locale: string},
): Selection<TwinTown[]> {
  const problems: FeedProblem[] = [];
  const kind = kindAsked(given);
  if (kind && !KINDS.includes(kind as Kind)) {
    problems.push(
      problem('@kind', 'invalid-attribute', `must be one of ${KINDS.join(', ')}`, {
        value: kind,
        allowed: KINDS,
      }),
    );
  }
  const towns = (feed?.twinTowns ?? []).filter(
    (town) => !kind || (town.kind ?? 'twin') === kind,
  );
  for (const town of towns) {
    if (!knownCountryName(town.country, locale)) {
      problems.push({
        path: `${entryPath('twinTowns', town)}.country`,
        section: 'twinTowns',
        code: 'unknown-country',
        params: {value: town.country},
        message: `is not a known country code (${town.country})`,
      });
    }
  }
  return {shown: towns, problems};
}
