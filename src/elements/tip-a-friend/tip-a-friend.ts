/** The `<tip-a-friend>` element: "tell a friend about this page". */
import {
  html,
  isServer,
  nothing,
  type PropertyDeclarations,
  type TemplateResult,
} from 'lit';
import {msg, str} from '@lit/localize';
import {formatNumber} from '../../i18n/format.js';
import {subLevel} from '../../internal/heading.js';
import {WidgetElement} from '../../base/widget-element.js';
import {INPUTS, fieldLabel, fieldsFor, type Field} from './fields.js';
import {TipForm, type PageRef} from './tip-form.js';
import {integerAttribute} from '../../internal/attributes.js';
import {serverContext} from '../../internal/server.js';
import {serverStyles, styles} from './tip-a-friend.styles.js';
import {select} from './select.js';
import {texts} from '../../i18n/generated/texts/tip-a-friend.js';

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
export class TipAFriend extends WidgetElement<string | undefined> {
  protected static override texts = texts;
  // The browser never renders the note that serverStyles style.
  static override styles = [
    ...WidgetElement.styles,
    styles,
    ...(isServer ? [serverStyles()] : []),
  ];
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

  readonly #form = new TipForm(this, () => ({
    endpoint: this.#endpoint,
    page: this.#page,
    locale: this.locale,
    maxLength: this.maxLength,
    minFillTime: this.minFillTime,
    timeout: this.timeout,
    csrf: this.csrfField ? [this.csrfField, this.csrfToken] : undefined,
  }));
  /** The browser offers a share sheet and it has not failed. */
  #canShare = !isServer && Boolean(navigator.share);

  protected override get usesFeed() {
    return false;
  }

  protected override select() {
    return select({action: this.action});
  }

  /** Where tips are posted: `action` as an absolute http(s) URL. */
  get #endpoint(): string | undefined {
    return this.selection?.shown;
  }

  get #page(): PageRef {
    // Prerendered in Node there is no page to ask: only the attributes say.
    if (isServer)
      return {url: this.pageUrl, title: this.pageTitle || serverContext()?.title || ''};
    return {
      url:
        this.pageUrl ||
        document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ||
        // Without its query and fragment, which may hold a visitor's tokens.
        location.origin + location.pathname,
      title: this.pageTitle || document.title,
    };
  }

  /** The error of a field, which the form's logic has found (and so is loaded). */
  #problemText(field: Field): string {
    return this.#form.logic!.problemText(
      field,
      this.#form.errors[field]!,
      this.maxLength,
      this.formatLocale,
    );
  }

  #countText(): string {
    const left = this.maxLength - [...this.#form.values.message.trim()].length;
    const n = formatNumber(Math.abs(left), this.formatLocale);
    return left < 0
      ? msg(str`Characters over the limit: ${n}`, {desc: 'Below the message field.'})
      : msg(str`Characters left: ${n}`, {desc: 'Below the message field.'});
  }

  #handleInput(event: Event) {
    const {name, value} = event.target as HTMLInputElement;
    this.#form.input(name as Field, value, () => this.#countText());
  }

  #handleFocus() {
    // Load the form's logic while the visitor types; a failure shows on submit.
    this.#form.load().catch(() => {});
  }

  #handleBlur(event: FocusEvent) {
    const {name} = event.target as HTMLInputElement;
    const form = this.#form;
    if (form.submitted && form.logic && name in form.values)
      form.logic.checkFields(form, [name as Field]);
  }

  #handleSubmit(event: SubmitEvent) {
    event.preventDefault();
    void this.#form.submit();
  }

  async #handleShare() {
    const {url, title} = this.#page;
    try {
      await navigator.share({title, url});
      this.#form.set({phase: 'shared'});
    } catch (error) {
      // Closing the share sheet is the visitor's choice; anything else falls back to e-mail.
      if ((error as Error).name !== 'AbortError') this.#canShare = false;
      this.requestUpdate();
    }
  }

  #renderField(field: Field) {
    const problem = this.#form.errors[field];
    const described = [
      problem ? `${field}-error` : '',
      field === 'message' ? 'message-count' : '',
    ]
      .join(' ')
      .trim();
    const invalid = problem ? 'true' : 'false';
    return html`<div part="field" class="field ${problem ? 'invalid' : ''}">
      <label for=${field}>
        ${fieldLabel(field)}
        <span class="marker">${
          field === 'message'
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
        field === 'message'
          ? html`<textarea id="message" name="message" rows="4" aria-invalid=${invalid} aria-describedby=${described || nothing} .value=${this.#form.values.message} @input=${this.#handleInput}></textarea>
              <p id="message-count" part="count" class="count">${this.#countText()}</p>
              <p class="visually-hidden" role="status">${this.#form.announcedCount}</p>`
          : html`<input
              id=${field}
              name=${field}
              type=${INPUTS[field].type}
              autocomplete=${INPUTS[field].autocomplete}
              spellcheck="false"
              maxlength=${INPUTS[field].maxLength}
              required
              aria-invalid=${invalid}
              aria-describedby=${described || nothing}
              .value=${this.#form.values[field]}
              @input=${this.#handleInput}
            />`
      }
    </div>`;
  }

  #renderForm(post: boolean) {
    const form = this.#form;
    const fields = fieldsFor(post);
    const sending = form.phase === 'sending';
    return html`<form
      part="form"
      class="needs-script"
      novalidate
      @submit=${this.#handleSubmit}
      @focusin=${this.#handleFocus}
      @focusout=${this.#handleBlur}
    >
      ${
        form.logic?.summary(
          subLevel(this.headingLevel),
          fields
            .filter((field) => form.errors[field])
            .map((field) => [field, this.#problemText(field)]),
          (field) => form.control(field)?.focus(),
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
    const form = this.#form;
    const {logic, failure} = form;
    let content: unknown = nothing;
    if (form.phase === 'shared')
      content = msg('Thank you for sharing the page.', {desc: 'Shown after sharing.'});
    // Said here, not by the form's logic: no connection can keep that from loading.
    else if (failure === 'network')
      content = msg(
        'The tip could not be sent: there is no connection to the server. Your text is kept; try again.',
        {desc: 'Error when the form handler could not be reached.'},
      );
    else if (logic)
      content = logic.outcome({
        phase: form.phase,
        failure,
        sentTo: form.sentTo,
        composed: form.composed,
        again: () => void logic.again(form),
      });
    return html`<div
      part="result"
      class="result ${failure === undefined ? '' : 'failed'}"
      role="status"
      tabindex="-1"
    >${content}</div>`;
  }

  protected override renderContent(endpoint: string | undefined): TemplateResult {
    const post = Boolean(endpoint);
    const {title} = this.#page;
    const {phase} = this.#form;
    const done = phase === 'sent' || phase === 'shared';
    let body: unknown = nothing;
    if (!done)
      body =
        post || !this.#canShare
          ? this.#renderForm(post)
          : html`<p><button part="share" type="button" @click=${this.#handleShare}>${msg('Share this page', {desc: 'Button that opens the browser share sheet.'})}</button></p>`;
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
      ${
        // Prerendered: said to a reader without JavaScript, for whom the form is hidden.
        isServer
          ? html`<p class="no-script">${msg('The form needs JavaScript, which this browser has turned off.', {desc: 'Shown in a prerendered page to readers without JavaScript, instead of the form.'})}</p>`
          : nothing
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
