/**
 * The language an element speaks, followed as the page changes its `lang`
 * attributes, with that language's texts loaded before the element uses them.
 */
import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {sourceLocale} from '../i18n/generated/locale-codes.js';
import {formatLocale} from '../i18n/format.js';
import {languageOf, observeLanguage, toLocale, type Locale} from '../i18n/language.js';
import {isLocaleReady, loadLocale, type Texts} from '../i18n/localization.js';
import {serverContext} from './server.js';
import {nextTask} from './tasks.js';

/** Tracks one element's language; the element re-renders when it changes or its texts arrive. */
export class LanguageController implements ReactiveController {
  /** The language tag in effect, as the page writes it (`sv-FI`). */
  pageLanguage: string = sourceLocale;
  /** The language this element renders its own texts in (`sv`). */
  uiLocale: Locale = sourceLocale;

  readonly #host: ReactiveControllerHost & Element;
  readonly #texts: Texts | undefined;
  #stopObserving: (() => void) | undefined;

  /** `texts`: the element's own, by locale; without them it speaks English. */
  constructor(host: ReactiveControllerHost & Element, texts: Texts | undefined) {
    this.#host = host;
    this.#texts = texts;
    host.addController(this);
    // Prerendering in Node has no page to read `lang` from: it names the language.
    const language = isServer && serverContext()?.language;
    if (language) {
      this.pageLanguage = language;
      this.uiLocale = toLocale(language);
    }
  }

  /** Whether the element's texts are loaded: until then it shows its fallback only. */
  get ready(): boolean {
    return isLocaleReady(this.uiLocale, this.#texts);
  }

  /** The locale `Intl` formats dates, numbers and names in. */
  get intlLocale(): string {
    return formatLocale(this.pageLanguage, this.uiLocale);
  }

  hostConnected() {
    this.#stopObserving = observeLanguage(() => this.#update());
    this.#update();
  }

  hostDisconnected() {
    this.#stopObserving?.();
  }

  #update() {
    const language = languageOf(this.#host);
    if (language === this.pageLanguage) return;
    this.pageLanguage = language;
    const locale = toLocale(language);
    this.uiLocale = locale;
    this.#host.requestUpdate();
    if (isLocaleReady(locale, this.#texts)) return;
    // Like the feed, the texts let every block waiting for them render: each
    // in a task of its own.
    loadLocale(locale, this.#texts!)
      .then(nextTask)
      .then(
        () => this.#host.requestUpdate(),
        () => {
          console.warn(
            `municipal-widgets: could not load the "${locale}" texts; using English`,
          );
          if (this.uiLocale === locale) {
            this.uiLocale = sourceLocale;
            this.#host.requestUpdate();
          }
        },
      );
  }
}
