/** The `<review-stamp>` element: when a page was last reviewed and updated. */
import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {msg} from '@lit/localize';
import type {ValidFeed} from '../../feed/types.js';
import {formatDate, today} from '../../i18n/format.js';
import {WidgetElement} from '../../base/widget-element.js';
import {styles} from './review-stamp.styles.js';
import {select, type StampShown} from './select.js';
import {texts} from '../../i18n/generated/texts/review-stamp.js';

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
export class ReviewStamp extends WidgetElement<StampShown> {
  protected static override texts = texts;
  static override styles = [...WidgetElement.styles, styles];
  protected static override feedSections = ['pages'] as const;
  protected static override describes = true;
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
    // Before the base selects: a new page id may mean a feed, or none.
    if (changed.has('page')) this.requestFeed();
    super.willUpdate(changed);
  }

  protected override get usesFeed() {
    return Boolean(this.page);
  }

  protected override select(feed: ValidFeed | undefined) {
    return select(feed, this, today());
  }

  #time(iso: string, date: Date) {
    return html`<time datetime=${iso}>${formatDate(date, this.formatLocale)}</time>`;
  }

  protected override renderContent({
    dates: {reviewed, updated, nextReview},
    by,
    overdue,
    empty,
    unreadable,
  }: StampShown): TemplateResult {
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
