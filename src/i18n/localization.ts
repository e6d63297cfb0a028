/**
 * Per-element localisation on top of @lit/localize's runtime mode: its
 * reentrant configuration asks us for the locale of every `msg()` call, and we
 * answer with the locale of the element that is rendering, so a Danish block
 * on a Swedish page speaks Danish.
 *
 * @lit/localize can be configured only once, and an app that bundles Lit
 * itself shares its copy with the un-bundled modules. So we configure it only
 * when asked: by an app that calls `configureLocalization()`, or by define.js
 * (also the entry of the one-script-tag bundle, which has a copy of its own),
 * which asks for it on demand: once texts in a language other than English are
 * first needed, which is never while the modules of an app entry that
 * imported define.js (or one of the modules that register a single element)
 * are still running. An app that configures
 * @lit/localize itself serves our texts from its own `loadLocale` (see
 * docs/lit-apps.md), and the elements speak its locale.
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
  nn: () => import('./generated/locales/nn.js'),
  fi: () => import('./generated/locales/fi.js'),
  de: () => import('./generated/locales/de.js'),
  it: () => import('./generated/locales/it.js'),
};

const loaded = new Map<Locale, LocaleModule>();
const loading = new Map<Locale, Promise<void>>();
let renderingLocale: Locale = sourceLocale;
let configured = false;
/** Whether define.js asked us to configure @lit/localize when needed. */
let onDemand = false;

/**
 * Makes `msg()` answer in each element's own language, for an app that does
 * not use @lit/localize itself and registers the elements under names of its
 * own; call it before they render. Does nothing when @lit/localize is
 * configured already: it can be only once per page.
 */
export function configureLocalization() {
  if (!configured) {
    configured = true;
    try {
      configureReentrantLocalization({
        sourceLocale,
        targetLocales: targetLocales as unknown as string[],
        getLocale: () => renderingLocale,
        loadLocaleSync: (locale) => loaded.get(locale as Locale),
      });
    } catch {
      // The app configured it: its msg() stays.
    }
  }
}

/** For define.js: configure @lit/localize once texts other than English are needed. */
export function configureOnDemand() {
  onDemand = true;
}

/** Whether a locale's texts are ready to render. */
export const isLocaleReady = (locale: Locale) =>
  locale === sourceLocale || loaded.has(locale);

/**
 * Loads the texts of a locale other than English (once per page). Rejects
 * when the chunk cannot be fetched; the next call tries again.
 */
export function loadLocale(locale: Locale): Promise<void> {
  let promise = loading.get(locale);
  if (!promise) {
    promise = LOADERS[locale as TargetLocale]().then(
      (module) => {
        loaded.set(locale, module);
        if (onDemand) configureLocalization();
      },
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
