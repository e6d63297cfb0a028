/** Where `<tip-a-friend>` sends tips, from its `action` alone: no rendering. */
import {problem} from '../../feed/problems.js';
import type {FeedProblem} from '../../feed/types.js';

import {webHref} from '../../internal/links.js';
import type {Selection} from '../../base/widget-element.js';

/** `action` as an absolute http(s) URL (`undefined`: compose or share instead); any other value is a problem. */
export function select({action}: {action: string}): Selection<string | undefined> {
  const given = action.trim();
  const endpoint = given ? webHref(given) : undefined;
  const problems: FeedProblem[] =
    given && !endpoint
      ? [
          problem('@action', 'invalid-attribute', 'must be an http or https URL', {
            value: given,
          }),
        ]
      : [];
  return {shown: endpoint, problems};
}
