/** What `<review-stamp>` shows, from the feed's page or its own attributes alone: no rendering. */
import {parseIsoDate} from '../../feed/dates.js';
import {byId} from '../../feed/lookup.js';
import {problem} from '../../feed/problems.js';
import type {FeedProblem, Page, ValidFeed} from '../../feed/types.js';
import type {StampDates} from '../../internal/schema.js';
import type {Selection} from '../../base/widget-element.js';

type DateField = keyof StampDates;

/** The stamp's attributes: the page's id, and dates (`YYYY-MM-DD`) and reviewer that override the feed's. */
export interface StampProps {
  page: string;
  reviewed: string;
  reviewedBy: string;
  /** Not `updated`: Lit's lifecycle has that name. */
  lastUpdated: string;
  nextReview: string;
}

/** Each date's attribute and prop; the feed's `Page` uses the field names. */
const INPUTS = {
  reviewed: ['reviewed', 'reviewed'],
  updated: ['updated', 'lastUpdated'],
  nextReview: ['next-review', 'nextReview'],
} as const satisfies Record<DateField, readonly [string, keyof StampProps]>;

/** The dates and reviewer the stamp shows, and whether any date could not be read. */
export interface StampShown {
  dates: StampDates;
  by: string | undefined;
  overdue: boolean;
  empty: boolean;
  unreadable: boolean;
}

/** The stamp's dates: each attribute over the feed's page, checked as a real date; `today` is `YYYY-MM-DD`. */
export function select(
  feed: ValidFeed | undefined,
  props: StampProps,
  today: string,
): Selection<StampShown> {
  const problems: FeedProblem[] = [];
  let entry: Partial<Page> = {};
  if (feed) {
    const page = byId(feed.pages, props.page);
    if (!page)
      problems.push(
        problem(
          '@page',
          'unknown-id',
          `names no page in the feed (${JSON.stringify(props.page)})`,
          {id: props.page},
          'pages',
        ),
      );
    // A spread, not Object.assign: assigning a feed's own "__proto__" key would
    // make its unvalidated contents the entry's prototype, and so its fields.
    entry = {...page};
  }
  const dates: {-readonly [field in DateField]?: StampDates[field]} = {};
  let unreadable = false;
  for (const [field, [attribute, prop]] of Object.entries(INPUTS) as [
    DateField,
    (typeof INPUTS)[DateField],
  ][]) {
    const value = props[prop].trim() || entry[field];
    if (!value) continue;
    const date = parseIsoDate(value);
    if (date) {
      dates[field] = [value, date];
    } else {
      unreadable = true;
      problems.push(
        problem(
          `@${attribute}`,
          'invalid-attribute',
          `${JSON.stringify(value)} is not a real date, YYYY-MM-DD`,
          {value},
        ),
      );
    }
  }
  const by = props.reviewedBy.trim() || entry.reviewedBy;
  const {reviewed, updated, nextReview} = dates;
  const empty = !reviewed && !updated && !nextReview;
  if (empty && !unreadable && !feed) {
    problems.push(
      problem('@page', 'missing-attribute', 'needs a page id, or reviewed/updated dates'),
    );
  }
  return {
    shown: {
      dates,
      by,
      overdue: Boolean(nextReview && nextReview[0] < today),
      empty,
      unreadable,
    },
    problems,
    description: {kind: 'page', dates, reviewedBy: by, url: entry.url},
  };
}
