/** What `<review-stamp>` shows, from the feed's page or its own attributes alone: no rendering. */
import {parseIsoDate} from '../../feed/formats.js';
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
  updated: string;
  nextReview: string;
  /** Today, `YYYY-MM-DD`: the next review is overdue once its date lies before it. */
  today: string;
}

/** Each date's attribute; the feed's `Page` and the props use the field names. */
const ATTRIBUTES = {
  reviewed: 'reviewed',
  updated: 'updated',
  nextReview: 'next-review',
} as const satisfies Record<DateField, string>;

/** The dates and reviewer the stamp shows, and whether any date could not be read. */
export interface StampShown {
  dates: StampDates;
  by: string | undefined;
  overdue: boolean;
  empty: boolean;
  unreadable: boolean;
}

/** The stamp's dates: each attribute over the feed's page, checked as a real date. */
export function select(
  feed: ValidFeed | undefined,
  props: StampProps,
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
  for (const [field, attribute] of Object.entries(ATTRIBUTES) as [DateField, string][]) {
    const value = props[field].trim() || entry[field];
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
      overdue: Boolean(nextReview && nextReview[0] < props.today),
      empty,
      unreadable,
    },
    problems,
    description: {kind: 'page', dates, reviewedBy: by, url: entry.url},
  };
}
