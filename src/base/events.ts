/**
 * The events elements fire.
 */
import type {FeedFailure, FeedProblem} from '../feed/types.js';

/**
 * Fired on an element when its feed cannot be used, or when the feed (or the
 * element's use of it) has problems that made entries be skipped. Bubbles and
 * crosses shadow roots, so one listener on `document` hears every block.
 */
export class FeedErrorEvent extends Event {
  static readonly eventName = 'feed-error';
  /** The feed's absolute URL; empty when the element has none. */
  readonly url: string;
  /** The problems, each with its JSON path, e.g. `networks[3].homepage`. */
  readonly problems: readonly FeedProblem[];
  /** Why the feed could not be used at all; absent when only some entries were skipped. */
  readonly failure: FeedFailure | undefined;

  constructor(url: string, problems: readonly FeedProblem[], failure?: FeedFailure) {
    super(FeedErrorEvent.eventName, {bubbles: true, composed: true});
    this.url = url;
    this.problems = problems;
    this.failure = failure;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'feed-error': FeedErrorEvent;
  }
}
