/** The `<tip-a-friend>` element: "tell a friend about this page". */
import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {msg, str} from '@lit/localize';
import {formatNumber} from '../../i18n/format.js';
import {withLocale} from '../../i18n/localization.js';
import {integerAttribute} from '../../internal/attributes.js';
import {webHref} from '../../internal/links.js';
import {WidgetElement} from '../../internal/widget-element.js';
import type {Failure, Field, PageRef, Phase, Problem, Values} from './tip.js';
import {styles} from './tip-a-friend.styles.js';

/** The longest name accepted, in characters. */
const NAME_LENGTH = 100;

/**
 * A form that recommends the page to a friend. With `action` it posts the tip
 * to that URL (the site's form handler); without, it offers the browser's
 * share sheet where there is one, and a ready-written e-mail otherwise.
 *
 * The posted body (`application/x-www-form-urlencoded`) has the fields `name`,
 * `email`, `friend`, `message`, `url`, `title` and `lang`, plus the CSRF
 * field when `csrf-field` and `csrf-token` are set. The receiving endpoint must
 * still check everything itself: see the README.
 *
 * @tag tip-a-friend
 * @slot - Fallback shown until the form renders (e.g. a link to the site's own form).
 * @csspart base - The wrapper around the whole block.
 * @csspart heading - The block's heading.
 * @csspart form - The form.
 * @csspart error-summary - The list of problems shown after a submit with errors.
 * @csspart field - One field: label, hint, error and control.
 * @csspart error - A field's error message.
 * @csspart count - The remaining characters of the message.
 * @csspart submit - The send button.
 * @csspart share - The share button (no `action`, browsers with the Web Share API).
 * @csspart result - The announced outcome: sending, sent, or what went wrong.
 * @csspart again - The button that starts a new tip after one was sent.
 * @cssprop --mw-color-error - Colour of error messages and borders (default: #b3261e).
 * @fires {CustomEvent<{href: string}>} tip-compose - Before the e-mail program opens with the composed message; cancel it to open it yourself.
 * @fires {CustomEvent<{friend: string}>} tip-sent - The endpoint accepted the tip.
 * @fires {FeedErrorEvent} feed-error - `action` is not an http(s) URL.
 */
export class TipAFriend extends WidgetElement {
  static override styles = [...WidgetElement.styles, styles];
  static override get properties(): PropertyDeclarations {
    return {
      action: {},
      csrfField: {attribute: 'csrf-field'},
      csrfToken: {attribute: 'csrf-token'},
      maxLength: {
        attribute: 'max-length',
        converter: integerAttribute('max-length', {min: 1, max: 100_000, fallback: 500}),
      },
      minFillTime: {
        attribute: 'min-fill-time',
        converter: integerAttribute('min-fill-time', {
          min: 0,
          max: 60_000,
          fallback: 3000,
        }),
      },
      pageUrl: {attribute: 'page-url'},
      pageTitle: {attribute: 'page-title'},
      phase: {state: true, attribute: false},
      errors: {state: true, attribute: false},
      failure: {state: true, attribute: false},
      composed: {state: true, attribute: false},
      announcedCount: {state: true, attribute: false},
    };
  }

  /** URL of the form handler the tip is posted to; without it the tip goes by share sheet or e-mail. */
  action = '';
  /** Name of the CSRF field the form handler expects. */
  csrfField = '';
  /** Value of the CSRF field. */
  csrfToken = '';
  /** The most characters the message may have. */
  maxLength = 500;
  /** Milliseconds after the form appears before a tip is sent (a person takes longer; bots do not). */
  minFillTime = 3000;
  /** URL of the page recommended (default: the page's canonical URL, else its address). */
  pageUrl = '';
  /** Title of the page recommended (default: the document's title). */
  pageTitle = '';

  private phase: Phase = 'form';
  private errors: Partial<Record<Field, Problem>> = {};
  declare private failure: Failure | undefined;
  /** The composed e-mail, once the visitor asked for it. */
  private composed = '';
  /** The remaining-characters text screen readers hear, once typing pauses. */
  private announcedCount = '';

  #values: Values = {name: '', email: '', friend: '', message: ''};
  /** The form's behaviour, loaded when the visitor first enters the form. */
  #logic: typeof import('./tip.js') | undefined;
  #loading: Promise<typeof import('./tip.js')> | undefined;
  #submitted = false;
  #busy = false;
  /** The address the last tip went to, for the thank-you message. */
  #sentTo = '';
  #shownAt = performance.now();
  #countTimer = 0;
  /** The browser offers a share sheet and it has not failed. */
  #canShare = Boolean(navigator.share);

  protected override get usesFeed() {
    return false;
  }

  /** Where tips are posted: `action` as an absolute http(s) URL, checked when it changes. */
  #endpoint: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (!changed.has('action')) return;
    this.#endpoint = this.action.trim() ? webHref(this.action) : undefined;
    if (this.action.trim() && !this.#endpoint)
      this.reportProblem('@action', 'must be an http or https URL');
  }

  get #page(): PageRef {
    return {
      url:
        this.pageUrl ||
        document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ||
        // Without its query and fragment, which may hold a visitor's tokens.
        location.origin + location.pathname,
      title: this.pageTitle || document.title,
    };
  }

  /** The fields the visitor fills in: the sender's address only when the tip is posted. */
  #fields(post: boolean): Field[] {
    return ['name', ...(post ? (['email'] as const) : []), 'friend', 'message'];
  }

  #label(field: Field): string {
    switch (field) {
      case 'name':
        return msg('Your name', {desc: 'Label of the sender name field.'});
      case 'email':
        return msg('Your e-mail address', {desc: 'Label of the sender e-mail field.'});
      case 'friend':
        return msg("Your friend's e-mail address", {
          desc: 'Label of the recipient field.',
        });
      default:
        return msg('Message', {desc: 'Label of the optional message field.'});
    }
  }

  /** The error of a field, which the form's logic has found (and so is loaded). */
  #problemText(field: Field): string {
    return this.#logic!.problemText(
      field,
      this.errors[field]!,
      this.maxLength,
      this.formatLocale,
    );
  }

  #countText(): string {
    const left = this.maxLength - [...this.#values.message.trim()].length;
    const n = formatNumber(Math.abs(left), this.formatLocale);
    return left < 0
      ? msg(str`Characters over the limit: ${n}`, {desc: 'Below the message field.'})
      : msg(str`Characters left: ${n}`, {desc: 'Below the message field.'});
  }

  #loadLogic() {
    return (this.#loading ??= import('./tip.js').then(
      (logic) => (this.#logic = logic),
      (error: unknown) => {
        this.#loading = undefined;
        throw error;
      },
    ));
  }

  /** Checks `fields`, shows their errors and says whether all can be sent. */
  #validate({validate}: typeof import('./tip.js'), fields: Field[]): boolean {
    const errors = validate(this.errors, this.#values, fields, this.maxLength);
    this.errors = errors;
    return fields.every((field) => !errors[field]);
  }

  /** A field's control, or the honeypot's. */
  #control(field: Field | 'website') {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${field}`);
  }

  #handleInput(event: Event) {
    const {name, value} = event.target as HTMLInputElement;
    this.#values[name as Field] = value;
    if (name !== 'message') return;
    this.requestUpdate();
    // Screen readers hear the count once typing pauses, not at every key.
    clearTimeout(this.#countTimer);
    this.#countTimer = window.setTimeout(
      () => (this.announcedCount = this.#countText()),
      1000,
    );
  }

  #handleFocus() {
    // Load the form's logic while the visitor types; a failure shows on submit.
    this.#loadLogic().catch(() => {});
  }

  #handleBlur(event: FocusEvent) {
    const {name} = event.target as HTMLInputElement;
    if (this.#submitted && this.#logic && name in this.#values)
      this.#validate(this.#logic, [name as Field]);
  }

  async #handleSubmit(event: SubmitEvent) {
    event.preventDefault();
    // One submission at a time: a second press while this one runs does nothing.
    if (this.#busy) return;
    this.#busy = true;
    try {
      await this.#submit();
    } finally {
      this.#busy = false;
    }
  }

  async #submit() {
    const endpoint = this.#endpoint;
    const fields = this.#fields(Boolean(endpoint));
    this.failure = undefined;
    let logic;
    try {
      logic = await this.#loadLogic();
    } catch {
      // The form's code could not be loaded: the connection is gone.
      this.failure = 'network';
      return;
    }
    this.#submitted = true;
    if (!this.#validate(logic, fields)) {
      await this.updateComplete;
      this.#control(fields.find((field) => this.errors[field])!)?.focus();
      return;
    }
    if (endpoint) await this.#post(logic, endpoint);
    else
      this.#compose(
        withLocale(this.locale, () => logic.composeMail(this.#values, this.#page)),
      );
  }

  async #post({post, postBody}: typeof import('./tip.js'), endpoint: string) {
    // The honeypot is filled only by bots: they are told it went well, and nothing is sent.
    const trap = this.#control('website')?.value;
    this.phase = 'sending';
    const early = this.minFillTime - (performance.now() - this.#shownAt);
    if (early > 0) await new Promise((resolve) => setTimeout(resolve, early));
    if (trap) return this.#sent();
    const body = postBody(
      this.#values,
      this.#page,
      this.locale,
      this.csrfField ? [this.csrfField, this.csrfToken] : undefined,
    );
    this.failure = await post(endpoint, body, this.timeout);
    if (this.failure === undefined) return this.#sent();
    this.phase = 'form';
  }

  async #sent() {
    const friend = this.#values.friend.trim();
    this.phase = 'sent';
    this.#sentTo = friend;
    this.#values = {...this.#values, friend: '', message: ''};
    this.dispatchEvent(
      new CustomEvent('tip-sent', {detail: {friend}, bubbles: true, composed: true}),
    );
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.result')?.focus();
  }

  async #handleAgain() {
    this.phase = 'form';
    this.#shownAt = performance.now();
    this.#submitted = false;
    this.announcedCount = '';
    await this.updateComplete;
    this.#control('friend')?.focus();
  }

  /** Opens the visitor's e-mail program with the tip written out (`href`), unless a listener does. */
  #compose(href: string) {
    this.composed = href;
    const compose = new CustomEvent('tip-compose', {
      detail: {href},
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (this.dispatchEvent(compose)) location.href = href;
  }

  async #share() {
    const {url, title} = this.#page;
    try {
      await navigator.share({title, url});
      this.phase = 'shared';
    } catch (error) {
      // Closing the share sheet is the visitor's choice; anything else falls back to e-mail.
      if ((error as Error).name !== 'AbortError') this.#canShare = false;
      this.requestUpdate();
    }
  }

  #renderField(field: Field) {
    const problem = this.errors[field];
    const isMessage = field === 'message';
    const described = [problem ? `${field}-error` : '', isMessage ? 'message-count' : '']
      .join(' ')
      .trim();
    return html`<div part="field" class="field ${problem ? 'invalid' : ''}">
      <label for=${field}>
        ${this.#label(field)}
        <span class="marker">${
          isMessage
            ? msg('(optional)', {desc: 'Marks the optional field.'})
            : msg('(required)', {desc: 'Marks each required field.'})
        }</span>
      </label>
      ${
        problem
          ? html`<p id="${field}-error" part="error" class="error">${this.#problemText(field)}</p>`
          : nothing
      }
      ${
        isMessage
          ? html`<textarea id="message" name="message" rows="4" aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${described || nothing} .value=${this.#values.message} @input=${this.#handleInput}></textarea>
              <p id="message-count" part="count" class="count">${this.#countText()}</p>
              <p class="visually-hidden" role="status">${this.announcedCount}</p>`
          : html`<input
              id=${field}
              name=${field}
              type=${field === 'name' ? 'text' : 'email'}
              autocomplete=${field === 'friend' ? 'off' : field}
              spellcheck="false"
              maxlength=${field === 'name' ? NAME_LENGTH : 254}
              required
              aria-invalid=${problem ? 'true' : 'false'}
              aria-describedby=${described || nothing}
              .value=${this.#values[field]}
              @input=${this.#handleInput}
            />`
      }
    </div>`;
  }

  #renderForm(post: boolean) {
    const fields = this.#fields(post);
    const sending = this.phase === 'sending';
    return html`<form
      part="form"
      novalidate
      @submit=${this.#handleSubmit}
      @focusin=${this.#handleFocus}
      @focusout=${this.#handleBlur}
    >
      ${
        this.#logic?.summary(
          this.headingLevel + 1,
          fields
            .filter((field) => this.errors[field])
            .map((field) => [field, this.#problemText(field)]),
          (field) => this.#control(field)?.focus(),
        ) ?? nothing
      }
      ${fields.map((field) => this.#renderField(field))}
      ${
        post
          ? html`<div class="trap" aria-hidden="true">
              <label for="website">${msg('Leave this field empty', {desc: 'Label of the anti-spam field hidden from people.'})}</label>
              <input id="website" name="website" tabindex="-1" autocomplete="off" />
            </div>`
          : nothing
      }
      <p class="actions">
        <button part="submit" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
          ${
            post
              ? sending
                ? msg('Sending…', {desc: 'Send button while the tip is being sent.'})
                : msg('Send', {desc: 'Button that sends the tip.'})
              : msg('Write the e-mail', {desc: 'Button that opens the e-mail program.'})
          }
        </button>
      </p>
    </form>`;
  }

  #renderResult() {
    let content: unknown = nothing;
    if (this.phase === 'shared')
      content = msg('Thank you for sharing the page.', {desc: 'Shown after sharing.'});
    // Said here, not by the form's logic: no connection can keep that from loading.
    else if (this.failure === 'network')
      content = msg(
        'The tip could not be sent: there is no connection to the server. Your text is kept; try again.',
        {desc: 'Error when the form handler could not be reached.'},
      );
    else if (this.#logic)
      content = this.#logic.outcome({
        phase: this.phase,
        failure: this.failure,
        sentTo: this.#sentTo,
        composed: this.composed,
        again: this.#handleAgain,
      });
    return html`<div
      part="result"
      class="result ${this.failure === undefined ? '' : 'failed'}"
      role="status"
      tabindex="-1"
    >${content}</div>`;
  }

  protected override renderContent(): TemplateResult {
    const post = Boolean(this.#endpoint);
    const {title} = this.#page;
    const done = this.phase === 'sent' || this.phase === 'shared';
    let body: unknown = nothing;
    if (!done)
      body =
        post || !this.#canShare
          ? this.#renderForm(post)
          : html`<p><button part="share" type="button" @click=${this.#share}>${msg('Share this page', {desc: 'Button that opens the browser share sheet.'})}</button></p>`;
    return html`<div part="base" class="base">
      ${this.heading(msg('Tell a friend', {desc: 'Heading of the tell-a-friend form.'}))}
      ${
        done
          ? nothing
          : html`<p class="intro">${
              title
                ? msg(str`Recommend “${title}” to someone you know.`, {
                    desc: 'Introduction; the page title.',
                  })
                : msg('Recommend this page to someone you know.', {
                    desc: 'Introduction without a page title.',
                  })
            }</p>`
      }
      ${body} ${this.#renderResult()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tip-a-friend': TipAFriend;
  }
}
