/**
 * A small app that bundles Lit and configures @lit/localize itself, as in
 * docs/lit-apps.md: an element of its own with a text of its own, and the
 * library's texts merged into each of its locale modules. (An app imports
 * `municipal-widgets/locales/sv.js`; the tests import the sources.)
 */
import {LitElement, html} from 'lit';
import {configureLocalization, localized, msg, type LocaleModule} from '@lit/localize';

@localized()
export class AppGreeting extends LitElement {
  override render() {
    return html`<p>${msg('Welcome', {id: 'app-welcome'})}</p>`;
  }
}
customElements.define('app-greeting', AppGreeting);

export const targetLocales = ['sv', 'da'];

const appTemplates: Record<string, LocaleModule['templates']> = {
  sv: {'app-welcome': 'Välkommen'},
  da: {'app-welcome': 'Velkommen'},
};

const widgetTemplates: Record<string, () => Promise<LocaleModule>> = {
  sv: () => import('../../src/i18n/generated/locales/sv.js'),
  da: () => import('../../src/i18n/generated/locales/da.js'),
};

/** The app's `loadLocale`: its own texts and the library's. */
export const loadLocale = async (locale: string): Promise<LocaleModule> => ({
  templates: {
    ...appTemplates[locale],
    ...(await widgetTemplates[locale]!()).templates,
  },
});

/** The app's own configuration of @lit/localize, as its entry would run it; what it threw, if anything. */
export function configureApp(): {
  setLocale?: (locale: string) => Promise<void>;
  configureError?: unknown;
} {
  try {
    return configureLocalization({sourceLocale: 'en', targetLocales, loadLocale});
  } catch (configureError) {
    return {configureError};
  }
}

/** The errors, rejections and console errors that reach the page while `body` runs. */
export async function problemsDuring(body: () => Promise<void>): Promise<string[]> {
  const problems: string[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
    problems.push(String('error' in event ? event.error : event.reason));
  const {error} = console;
  console.error = (...args: unknown[]) => void problems.push(args.map(String).join(' '));
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onError);
  try {
    await body();
  } finally {
    console.error = error;
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
  }
  return problems;
}
