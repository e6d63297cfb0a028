/** The `<review-stamp>` element: when a page was last reviewed and updated. */
import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {msg} from '@lit/localize';
import {parseIsoDate} from '../../feed/formats.js';
import {byId} from '../../feed/lookup.js';
import type {Page, ValidFeed} from '../../feed/types.js';
import {formatDate, today} from '../../i18n/format.js';
import {WidgetElement} from '../../base/widget-element.js';
import {styles} from './review-stamp.styles.js';

type DateField = 'reviewed' | 'updated' | 'nextReview';
/** Each date's attribute and property; the feed's `Page` uses the field names. */
const DATE_INPUTS = {
  reviewed: ['reviewed', 'reviewed'],
  updated: ['updated', 'lastUpdated'],
  nextReview: ['next-review', 'nextReview'],
} as const satisfies Record<DateField, readonly [string, keyof ReviewStamp]>;

/**
 * When the page was last reviewed and updated, and by whom, from the feed's
 * `pages` or from inline attributes with no feed at all.
 *
 * @tag review-stamp
 * @slot - Fallback shown until the dates render and when the feed fails.
 * @csspart base - The wrapper around the dates.
 * @csspart heading - The (visually hidden) "Page information" heading.
 * @csspart reviewed - The "last reviewed" line.
 * @csspart updated - The "last updated" line.
 * @csspart next-review - The "next review due" line, while that date lies ahead.
 * @csspart outdated - The note shown once the next review date has passed.
 * @csspart status - The loading or error status.
 * @csspart retry - The "try again" button after a transient failure.
 * @cssprop --review-stamp-font-size - Font size of the stamp (default: --mw-font-size-small).
 * @cssprop --review-stamp-note-border - Border colour of the out-of-date note (default: --mw-color-accent).
 * @cssprop --review-stamp-note-background - Background of the out-of-date note (default: --mw-color-surface).
 * @fires {FeedErrorEvent} feed-error - The feed failed, the page id is unknown or a date is not a real date.
 */
export class ReviewStamp extends WidgetElement {
  static override styles = [...WidgetElement.styles, styles];
  protected static override feedSections = ['pages'] as const;
  static override get properties(): PropertyDeclarations {
    return {
      page: {},
      reviewed: {},
      reviewedBy: {attribute: 'reviewed-by'},
      lastUpdated: {attribute: 'updated'},
      nextReview: {attribute: 'next-review'},
    };
  }

  /** Feed id of the page whose review dates to show. */
  page = '';
  /** Date of the last review, `YYYY-MM-DD`; overrides the feed. */
  reviewed = '';
  /** Who reviewed the page; overrides the feed. */
  reviewedBy = '';
  /** Date of the last update, `YYYY-MM-DD`; overrides the feed. (Not `updated`: Lit's lifecycle has that name.) */
  lastUpdated = '';
  /** Date the next review is due, `YYYY-MM-DD`; once passed, an out-of-date note shows. */
  nextReview = '';

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (changed.has('page')) this.requestFeed();
  }

  protected override get usesFeed() {
    return Boolean(this.page);
  }

  #time(iso: string, date: Date) {
    return html`<time datetime=${iso}>${formatDate(date, this.formatLocale)}</time>`;
  }

  protected override renderContent(feed: ValidFeed | undefined): TemplateResult {
    let entry: Partial<Page> = {};
    if (feed) {
      const page = byId(feed.pages, this.page);
      if (!page)
        this.reportProblem('pages', `has no page with id ${JSON.stringify(this.page)}`);
      // A spread, not Object.assign: assigning a feed's own "__proto__" key would
      // make its unvalidated contents the entry's prototype, and so its fields.
      entry = {...page};
    }
    const dates: Partial<Record<DateField, [string, Date]>> = {};
    let unreadable = false;
    for (const [field, [attribute, property]] of Object.entries(DATE_INPUTS) as [
      DateField,
      (typeof DATE_INPUTS)[DateField],
    ][]) {
      const value = this[property].trim() || entry[field];
      if (!value) continue;
      const date = parseIsoDate(value);
      if (date) {
        dates[field] = [value, date];
      } else {
        unreadable = true;
        this.reportProblem(
          `@${attribute}`,
          `${JSON.stringify(value)} is not a real date, YYYY-MM-DD`,
        );
      }
    }
    const by = this.reviewedBy.trim() || entry.reviewedBy;
    const {reviewed, updated, nextReview} = dates;
    const overdue = nextReview && nextReview[0] < today();
    const empty = !reviewed && !updated && !nextReview;
    this.described = ['page', dates, by, entry.url];
    if (empty && !unreadable && !feed) {
      this.reportProblem('@page', 'needs a page id, or reviewed/updated dates');
    }
    return html`
      <div part="base" class="base">
        ${this.heading(msg('Page information', {desc: 'Heading of the review stamp.'}), 'visually-hidden')}
        ${
          reviewed
            ? html`<p part="reviewed">
                ${
                  by
                    ? msg(html`Last reviewed: ${this.#time(...reviewed)} by ${by}`, {
                        desc: 'Review stamp: date of the last review and the reviewer.',
                      })
                    : msg(html`Last reviewed: ${this.#time(...reviewed)}`, {
                        desc: 'Review stamp: date of the last review.',
                      })
                }
              </p>`
            : nothing
        }
        ${
          updated
            ? html`<p part="updated">
                ${msg(html`Last updated: ${this.#time(...updated)}`, {
                  desc: 'Review stamp: date the page was last changed.',
                })}
              </p>`
            : nothing
        }
        ${
          nextReview && !overdue
            ? html`<p part="next-review">
                ${msg(html`Next review due: ${this.#time(...nextReview)}`, {
                  desc: 'Review stamp: date the next review is planned.',
                })}
              </p>`
            : nothing
        }
        ${
          nextReview && overdue
            ? html`<p part="outdated" class="outdated">
                ${msg(
                  html`This page may be out of date: its review was due ${this.#time(...nextReview)}.`,
                  {desc: 'Polite note once the planned review date has passed.'},
                )}
              </p>`
            : nothing
        }
        ${
          unreadable
            ? html`<p>
                ${msg('Some review dates could not be read.', {desc: 'A date in the feed or page is not a real date.'})}
              </p>`
            : empty
              ? html`<p>
                  ${msg('No review information is available for this page.', {
                    desc: 'Review stamp with no dates to show, e.g. an unknown page id.',
                  })}
                </p>`
              : nothing
        }
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'review-stamp': ReviewStamp;
  }
}
