/** The `<news-list>` element: dated news about the publisher's international work. */
import {html, nothing, type PropertyDeclarations} from 'lit';
import {msg, str} from '@lit/localize';
import {parseIsoDate} from '../../feed/dates.js';
import type {NewsItem, ValidFeed} from '../../feed/types.js';
import {formatDate, formatNumber, isSingular} from '../../i18n/format.js';
import {integerAttribute} from '../../internal/attributes.js';
import {safeHref} from '../../internal/links.js';
import {Slices} from '../../internal/slices.js';
import {WidgetElement} from '../../base/widget-element.js';
import {topicsOf} from './news.js';
import {styles} from './news-list.styles.js';
import {select, type NewsShown} from './select.js';
import {texts} from '../../i18n/generated/texts/news-list.js';

/**
 * Dated news items from the feed's `news`, newest first, with an optional
 * topic filter and the empty state municipal sites show.
 *
 * @tag news-list
 * @slot - Fallback shown until the news renders and when the feed fails.
 * @csspart base - The wrapper around the whole block.
 * @csspart filter - The topic filter and its label.
 * @csspart filter-select - The topic filter's drop-down.
 * @csspart count - The number of items shown for the chosen topic.
 * @csspart list - The list of news items.
 * @csspart item - One news item.
 * @csspart heading - An item's title.
 * @csspart date - An item's date.
 * @csspart summary - An item's summary.
 * @csspart empty - The message shown when there are no items.
 * @csspart all-news - The link to all news (`all-href`).
 * @csspart status - The loading or error status.
 * @csspart retry - The "try again" button after a transient failure.
 * @cssprop --news-list-gap - Space between items (default: --mw-space).
 * @fires {FeedErrorEvent} feed-error - The feed failed or news items were skipped.
 */
export class NewsList extends WidgetElement<NewsShown> {
  protected static override texts = texts;
  static override styles = [...WidgetElement.styles, styles];
  protected static override feedSections = ['news'] as const;
  protected static override describes = true;
  static override get properties(): PropertyDeclarations {
    return {
      chosenTopic: {state: true, attribute: false},
      topic: {},
      limit: {
        converter: integerAttribute('limit', {min: 0, max: 1_000_000, fallback: 0}),
      },
      filterable: {type: Boolean},
      allHref: {attribute: 'all-href'},
    };
  }

  /** The topic chosen in the filter; `undefined` until the reader chooses one. */
  declare private chosenTopic: string | undefined;

  /** Shows only the items with this topic, matched in any language; the filter's first choice. */
  topic = '';
  /** The most items to show (default: all). */
  limit = 0;
  /** Adds a drop-down that filters the items by topic. */
  filterable = false;
  /** URL of the page with all news; the empty state links to it. */
  allHref = '';

  protected override select(feed: ValidFeed | undefined) {
    return select(feed, {
      topic: this.topic,
      chosenTopic: this.chosenTopic,
      limit: this.limit,
      languages: this.languages,
    });
  }

  /** The items shown, rendered a slice per task. */
  #slices = new Slices<NewsItem>(this);

  #handleTopic(event: Event) {
    this.chosenTopic = (event.target as HTMLSelectElement).value;
  }

  #renderFilter(items: readonly NewsItem[], topic: string, shown: number) {
    const topics = topicsOf(items, (t) => this.text(t), this.formatLocale);
    const n = formatNumber(shown, this.formatLocale);
    return html`<div part="filter" class="filter needs-script">
      <label for="topic">${msg('Topic', {desc: 'Label of the news topic filter.'})}</label>
      <select id="topic" part="filter-select" @change=${this.#handleTopic}>
        <option value="" ?selected=${!topic}>${msg('All topics', {desc: 'Filter choice that shows every news item.'})}</option>
        ${topics.map((t) => html`<option .value=${t} ?selected=${t === topic}>${t}</option>`)}
      </select>
      <p part="count" class="count" role="status">
        ${
          this.chosenTopic === undefined
            ? nothing
            : isSingular(shown, this.formatLocale)
              ? msg(str`${n} news item`, {
                  desc: 'Announced when the topic filter changes.',
                })
              : msg(str`${n} news items`, {
                  desc: 'Announced when the topic filter changes.',
                })
        }
      </p>
    </div>`;
  }

  #renderItem(item: NewsItem) {
    const title = this.text(item.title);
    const href = safeHref(item.url);
    return html`<li part="item" class="item">
      ${this.heading(href ? html`<a href=${href}>${title}</a>` : title)}
      <p class="date">
        <time part="date" datetime=${item.date}>${formatDate(parseIsoDate(item.date)!, this.formatLocale)}</time>
      </p>
      ${item.summary ? html`<p part="summary">${this.text(item.summary)}</p>` : nothing}
    </li>`;
  }

  #renderEmpty(topic: string, emptyForTopic: boolean) {
    const all = safeHref(this.allHref);
    return html`<div part="empty" class="empty">
      <p>
        ${
          topic
            ? msg(str`No news items about “${topic}” were found.`, {
                desc: 'Empty news list for a topic.',
              })
            : msg('No news items were found.', {desc: 'Empty news list.'})
        }
      </p>
      ${
        // Only advice the reader can follow: a filter to change, and items it would show.
        this.filterable && emptyForTopic
          ? html`<p>${msg('Try another filter.', {desc: 'Advice in the empty news list, beside its topic filter.'})}</p>`
          : nothing
      }
      ${
        all
          ? html`<p><a part="all-news" href=${all}>${msg('Read all news', {desc: 'Link to the page with all news.'})}</a></p>`
          : nothing
      }
    </div>`;
  }

  /** Resolves once the whole list has rendered, every slice of it. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#slices.complete(() => super.getUpdateComplete());
  }

  protected override renderContent({items, topic, list, emptyForTopic}: NewsShown) {
    // What the list is made from: the same items while the slices grow.
    const key = [
      this.feed?.news,
      topic,
      this.limit,
      this.formatLocale,
      this.headingLevel,
    ];
    this.#slices.items(key, () => list);
    return html`<div part="base" class="base">
      ${this.filterable ? this.#renderFilter(items, topic, list.length) : nothing}
      ${
        list.length
          ? html`<ul part="list" class="list">${this.#slices.render((item) => this.#renderItem(item))}</ul>`
          : this.#renderEmpty(topic, emptyForTopic)
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-list': NewsList;
  }
}
