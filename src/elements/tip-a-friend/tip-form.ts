/**
 * The state of the tell-a-friend form (what is typed, its errors, where the
 * tip is) and the way to its logic, which loads when the visitor first enters
 * the form: pages where nobody uses it do not pay for it.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Locale} from '../../i18n/language.js';
import type {Field, Values} from './fields.js';
import type {Errors} from './tip-validation.js';

/** Why the server did not take the tip: no answer in time, no connection, or its HTTP status. */
export type Failure = 'timeout' | 'network' | number;
/** Where the form is: being filled in, waiting for the server, or done. */
export type Phase = 'form' | 'sending' | 'sent' | 'shared';
/** The form's logic, the lazily loaded chunk. */
export type TipLogic = typeof import('./tip.js');

/** The page being recommended. */
export interface PageRef {
  url: string;
  title: string;
}

/** What sending needs from the element, read when the visitor sends. */
export interface TipSettings {
  /** Where tips are posted; without it the tip is composed as an e-mail. */
  endpoint: string | undefined;
  page: PageRef;
  locale: Locale;
  maxLength: number;
  minFillTime: number;
  timeout: number;
  csrf: [string, string] | undefined;
}

/** The element the form lives in. */
export type TipHost = ReactiveControllerHost &
  HTMLElement & {readonly renderRoot: HTMLElement | DocumentFragment};

/** The form's state, rendered by its element and changed by the logic chunk. */
export class TipForm implements ReactiveController {
  values: Values = {name: '', email: '', friend: '', message: ''};
  errors: Errors = {};
  phase: Phase = 'form';
  failure: Failure | undefined;
  /** The composed e-mail, once the visitor asked for it. */
  composed = '';
  /** The address the last tip went to, for the thank-you message. */
  sentTo = '';
  /** The remaining-characters text screen readers hear, once typing pauses. */
  announcedCount = '';
  /** Whether the visitor has tried to send: from then on, a field is checked as it is left. */
  submitted = false;
  /** When the form appeared, for its minimum fill time. */
  shownAt = performance.now();
  /** The logic, once loaded. */
  logic: TipLogic | undefined;

  readonly host: TipHost;
  readonly settings: () => TipSettings;
  #loading: Promise<TipLogic> | undefined;
  #busy = false;
  #countTimer = 0;

  constructor(host: TipHost, settings: () => TipSettings) {
    this.host = host;
    this.settings = settings;
    host.addController(this);
  }

  hostDisconnected() {
    clearTimeout(this.#countTimer);
  }

  /** Changes the state and renders it. */
  set(
    changes: Partial<
      Pick<TipForm, 'errors' | 'phase' | 'failure' | 'composed' | 'announcedCount'>
    >,
  ) {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  /** Loads the logic (once; a failed load is tried again next time). */
  load(): Promise<TipLogic> {
    return (this.#loading ??= import('./tip.js').then(
      (logic) => (this.logic = logic),
      (error: unknown) => {
        this.#loading = undefined;
        throw error;
      },
    ));
  }

  /** A field's control, or the honeypot's. */
  control(field: Field | 'website') {
    return this.host.renderRoot.querySelector<HTMLInputElement>(`#${field}`);
  }

  /** Takes what the visitor typed; `announce` says the count once typing pauses, not at every key. */
  input(field: Field, value: string, announce: () => string) {
    this.values[field] = value;
    if (field !== 'message') return;
    this.host.requestUpdate();
    clearTimeout(this.#countTimer);
    this.#countTimer = window.setTimeout(
      () => this.set({announcedCount: announce()}),
      1000,
    );
  }

  /** Sends the tip, one at a time: a second press while one is under way does nothing. */
  async submit() {
    if (this.#busy) return;
    this.#busy = true;
    try {
      this.set({failure: undefined});
      let logic;
      try {
        logic = await this.load();
      } catch {
        // The form's code could not be loaded: the connection is gone.
        this.set({failure: 'network'});
        return;
      }
      await logic.send(this);
    } finally {
      this.#busy = false;
    }
  }
}
