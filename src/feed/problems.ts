/** Making feed problems: one shape for the validator's and the elements' own. */
import type {FeedProblem, FeedSection, ProblemCode} from './types.js';

/** A problem at `path`; `section` is the feed list it concerns, if any. */
export const problem = (
  path: string,
  code: ProblemCode,
  message: string,
  params: FeedProblem['params'] = {},
  section?: FeedSection,
): FeedProblem =>
  section ? {path, section, code, params, message} : {path, code, params, message};
