/**
 * Per-element localisation on top of @lit/localize's runtime mode: its
 * reentrant configuration asks us for the locale of every `msg()` call, and we
 * answer with the locale of the element that is rendering, so a Danish block
 * on a Swedish page speaks Danish.
 */
import type {LocaleModule} from '@lit/localize';
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import {sourceLocale, targetLocales} from './generated/locale-codes.js';
import type {Locale} from './language.js';

type TargetLocale = Exclude<Locale, typeof sourceLocale>;

// Explicit imports, so that the bundler emits one lazily loaded chunk per locale.
const LOADERS: Record<TargetLocale, () => Promise<LocaleModule>> = {
  sv: () => import('./generated/locales/sv.js'),
  da: () => import('./generated/locales/da.js'),
  nb: () => import('./generated/locales/nb.js'),
  fi: () => import('./generated/locales/fi.js'),
  de: () => import('./generated/locales/de.js'),
  it: () => import('./generated/locales/it.js'),
};

const loaded = new Map<Locale, LocaleModule>();
const loading = new Map<Locale, Promise<void>>();
let renderingLocale: Locale = sourceLocale;
let configured = false;

/**
 * Installs our `msg()` implementation, once per copy of @lit/localize. An app
 * that configured @lit/localize itself keeps its own; our elements then follow
 * the app's locale instead of their own.
 */
export function configureLocalization() {
  if (configured) return;
  configured = true;
  try {
    configureReentrantLocalization({
      sourceLocale,
      targetLocales: [...targetLocales],
      getLocale: () => renderingLocale,
      loadLocaleSync: (locale) => loaded.get(locale as Locale),
    });
  } catch {
    console.warn(
      'municipal-widgets: @lit/localize is already configured on this page; the elements follow its locale',
    );
  }
}

/** Whether a locale's texts are ready to render. */
export const isLocaleReady = (locale: Locale) =>
  locale === sourceLocale || loaded.has(locale);

/**
 * Loads a locale's texts (once per page). Rejects when the chunk cannot be
 * fetched; the next call tries again.
 */
export function loadLocale(locale: Locale): Promise<void> {
  if (isLocaleReady(locale)) return Promise.resolve();
  let promise = loading.get(locale);
  if (!promise) {
    promise = LOADERS[locale as TargetLocale]().then(
      (module) => void loaded.set(locale, module),
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, promise);
  }
  return promise;
}

/** Runs `render` with every `msg()` call inside it answering in `locale`. */
export function withLocale<T>(locale: Locale, render: () => T): T {
  const outer = renderingLocale;
  renderingLocale = locale;
  try {
    return render();
  } finally {
    renderingLocale = outer;
  }
}
