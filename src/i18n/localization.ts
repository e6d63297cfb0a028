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

/**
 * An element's texts, by locale: a loader per language other than English,
 * each importing a chunk with the texts that element can show (generated in
 * `generated/texts/` by scripts/build-locales.mjs). The bundle points all of
 * them at one chunk per language.
 */
export type Texts = Readonly<Record<TargetLocale, () => Promise<LocaleModule>>>;

/** The texts loaded so far, merged per locale: what `msg()` reads. */
const loaded = new Map<Locale, LocaleModule>();
const ready = new Set<Texts[TargetLocale]>();
const loading = new Map<Texts[TargetLocale], Promise<void>>();
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

/** Whether an element's texts in a locale are ready to render (English always is). */
export const isLocaleReady = (locale: Locale, texts: Texts | undefined) =>
  locale === sourceLocale || !texts || ready.has(texts[locale]);

/**
 * Loads an element's texts in a locale other than English (once per page).
 * Rejects when the chunk cannot be fetched; the next call tries again.
 */
export function loadLocale(locale: Locale, texts: Texts): Promise<void> {
  const load = texts[locale as TargetLocale];
  let promise = loading.get(load);
  if (!promise) {
    promise = load().then(
      ({templates}) => {
        const merged = loaded.get(locale);
        if (merged) Object.assign(merged.templates, templates);
        else loaded.set(locale, {templates: {...templates}});
        ready.add(load);
        if (onDemand) configureLocalization();
      },
      (error: unknown) => {
        loading.delete(load);
        throw error;
      },
    );
    loading.set(load, promise);
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
