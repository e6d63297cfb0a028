/**
 * What the elements leave out because of a problem, as validate.ts decides:
 * for the tools that tell an editor before they publish (the CLI's
 * `validate`, the feed editor's save dialog), so that both say the same.
 * Never loaded by a page with blocks.
 */
import type {FeedProblem} from './types.js';
import {OPTIONAL_FIELDS} from './validate.js';

/**
 * - `feed`: nothing; no block shows the feed.
 * - `list`: the whole list the problem is in.
 * - `publisher`: the publisher block (the lists still show).
 * - `entry`: that entry.
 * - `field`, `logo`: only a contact's e-mail address, only a network's logo.
 * - `language`: only that version of a page in another language.
 * - `reference`: only a network's link to a contact the feed does not have.
 */
export type ProblemEffect =
  'feed' | 'list' | 'publisher' | 'entry' | 'field' | 'logo' | 'language' | 'reference';

/** What a problem costs a visitor: see ProblemEffect. */
export function problemEffect({
  code,
  section,
  path,
}: Pick<FeedProblem, 'code' | 'section' | 'path'>): ProblemEffect {
  if (code === 'not-object' || code === 'version') return 'feed';
  if (code === 'not-list') return 'list';
  if (code === 'unknown-contact') return 'reference';
  // The validator names the list of every problem but the publisher's.
  if (section === undefined) return 'publisher';
  // It leaves out a bad e-mail address or logo and keeps the entry…
  const field = OPTIONAL_FIELDS[section];
  if (field && new RegExp(`^${section}\\[\\d+\\]\\.${field}(?![\\w$])`).test(path))
    return field === 'logo' ? 'logo' : 'field';
  // …and a page's bad language version, keeping the page and its other versions.
  if (section === 'pages' && /^pages\[\d+\]\.languages(?:$|[.[])/.test(path))
    return 'language';
  return path === section ? 'list' : 'entry';
}
