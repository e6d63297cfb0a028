/** The `<language-links>` element: links to this page's versions in other languages. */
import {html, nothing, type PropertyDeclarations} from 'lit';
import {msg} from '@lit/localize';
import type {ValidFeed} from '../../feed/types.js';
import {webHref} from '../../internal/links.js';
import {WidgetElement} from '../../base/widget-element.js';
import {styles} from './language-links.styles.js';
import {select, type LanguageVersion, type LinksShown} from './select.js';
import {texts} from '../../i18n/generated/texts/language-links.js';

/**
 * Links to this page's versions in other languages, from the feed page's
 * `languages`, each named in its own language; the version in the element's
 * language is marked as current, not linked.
 *
 * @tag language-links
 * @slot - Fallback shown until the links render, when the feed fails, and when the feed does not know the page's languages.
 * @csspart base - The navigation landmark.
 * @csspart heading - The visually hidden heading, with `with-heading`.
 * @csspart list - The list of versions.
 * @csspart item - One version's list item.
 * @csspart link - The link to a version in another language.
 * @csspart current - The version in the element's own language (not a link).
 * @csspart status - The loading or error status.
 * @csspart retry - The "try again" button after a transient failure.
 * @cssprop --language-links-gap - Space between the links (default: --mw-space).
 * @cssprop --language-links-current-font-weight - Weight of the current version's name (default: bold).
 * @fires {FeedErrorEvent} feed-error - The feed failed, the page id is unknown, or a version's language or URL is invalid.
 */
export class LanguageLinks extends WidgetElement<LinksShown> {
  protected static override texts = texts;
  static override styles = [...WidgetElement.styles, styles];
  protected static override feedSections = ['pages'] as const;
  static override get properties(): PropertyDeclarations {
    return {
      page: {},
      withHeading: {attribute: 'with-heading', type: Boolean},
    };
  }

  /** Feed id of the page whose versions to link to. */
  page = '';
  /** Adds a visually hidden heading at `heading-level` naming the links, for readers who move by headings. */
  withHeading = false;

  protected override select(feed: ValidFeed | undefined) {
    // languages[0] is the element's language as the page writes it (`de-CH`), not only our UI locale.
    return select(feed, this, this.languages[0]!, this.formatLocale);
  }

  #version({tag, name, nameLang, href, current}: LanguageVersion) {
    if (current)
      return html`<li part="item">
        <span part="current" class="current" lang=${nameLang} aria-current="page">${name}</span>
      </li>`;
    // The validator has checked the URL; this is the contract's last word on links.
    const url = webHref(href);
    return url
      ? html`<li part="item"><a part="link" href=${url} lang=${nameLang} hreflang=${tag}>${name}</a></li>`
      : nothing;
  }

  protected override renderContent({versions, fallback}: LinksShown) {
    if (fallback) return html`<slot></slot>`;
    if (!versions.length) return nothing;
    const label = msg('This page in other languages', {
      desc: 'Accessible name of the navigation with links to the page in other languages.',
    });
    return html`
      <nav
        part="base"
        class="base"
        aria-label=${this.withHeading ? nothing : label}
        aria-labelledby=${this.withHeading ? 'label' : nothing}
      >
        ${this.withHeading ? this.heading(html`<span id="label">${label}</span>`, 'visually-hidden') : nothing}
        <ul part="list" class="list">
          ${versions.map((version) => this.#version(version))}
        </ul>
      </nav>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'language-links': LanguageLinks;
  }
}
