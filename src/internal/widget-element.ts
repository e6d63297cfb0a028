/**
 * The base of every element: it asks the shared feed store for the feed,
 * follows the language of the page around it, shows the webmaster's fallback
 * content and a short localised status until the data renders (and again when
 * the feed fails), and reports problems through `feed-error`.
 */
import {
  LitElement,
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {msg, str} from '@lit/localize';
import {
  DEFAULT_TIMEOUT,
  LOGGED_PROBLEMS,
  TIMEOUTS,
  isTransient,
  loadFeed,
  resolveFeedUrl,
} from '../feed/store.js';
import {localize} from '../feed/l10n.js';
import {problemSection} from '../feed/paths.js';
import type {
  FeedFailure,
  FeedProblem,
  FeedResult,
  FeedSection,
  L10N,
  ValidFeed,
} from '../feed/types.js';
import {languageOf, observeLanguage, toLocale, type Locale} from '../i18n/language.js';
import {isLocaleReady, loadLocale, withLocale} from '../i18n/localization.js';
import {sourceLocale} from '../i18n/generated/locale-codes.js';
import {formatLocale} from '../i18n/format.js';
import {hostStyles} from '../theme/host-styles.js';
import {VERSION} from '../version.js';
import {integerAttribute} from './attributes.js';
import {FeedErrorEvent} from './events.js';
import {DEFAULT_HEADING_LEVEL, heading} from './heading.js';
import {nextTask} from './tasks.js';
import type {Described} from './structured-data.js';

/** The schema.org describer, loaded once a block first has something to describe. */
let structuredData: Promise<typeof import('./structured-data.js')> | undefined;

/**
 * The base class of every municipal-widgets element.
 *
 * @slot - Fallback shown until the data renders and again when the feed fails.
 * @csspart status - The loading or error status.
 * @csspart retry - The "try again" button after a transient failure.
 * @cssprop --mw-font-family - Font of all text (default: --env-font-family, else inherited).
 * @cssprop --mw-color-text - Text colour (default: --env-font-color, else inherited).
 * @cssprop --mw-color-accent - Links, buttons and highlights (default: --env-link-font-color, else LinkText).
 * @cssprop --mw-color-button-text - Text on buttons (default: Canvas).
 * @cssprop --mw-color-border - Borders (default: --env-border-color, else currentColor).
 * @cssprop --mw-color-surface - Backgrounds of notes and cards (default: transparent).
 * @cssprop --mw-color-focus - Focus outlines (default: the accent colour).
 * @cssprop --mw-radius - Corner radius (default: 4px).
 * @cssprop --mw-space - Spacing unit (default: 1em).
 * @cssprop --mw-font-size-small - Statuses and small print (default: 0.875em).
 * @cssprop --mw-line-height - Line height (default: 1.5).
 * @fires {FeedErrorEvent} feed-error - The feed could not be used, or entries this element reads were skipped.
 */
export abstract class WidgetElement extends LitElement {
  static override styles = [hostStyles];
  // Reactive properties without decorators (one helper fewer per module in the
  // bundle); the fields below carry the docs. Each subclass lists only its own:
  // Lit merges them. A getter because lit-analyzer reads only that form;
  // `attribute: false` beside `state: true` keeps states out of the manifest.
  static override get properties(): PropertyDeclarations {
    return {
      feedResult: {state: true, attribute: false},
      locale: {state: true, attribute: false},
      src: {},
      headingLevel: {
        attribute: 'heading-level',
        converter: integerAttribute('heading-level', {
          min: 1,
          max: 6,
          fallback: DEFAULT_HEADING_LEVEL,
        }),
      },
      timeout: {converter: integerAttribute('timeout', TIMEOUTS)},
      noStructuredData: {attribute: 'no-structured-data', type: Boolean},
    };
  }
  /** The library version, so that two copies on one page can tell each other apart. */
  static readonly version = VERSION;
  /** The feed lists this element reads; it reports problems found in these only. */
  protected static feedSections: readonly FeedSection[] = [];

  #loadId = 0;
  #requestedUrl: string | undefined;
  #stopObservingLanguage: (() => void) | undefined;
  #reported = new Set<string>();
  /** How many of them were logged to the console. */
  #logged = 0;
  #pendingProblems: FeedProblem[] = [];
  /** The language tag in effect, as the page writes it (`sv-FI`); `locale` is what we speak. */
  private language: string = sourceLocale;
  /** What the block shows, for its structured data; `renderContent` sets it, each render anew. */
  protected described: Described | undefined;
  /** What the block's JSON-LD was last made from. */
  #describedKey: unknown[] = [];

  /** The loaded feed, or why it failed; `undefined` while loading. */
  declare protected feedResult: FeedResult | undefined;
  /** The language this element renders its own texts in. */
  protected locale: Locale = sourceLocale;

  /** URL of the feed; defaults to the page's `<meta name="municipal-widgets:feed">`. */
  src = '';
  /** Level (1–6) of the headings this element renders, to fit the page's outline. */
  headingLevel = DEFAULT_HEADING_LEVEL;
  /** Milliseconds to wait for the feed before showing an error. */
  timeout = DEFAULT_TIMEOUT;
  /** Leaves out the schema.org JSON-LD that describes the block to search engines. */
  noStructuredData = false;

  override connectedCallback() {
    super.connectedCallback();
    this.#stopObservingLanguage = observeLanguage(() => this.#updateLanguage());
    this.#updateLanguage();
    this.requestFeed();
    // Back on the page with what it showed (a block moved): its JSON-LD too.
    this.#describe();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#stopObservingLanguage?.();
    // Results that arrive after removal are dropped; a reconnect asks again.
    this.#loadId++;
    this.#requestedUrl = undefined;
    this.#describe();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('src') || changed.has('timeout')) this.requestFeed();
  }

  protected override update(changed: PropertyValues<this>) {
    withLocale(this.locale, () => super.update(changed));
  }

  protected override updated() {
    const problems = this.#pendingProblems.filter(({path, message}) => {
      const key = `${path} ${message}`;
      if (this.#reported.has(key)) return false;
      this.#reported.add(key);
      return true;
    });
    this.#pendingProblems = [];
    // As many lines as the store logs for a feed (20 000 unknown ids once made 20 000).
    for (const {path, message} of problems) {
      if (this.#logged < LOGGED_PROBLEMS)
        console.warn(`municipal-widgets: <${this.localName}> ${path} ${message}`);
      else if (this.#logged === LOGGED_PROBLEMS)
        console.warn(
          `municipal-widgets: <${this.localName}> more problems; listed in the feed-error events`,
        );
      this.#logged++;
    }
    if (problems.length) {
      this.dispatchEvent(new FeedErrorEvent(this.feedResult?.url ?? '', problems));
    }
    this.#describe();
  }

  /**
   * Keeps the block's JSON-LD in step with what it shows, after it has
   * rendered (or left the page). Its code loads when a block first has
   * something to describe.
   */
  #describe() {
    // Nothing it depends on has changed since the last time: nothing to redo.
    const key = [
      this.isConnected,
      this.noStructuredData,
      this.language,
      this.locale,
      ...(this.described ?? []),
    ];
    const last = this.#describedKey;
    if (key.length === last.length && key.every((value, i) => value === last[i])) return;
    this.#describedKey = key;
    if ((!this.noStructuredData && this.described) || structuredData)
      (structuredData ??= import('./structured-data.js')).then(
        (module) => module.syncScript(this),
        // Without its chunk the page just has no structured data.
        () => {},
      );
  }

  /** Whether this element needs the feed at all (review-stamp can do without). */
  protected get usesFeed(): boolean {
    return true;
  }

  /** Loads the feed if the element needs one it has not asked for yet (or `again`). */
  protected requestFeed(again = false) {
    if (!this.isConnected) return;
    const url = this.usesFeed ? resolveFeedUrl(this.src) : undefined;
    if (!again && url === this.#requestedUrl && (url || !this.usesFeed)) return;
    this.#requestedUrl = url;
    const id = ++this.#loadId;
    // A block moved on the page keeps what it shows while it asks again (the
    // store answers from the same load): no "Loading…" flashes in between.
    if (!(this.feedResult?.ok && this.feedResult.url === url))
      this.feedResult = undefined;
    this.#reported.clear();
    this.#logged = 0;
    if (!this.usesFeed) return;
    if (!url) {
      this.#settle({ok: false, url: '', failure: {kind: 'no-src'}, problems: []});
      return;
    }
    loadFeed(url, this.timeout)
      .then(async (result) => {
        // Every block on the feed renders now: each in a task of its own.
        await nextTask();
        if (id === this.#loadId) this.#settle(result);
      })
      // loadFeed never rejects; a listener of feed-error may throw.
      .catch((error: unknown) => console.error(error));
  }

  #settle(result: FeedResult) {
    this.feedResult = result;
    const sections = (this.constructor as typeof WidgetElement).feedSections;
    const problems = result.problems.filter((problem) => {
      const section = problemSection(problem);
      return section === undefined || sections.includes(section);
    });
    if (!result.ok || problems.length) {
      for (const {path, message} of problems) this.#reported.add(`${path} ${message}`);
      this.dispatchEvent(
        new FeedErrorEvent(result.url, problems, result.ok ? undefined : result.failure),
      );
    }
  }

  #updateLanguage() {
    const language = languageOf(this);
    if (language === this.language) return;
    this.language = language;
    const locale = toLocale(language);
    this.locale = locale;
    if (!isLocaleReady(locale)) {
      // Like the feed, the texts let every block waiting for them render: each
      // in a task of its own.
      loadLocale(locale)
        .then(nextTask)
        .then(
          () => this.requestUpdate(),
          () => {
            console.warn(
              `municipal-widgets: could not load the "${locale}" texts; using English`,
            );
            if (this.locale === locale) this.locale = sourceLocale;
          },
        );
    }
  }

  /**
   * Reports a problem with how this element uses the feed (an unknown id, a
   * bad attribute) once, on the console and as a `feed-error` event.
   */
  protected reportProblem(path: string, message: string) {
    this.#pendingProblems.push({path, message});
  }

  /** A localised feed text in this element's language, by the contract's fallback order. */
  protected text(value: L10N | undefined): string {
    const publisher = this.feedResult?.ok
      ? this.feedResult.feed.publisher?.language
      : undefined;
    return localize(
      value,
      publisher ? [this.language, this.locale, publisher] : [this.language, this.locale],
    );
  }

  /** The locale `Intl` formats dates, numbers and names in for this element. */
  protected get formatLocale(): string {
    return formatLocale(this.language, this.locale);
  }

  /** A heading at this element's `heading-level`. */
  protected heading(content: unknown, className?: string) {
    return heading(this.headingLevel, content, className);
  }

  #handleRetry() {
    this.requestFeed(true);
    this.renderRoot.querySelector<HTMLElement>('.status')?.focus();
  }

  #failureText(failure: FeedFailure): string {
    switch (failure.kind) {
      case 'no-src':
        return msg('No feed is set for this block.', {
          desc: 'Status when the page names no feed URL (a configuration error).',
        });
      case 'timeout':
        return msg(
          'The information could not be loaded: the server took too long to answer.',
          {
            desc: 'Status when the feed did not arrive in time.',
          },
        );
      case 'network':
        return msg(
          'The information could not be loaded: there is no connection to the server.',
          {
            desc: 'Status when the feed could not be fetched at all.',
          },
        );
      case 'too-large':
        return msg('The information could not be loaded: the feed is too large.', {
          desc: 'Status when the feed is larger than a block will read (10 MB).',
        });
      case 'http':
        return msg(str`The information could not be loaded (error ${failure.status}).`, {
          desc: 'Status when the server answered the feed request with an HTTP error code.',
        });
      default:
        return msg(
          'The information could not be loaded: the feed is not in the expected format.',
          {
            desc: 'Status when the feed is not valid JSON or not a feed of this library.',
          },
        );
    }
  }

  /** Renders the element's data; called once the feed (if it uses one) is ready. */
  protected abstract renderContent(
    feed: ValidFeed | undefined,
  ): TemplateResult | typeof nothing;

  protected override render() {
    this.described = undefined;
    // Until its texts have arrived, a non-English block shows only the fallback.
    if (!isLocaleReady(this.locale)) return html`<slot></slot>`;
    const result = this.feedResult;
    if (!this.usesFeed || result?.ok)
      return this.renderContent(result?.ok ? result.feed : undefined);
    const failure = result?.failure;
    return html`
      <div
        part="status"
        class="status"
        role="status"
        tabindex="-1"
        data-state=${failure ? 'error' : 'loading'}
      >
        ${
          failure
            ? this.#failureText(failure)
            : msg('Loading…', {desc: 'Status while the feed is loading.'})
        }
      </div>
      ${
        failure && isTransient(failure)
          ? html`<p>
              <button part="retry" type="button" @click=${this.#handleRetry}>
                ${msg('Try again', {desc: 'Button that loads the feed again after a failure.'})}
              </button>
            </p>`
          : nothing
      }
      <slot></slot>
    `;
  }
}
