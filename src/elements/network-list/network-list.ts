/** The `<network-list>` element: the European networks a publisher belongs to. */
import {html, nothing, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import type {Network, ValidFeed} from '../../feed/types.js';
import {countryName, formatList, formatNumber, isSingular} from '../../i18n/format.js';
import {WidgetElement} from '../../internal/widget-element.js';
// Networks show their contact people in <contact-card compact>: define.ts registers both.
import '../contact-card/contact-card.js';
import {matchesSearch, selectNetworks, splitList} from './networks.js';
import {styles} from './network-list.styles.js';

type MemberKind = NonNullable<Network['memberKind']>;

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
 * @csspart description - A network's description.
 * @csspart facts - A network's members, countries, founding year, topics and homepage.
 * @csspart homepage - The link to a network's homepage.
 * @csspart contacts - A network's contact people.
 * @csspart empty - The message shown when no network matches.
 * @csspart clear - The button that clears the search.
 * @csspart status - The loading or error status.
 * @csspart retry - The "try again" button after a transient failure.
 * @cssprop --network-list-gap - Space between networks (default: --mw-space).
 * @cssprop --network-list-divider - Colour of the line between networks (default: --mw-color-border).
 * @fires {FeedErrorEvent} feed-error - The feed failed, entries were skipped, or `ids` names unknown networks.
 */
export class NetworkList extends WidgetElement {
  static override styles = [...WidgetElement.styles, styles];
  protected static override feedSections = ['networks', 'contacts'] as const;

  @query('input') private searchInput?: HTMLInputElement;

  @state() private search = '';

  /** Comma-separated ids of the networks to show, in this order (default: all). */
  @property() ids = '';
  /** Shows only the networks with this topic, matched in any language. */
  @property() topic = '';
  /** Adds a search field that filters by name, acronym, description and topics. */
  @property({type: Boolean}) searchable = false;

  #handleSearch(event: Event) {
    this.search = (event.target as HTMLInputElement).value;
  }

  async #handleClear() {
    this.search = '';
    await this.updateComplete;
    this.searchInput?.focus();
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

  /** The texts a reader sees of a network, which the search looks through. */
  #searchTexts(network: Network): string[] {
    return [network.name, network.description, ...(network.topics ?? [])]
      .map((text) => this.text(text))
      .concat(network.acronym ?? []);
  }

  #fact(term: string, value: unknown) {
    return html`<div class="fact"><dt>${term}</dt><dd>${value}</dd></div>`;
  }

  #renderNetwork(network: Network, feedUrl: string): TemplateResult {
    const {acronym, members, countries, founded, homepage, topics, contacts} = network;
    const name = this.text(network.name);
    return html`<li part="network" class="network">
      ${this.heading(
        html`${name}${acronym && acronym !== name ? html` <span class="acronym">(${acronym})</span>` : nothing}`,
      )}
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
                html`<ul part="contacts" class="contacts">
                ${contacts.map(
                  (id) =>
                    // The list's own JSON-LD describes its contact people.
                    html`<li><contact-card compact no-structured-data src=${feedUrl} contact=${id}></contact-card></li>`,
                )}
              </ul>`,
              )
            : nothing
        }
      </dl>
    </li>`;
  }

  #renderSearch(shown: number, searching: boolean) {
    return html`<div part="search" class="search" role="search">
      <label for="search">${msg('Search the networks', {desc: 'Label of the network search field.'})}</label>
      <input id="search" part="search-input" type="search" .value=${this.search} @input=${this.#handleSearch} />
      <p part="count" class="count" role="status">
        ${searching ? this.#matchCount(shown) : nothing}
      </p>
    </div>`;
  }

  protected override renderContent(feed: ValidFeed | undefined) {
    const ids = splitList(this.ids);
    const selected = selectNetworks(feed?.networks ?? [], {ids, topic: this.topic});
    for (const id of ids) {
      if (!feed?.networks.some((network) => network.id === id)) {
        this.reportProblem(
          '@ids',
          `names no network in the feed (${JSON.stringify(id)})`,
        );
      }
    }
    const searching = this.searchable && this.search.trim() !== '';
    const shown = searching
      ? selected.filter((network) =>
          matchesSearch(this.#searchTexts(network), this.search),
        )
      : selected;
    this.described = ['networks', shown, feed!];
    const url = this.feedResult?.url ?? '';
    return html`<div part="base" class="base">
      ${this.searchable ? this.#renderSearch(shown.length, searching) : nothing}
      ${
        shown.length
          ? html`<ul part="list" class="list">
            ${shown.map((network) => this.#renderNetwork(network, url))}
          </ul>`
          : searching
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
