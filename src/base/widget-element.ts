/**
 * The base of every element: its common properties, the status it shows
 * while the feed loads or when it fails (with the webmaster's fallback
 * content), the one way problems are reported (`feed-error`), and helpers for
 * localised text and headings. Loading the feed and following the page's
 * language are controllers of their own.
 */
import {
  LitElement,
  html,
  noChange,
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
  resolveFeedUrl,
} from '../feed/store.js';
import type {
  FeedFailure,
  FeedProblem,
  FeedResult,
  FeedSection,
  L10N,
  ValidFeed,
} from '../feed/types.js';
import {localize} from '../i18n/l10n.js';
import type {Locale} from '../i18n/language.js';
import {withLocale, type Texts} from '../i18n/localization.js';
import {hostStyles} from '../theme/host-styles.js';
import {VERSION} from '../version.js';
import {FeedController} from '../internal/feed-controller.js';
import {DEFAULT_HEADING_LEVEL, heading} from '../internal/heading.js';
import {LanguageController} from '../internal/language-controller.js';
import {StructuredDataController} from '../internal/structured-data.js';
import type {Description} from '../internal/schema.js';
import {integerAttribute} from '../internal/attributes.js';
import {FeedErrorEvent} from './events.js';

type TakeOver = typeof import('../internal/takeover.js').takeOver;

/** The code that replaces prerendered blocks, loaded once a page has one; `null` if it could not load. */
let takeoverChunk: Promise<TakeOver | null> | undefined;

/**
 * What an element shows, as its pure `select(feed, props)` works it out: the
 * entries (or values) it renders, the problems with how it uses the feed, and
 * what its structured data describes.
 */
export interface Selection<Shown> {
  shown: Shown;
  problems: readonly FeedProblem[];
  description?: Description | undefined;
}

/**
 * The base class of every municipal-widgets element. Public so that apps can
 * type and extend the elements; its protected members carry no stability
 * promise beyond what docs/lit-apps.md says.
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
export abstract class WidgetElement<Shown = unknown> extends LitElement {
  static override styles = [hostStyles];
  // Reactive properties without decorators (one helper fewer per module in the
  // bundle); the fields below carry the docs. Each subclass lists only its own:
  // Lit merges them. A getter because lit-analyzer reads only that form.
  static override get properties(): PropertyDeclarations {
    return {
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
  /** Whether the element describes what it shows as schema.org JSON-LD (its selection's `description`). */
  protected static describes = false;
  /** The texts this element can show, by locale (generated, see scripts/build-locales.mjs). */
  protected static texts: Texts | undefined;

  readonly #language = new LanguageController(
    this,
    (this.constructor as typeof WidgetElement).texts,
  );
  readonly #feed = new FeedController(this, {
    url: () => resolveFeedUrl(this.src),
    usesFeed: () => this.usesFeed,
    timeout: () => this.timeout,
    onRequest: () => {
      this.#reported.clear();
      this.#logged = 0;
    },
    onSettle: (result) => this.#settle(result),
  });
  /** The problems reported since the feed was last requested, so that each is reported once. */
  #reported = new Set<string>();
  /** What the element shows, from `select()`; `undefined` until it can render its data. */
  protected selection: Selection<Shown> | undefined;
  /** How many of them were logged to the console. */
  #logged = 0;
  /** The nodes of a prerendered root (`municipal-widgets prerender`), on show until the live block replaces them. */
  #prerendered: ChildNode[] | undefined;
  /** How to replace it; `undefined` until its chunk has loaded. */
  #takeOver: TakeOver | null | undefined;

  /** URL of the feed; defaults to the page's `<meta name="municipal-widgets:feed">`. */
  src = '';
  /** Level (1–6) of the headings this element renders, to fit the page's outline. */
  headingLevel = DEFAULT_HEADING_LEVEL;
  /** Milliseconds to wait for the feed before showing an error. */
  timeout = DEFAULT_TIMEOUT;
  /** Leaves out the schema.org JSON-LD that describes the block to search engines. */
  noStructuredData = false;

  constructor() {
    super();
    // Opt-in: only elements with something to describe carry the controller.
    if ((this.constructor as typeof WidgetElement).describes)
      new StructuredDataController(
        this,
        () => this.description,
        () => this.languages,
      );
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('src') || changed.has('timeout')) this.requestFeed();
    if (this.reselects(changed))
      this.selection = this.ready ? this.select(this.feed) : undefined;
  }

  protected override createRenderRoot() {
    // The page brought a root (declarative shadow DOM): what was prerendered.
    if (this.shadowRoot) {
      this.#prerendered = [...this.shadowRoot.childNodes];
      // Loads while the feed does, as the validators do.
      (takeoverChunk ??= import('../internal/takeover.js').then(
        (chunk) => chunk.takeOver,
        () => null,
      )).then((takeOver) => {
        this.#takeOver = takeOver;
        this.requestUpdate();
      });
    }
    return super.createRenderRoot();
  }

  protected override update(changed: PropertyValues<this>) {
    const prerendered =
      this.selection && this.#takeOver !== undefined && this.#prerendered;
    const render = () => withLocale(this.locale, () => super.update(changed));
    if (!prerendered) return render();
    // The live block is ready: it replaces the prerendered one in one step.
    this.#prerendered = undefined;
    if (this.#takeOver)
      return this.#takeOver(this.renderRoot as ShadowRoot, prerendered, render);
    render();
    for (const node of prerendered) node.remove();
  }

  protected override updated() {
    const problems = (this.selection?.problems ?? []).filter((problem) =>
      this.#report(problem),
    );
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
  }

  /** Marks a problem reported; `false` when it was already. */
  #report({path, message}: FeedProblem): boolean {
    const key = `${path} ${message}`;
    if (this.#reported.has(key)) return false;
    this.#reported.add(key);
    return true;
  }

  /**
   * What the element shows and what is wrong with how it uses the feed, from
   * the feed and its properties alone; called before each render once the
   * element is ready. `render` only renders what this returns.
   */
  protected abstract select(feed: ValidFeed | undefined): Selection<Shown>;

  /** Whether this update works the selection out anew (network-list's next slice does not). */
  protected reselects(_changed: PropertyValues<this>): boolean {
    return true;
  }

  /** Whether this element needs the feed at all (review-stamp can do without). */
  protected get usesFeed(): boolean {
    return true;
  }

  /** Loads the feed if the element needs one it has not asked for yet (or `again`). */
  protected requestFeed(again = false) {
    this.#feed.request(again);
  }

  /** The loaded feed, or why it failed; `undefined` while loading. */
  protected get feedResult(): FeedResult | undefined {
    return this.#feed.result;
  }

  /** The feed once it has loaded. */
  protected get feed(): ValidFeed | undefined {
    const result = this.#feed.result;
    return result?.ok ? result.feed : undefined;
  }

  /** Whether the element can render its data: its texts are there, and its feed if it uses one. */
  protected get ready(): boolean {
    return this.#language.ready && (!this.usesFeed || Boolean(this.feed));
  }

  #settle(result: FeedResult) {
    const sections = (this.constructor as typeof WidgetElement).feedSections;
    const problems = result.problems.filter(
      ({section}) => section === undefined || sections.includes(section),
    );
    if (!result.ok || problems.length) {
      for (const problem of problems) this.#report(problem);
      this.dispatchEvent(
        new FeedErrorEvent(result.url, problems, result.ok ? undefined : result.failure),
      );
    }
  }

  /** The language this element renders its own texts in. */
  protected get locale(): Locale {
    return this.#language.uiLocale;
  }

  /** The languages feed texts are picked in, most wanted first: the contract's fallback order. */
  protected get languages(): string[] {
    const {pageLanguage, uiLocale} = this.#language;
    const publisher = this.feed?.publisher?.language;
    return publisher ? [pageLanguage, uiLocale, publisher] : [pageLanguage, uiLocale];
  }

  /** A localised feed text in this element's language. */
  protected text(value: L10N | undefined): string {
    return localize(value, this.languages);
  }

  /** The locale `Intl` formats dates, numbers and names in for this element. */
  protected get formatLocale(): string {
    return this.#language.intlLocale;
  }

  /** What the element's structured data describes, unless `no-structured-data` turns it off. */
  protected get description(): Description | undefined {
    return this.noStructuredData ? undefined : this.selection?.description;
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

  /** Renders what `select()` found; called once the element is ready. */
  protected abstract renderContent(
    shown: Shown,
    feed: ValidFeed | undefined,
  ): TemplateResult | typeof nothing;

  protected override render() {
    // A prerendered block stays on show while the feed loads (no "Loading…"
    // in between) and if it fails: it is what the page published.
    if (this.#prerendered) return noChange;
    const {selection} = this;
    if (selection) return this.renderContent(selection.shown, this.feed);
    // Until its texts have arrived, a non-English block shows only the fallback.
    if (!this.#language.ready) return html`<slot></slot>`;
    const failure = this.feedResult?.ok === false ? this.feedResult.failure : undefined;
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
