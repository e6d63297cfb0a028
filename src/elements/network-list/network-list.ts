/** The `<network-list>` element: the European networks a publisher belongs to. */
import {
  html,
  isServer,
  noChange,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {msg, str} from '@lit/localize';
import {byId} from '../../feed/lookup.js';
import type {Network, ValidFeed} from '../../feed/types.js';
import {countryName, formatList, formatNumber, isSingular} from '../../i18n/format.js';
import {webHref} from '../../internal/links.js';
import {nextTask} from '../../internal/tasks.js';
import {WidgetElement} from '../../base/widget-element.js';
import {channelStyles, compactContact} from '../../internal/contact-channels.js';
import {roleLine} from '../../feed/contacts.js';
import {styles} from './network-list.styles.js';
import {select, type NetworkSelection} from './select.js';
import {texts} from '../../i18n/generated/texts/network-list.js';

type MemberKind = NonNullable<Network['memberKind']>;

/**
 * Networks rendered per task. A long list grows by this many at a time, one
 * task after another, so that no task keeps the page from answering input
 * for long (`npm run bench` measures the longest task). The first slice is
 * smaller: it also pays for making the templates and `Intl` formatters.
 */
// Prerendered, the whole list at once: a reader without JavaScript gets no more.
const FIRST_SLICE = isServer ? Infinity : 25;
const SLICE = 100;

/**
 * A directory of the European networks and organisations a publisher belongs
 * to, from the feed's `networks`, with each network's contact people.
 *
 * @tag network-list
 * @slot - Fallback shown until the list renders and when the feed fails.
 * @csspart base - The wrapper around the whole block.
 * @csspart search - The search field and its label.
 * @csspart search-input - The search field.
 * @csspart count - The number of networks matching the search.
 * @csspart list - The list of networks.
 * @csspart network - One network.
 * @csspart heading - A network's name.
 * @csspart logo - A network's logo, beside its name: at most 8em wide and 3em tall.
 * @csspart description - A network's description.
 * @csspart facts - A network's members, countries, founding year, topics and homepage.
 * @csspart homepage - The link to a network's homepage.
 * @csspart contacts - A network's contact people.
 * @csspart name - A contact person's name.
 * @csspart role - A contact person's role and unit.
 * @csspart phone - A contact person's phone number link.
 * @csspart email - A contact person's e-mail link.
 * @csspart website - The link to a contact person's web page.
 * @csspart empty - The message shown when no network matches.
 * @csspart clear - The button that clears the search.
 * @csspart status - The loading or error status.
 * @csspart retry - The "try again" button after a transient failure.
 * @cssprop --network-list-gap - Space between networks (default: --mw-space).
 * @cssprop --network-list-divider - Colour of the line between networks (default: --mw-color-border).
 * @fires {FeedErrorEvent} feed-error - The feed failed, entries were skipped, or `ids` names unknown networks.
 */
export class NetworkList extends WidgetElement<Network[]> {
  protected static override texts = texts;
  static override styles = [...WidgetElement.styles, channelStyles, styles];
  protected static override feedSections = ['networks', 'contacts'] as const;
  protected static override describes = true;
  static override get properties(): PropertyDeclarations {
    return {
      search: {state: true, attribute: false},
      rendered: {state: true, attribute: false},
      ids: {},
      topic: {},
      searchable: {type: Boolean},
    };
  }

  declare protected selection: NetworkSelection | undefined;

  private search = '';
  /** How many of the shown networks have been rendered so far: the list grows a slice per task. */
  private rendered = FIRST_SLICE;

  /** Comma-separated ids of the networks to show, in this order (default: all). */
  ids = '';
  /** Shows only the networks with this topic, matched in any language. */
  topic = '';
  /** Adds a search field that filters by name, acronym, description and topics. */
  searchable = false;

  /** Templates of the networks rendered so far, one array per slice. */
  #slices: TemplateResult[][] = [];
  /** How many networks those are. */
  #sliced = 0;
  /** The next slice, while the list is still growing. */
  #nextSlice: Promise<void> | undefined;

  #handleSearch(event: Event) {
    this.search = (event.target as HTMLInputElement).value;
  }

  async #handleClear() {
    this.search = '';
    await this.updateComplete;
    this.renderRoot.querySelector('input')?.focus();
  }

  #memberCount(count: number, kind: MemberKind = 'members'): string {
    const n = formatNumber(count, this.formatLocale);
    const one = isSingular(count, this.formatLocale);
    switch (kind) {
      case 'regions':
        return one
          ? msg(str`${n} region`, {desc: 'Member count of a network.'})
          : msg(str`${n} regions`, {desc: 'Member count of a network.'});
      case 'municipalities':
        return one
          ? msg(str`${n} municipality`, {desc: 'Member count of a network.'})
          : msg(str`${n} municipalities`, {desc: 'Member count of a network.'});
      case 'organisations':
        return one
          ? msg(str`${n} organisation`, {desc: 'Member count of a network.'})
          : msg(str`${n} organisations`, {desc: 'Member count of a network.'});
      default:
        return one
          ? msg(str`${n} member`, {desc: 'Member count of a network.'})
          : msg(str`${n} members`, {desc: 'Member count of a network.'});
    }
  }

  #matchCount(count: number): string {
    const n = formatNumber(count, this.formatLocale);
    return isSingular(count, this.formatLocale)
      ? msg(str`${n} network matches your search.`, {desc: 'Announced while searching.'})
      : msg(str`${n} networks match your search.`, {desc: 'Announced while searching.'});
  }

  #fact(term: string, value: unknown) {
    return html`<div class="fact"><dt>${term}</dt><dd>${value}</dd></div>`;
  }

  #renderContacts(ids: readonly string[], feed: ValidFeed) {
    const country = feed.publisher?.country;
    // Inline rather than nested <contact-card>s: a fifth of the DOM work. The
    // list's own JSON-LD describes its contact people.
    return html`<ul part="contacts" class="contacts">
      ${ids.map((id) => {
        // The feed's validation has dropped ids of contacts it does not have.
        const contact = byId(feed.contacts, id)!;
        const role = roleLine(contact, (text) => this.text(text));
        return html`<li class="compact">${compactContact(contact, role, country)}</li>`;
      })}
    </ul>`;
  }

  #renderNetwork(network: Network, feed: ValidFeed): TemplateResult {
    const {acronym, members, countries, founded, topics, contacts, logo} = network;
    const homepage = webHref(network.homepage);
    const name = this.text(network.name);
    const title = this.heading(
      html`${name}${acronym && acronym !== name ? html` <span class="acronym">(${acronym})</span>` : nothing}`,
    );
    // The feed's validation has kept only logos on the feed's own host, resolved.
    const logoSrc = webHref(logo?.src);
    return html`<li part="network" class="network">
      ${
        logo && logoSrc
          ? // Its size reserved before it loads; alt="": the heading beside it names the network.
            html`<div class="title">
            ${title}<img part="logo" class="logo" src=${logoSrc} width=${logo.width} height=${logo.height} alt="" loading="lazy" decoding="async" />
          </div>`
          : title
      }
      ${
        network.description
          ? html`<p part="description">${this.text(network.description)}</p>`
          : nothing
      }
      <dl part="facts" class="facts">
        ${
          members === undefined
            ? nothing
            : this.#fact(
                msg('Members', {desc: 'Label of a network’s member count.'}),
                this.#memberCount(members, network.memberKind),
              )
        }
        ${
          countries?.length
            ? this.#fact(
                msg('Countries', {
                  desc: 'Label of the countries a network’s members are in.',
                }),
                formatList(
                  countries.map((code) => countryName(code, this.formatLocale)),
                  this.formatLocale,
                ),
              )
            : nothing
        }
        ${
          founded
            ? this.#fact(
                msg('Founded', {desc: 'Label of the year a network was founded.'}),
                founded.slice(0, 4),
              )
            : nothing
        }
        ${
          topics?.length
            ? this.#fact(
                msg('Topics', {desc: 'Label of the subjects a network works on.'}),
                formatList(
                  topics.map((topic) => this.text(topic)),
                  this.formatLocale,
                ),
              )
            : nothing
        }
        ${
          homepage
            ? this.#fact(
                msg('Website', {desc: 'Label of a network’s homepage link.'}),
                html`<a part="homepage" href=${homepage}>${new URL(homepage).hostname}</a>`,
              )
            : nothing
        }
        ${
          contacts?.length
            ? this.#fact(
                msg('Contact', {desc: 'Label of a network’s contact people.'}),
                this.#renderContacts(contacts, feed),
              )
            : nothing
        }
      </dl>
    </li>`;
  }

  #renderSearch(shown: number, searching: boolean) {
    return html`<div part="search" class="search needs-script" role="search">
      <label for="search">${msg('Search the networks', {desc: 'Label of the network search field.'})}</label>
      <input id="search" part="search-input" type="search" .value=${this.search} @input=${this.#handleSearch} />
      <p part="count" class="count" role="status">
        ${searching ? this.#matchCount(shown) : nothing}
      </p>
    </div>`;
  }

  get #searching() {
    return this.searchable && this.search.trim() !== '';
  }

  protected override select(feed: ValidFeed | undefined) {
    return select(feed, {
      ids: this.ids,
      topic: this.topic,
      search: this.#searching ? this.search : '',
      languages: this.languages,
    });
  }

  // A new slice of the same list renders only its own networks.
  protected override reselects(changed: PropertyValues<this>) {
    return !(changed.size === 1 && changed.has('rendered' as keyof NetworkList));
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    // Anything else (the feed, the selection, the search, the language)
    // renders the list anew, from its first slice.
    if (!this.reselects(changed)) return;
    this.#slices = [];
    this.#sliced = 0;
    this.rendered = FIRST_SLICE;
  }

  protected override updated() {
    super.updated();
    const shown = this.selection?.shown ?? [];
    if (this.#sliced === this.rendered && this.#sliced < shown.length) {
      const slices = this.#slices;
      this.#nextSlice = nextTask().then(() => {
        this.#nextSlice = undefined;
        // Unless the list has been rendered anew in the meantime.
        if (slices === this.#slices) this.rendered += SLICE;
      });
    }
  }

  /** Resolves once the whole list has rendered, every slice of it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#nextSlice) {
      await this.#nextSlice;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override renderContent(shown: Network[], feed: ValidFeed | undefined) {
    const searching = this.#searching;
    const end = Math.min(this.rendered, shown.length);
    if (this.#sliced < end) {
      this.#slices.push(
        shown
          .slice(this.#sliced, end)
          .map((network) => this.#renderNetwork(network, feed!)),
      );
      this.#sliced = end;
    }
    return html`<div part="base" class="base">
      ${this.searchable ? this.#renderSearch(shown.length, searching) : nothing}
      ${
        shown.length
          ? html`<ul part="list" class="list">
            ${
              // Each render adds one slice: Lit is told to leave the earlier ones be.
              this.#slices.map((slice, index, {length}) =>
                index < length - 1 ? noChange : slice,
              )
            }
          </ul>`
          : // "Try another word" only where another word could find a network.
            searching && this.selection?.searchable
            ? html`<div part="empty" class="empty">
              <p>${msg(str`No network matches “${this.search.trim()}”. Try another word, or clear the search.`, {desc: 'Empty search result.'})}</p>
              <button part="clear" type="button" @click=${this.#handleClear}>
                ${msg('Clear the search', {desc: 'Button that empties the network search field.'})}
              </button>
            </div>`
            : html`<p part="empty" class="empty">
              ${msg('There are no networks to show.', {desc: 'The feed or the selection has no networks.'})}
            </p>`
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'network-list': NetworkList;
  }
}
