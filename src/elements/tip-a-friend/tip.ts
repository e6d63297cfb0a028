/**
 * What the tell-a-friend form does once a visitor uses it: what counts as a
 * valid entry and how each problem is put, what is posted and how, how a
 * `mailto:` link is composed, and what the visitor reads afterwards (the error
 * summary, the thanks). Only interaction needs it, so the element loads it
 * when the visitor first enters the form (like the vCard builder): the pages
 * where nobody uses the form do not pay for it.
 */
import {html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import {formatNumber} from '../../i18n/format.js';
import {TIMEOUTS} from '../../feed/store.js';
import {inRange} from '../../internal/attributes.js';
import {heading} from '../../internal/heading.js';

/** The fields a visitor fills in, in the order the form shows them. */
export type Field = 'name' | 'email' | 'friend' | 'message';
export type Values = Record<Field, string>;

/** Why a field's value cannot be sent. */
export type Problem = 'missing' | 'format' | 'several' | 'long' | 'markup';
/** Why the server did not take the tip: no answer in time, no connection, or its HTTP status. */
export type Failure = 'timeout' | 'network' | number;
/** Where the form is: being filled in, waiting for the server, or done. */
export type Phase = 'form' | 'sending' | 'sent' | 'shared';

// One address: no spaces, commas, semicolons or angle brackets (so it can name
// only one recipient and carry no header), a dot somewhere in the domain.
const ADDRESS = /^[^\s@,;<>"]+@[^\s@,;<>".]+(\.[^\s@,;<>".]+)+$/;
// Anything a mail client or a CMS template could take for a tag.
const MARKUP = /<[!/?a-z]/i;

/** Why `value` cannot be sent as `field`, if it cannot; `maxLength` limits the message. */
export function check(
  field: Field,
  value: string,
  maxLength: number,
): Problem | undefined {
  const text = value.trim();
  if (field === 'message') {
    if ([...text].length > maxLength) return 'long';
    return MARKUP.test(text) ? 'markup' : undefined;
  }
  if (!text) return 'missing';
  if (field === 'name') return MARKUP.test(text) ? 'markup' : undefined;
  if (text.split('@').length > 2 && /[\s,;]/.test(text)) return 'several';
  return ADDRESS.test(text) ? undefined : 'format';
}

/** `errors` with those of `fields` found anew in `values`. */
export function validate(
  errors: Partial<Record<Field, Problem>>,
  values: Values,
  fields: Field[],
  maxLength: number,
): Partial<Record<Field, Problem>> {
  const found = {...errors};
  for (const field of fields) {
    const problem = check(field, values[field], maxLength);
    if (problem) found[field] = problem;
    else delete found[field];
  }
  return found;
}

/** Characters a header-bound value must never carry: line breaks and other controls. */
const oneLine = (value: string) =>
  value
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .trim()
    .slice(0, 300);

/** The page being recommended. */
export interface PageRef {
  url: string;
  title: string;
}

/**
 * The form body posted to `action`, `application/x-www-form-urlencoded`:
 * `name`, `email`, `friend`, `message`, `url`, `title`, `lang` and the CSRF
 * pair when given. Header-bound fields are single lines.
 */
export function postBody(
  values: Values,
  page: PageRef,
  lang: string,
  csrf?: [string, string],
): URLSearchParams {
  const body = new URLSearchParams({
    name: oneLine(values.name),
    email: oneLine(values.email),
    friend: oneLine(values.friend),
    message: values.message.trim(),
    url: page.url,
    title: oneLine(page.title),
    lang,
  });
  if (csrf?.[0]) body.append(...csrf);
  return body;
}

/**
 * A `mailto:` link to one recipient (RFC 6068): the address with only what must
 * be escaped escaped, subject and body percent-encoded as UTF-8, and the
 * body's line breaks as CRLF.
 */
export function mailtoHref(to: string, subject: string, body: string): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${encode(oneLine(to)).replace(/%40/g, '@')}?subject=${encode(
    oneLine(subject),
  )}&body=${encode(body)}`;
}

/** What the visitor reads about a problem with a field. */
export function problemText(
  field: Field,
  problem: Problem,
  maxLength: number,
  locale: string,
): string {
  switch (problem) {
    case 'missing':
      return field === 'name'
        ? msg('Enter your name', {desc: 'Error: the name field is empty.'})
        : field === 'email'
          ? msg('Enter your e-mail address', {desc: 'Error: the sender e-mail is empty.'})
          : msg("Enter your friend's e-mail address", {
              desc: 'Error: the recipient field is empty.',
            });
    case 'format':
      return msg('Enter an e-mail address in the right format, like name@example.com', {
        desc: 'Error: not an e-mail address.',
      });
    case 'several':
      return msg('Enter only one e-mail address', {
        desc: 'Error: the recipient field names more than one address.',
      });
    case 'long':
      return msg(
        str`Shorten the message to at most ${formatNumber(maxLength, locale)} characters`,
        {desc: 'Error: the message is too long.'},
      );
    default:
      return msg('Write without the characters < and >', {
        desc: 'Error: the text looks like HTML markup, which is not sent.',
      });
  }
}

/** Posts `body`; resolves to why it failed, or `undefined` once the endpoint took it. */
export async function post(
  endpoint: string,
  body: URLSearchParams,
  timeout: number,
): Promise<Failure | undefined> {
  let signal: AbortSignal | undefined;
  try {
    signal = AbortSignal.timeout(inRange(timeout, TIMEOUTS));
    const response = await fetch(endpoint, {
      method: 'POST',
      body,
      signal,
      credentials: 'same-origin',
    });
    return response.ok ? undefined : response.status;
  } catch {
    return signal?.aborted ? 'timeout' : 'network';
  }
}

/** The `mailto:` link of a tip, written in the current locale (call it inside `withLocale`). */
export function composeMail({name, friend, message}: Values, {url, title}: PageRef) {
  const note = message.trim();
  const sender = name.trim();
  const body = [
    msg(str`${sender} thinks you would like this page:`, {
      desc: 'First line of the composed e-mail.',
    }),
    title,
    url,
    ...(note ? ['', note] : []),
  ].join('\n');
  return mailtoHref(
    friend,
    msg(str`Tip: ${title}`, {desc: 'Subject of the composed e-mail; the page title.'}),
    body,
  );
}

/**
 * The list of problems shown above the form after a submit with errors, each
 * a link that moves focus to its field (`focus`).
 */
export function summary(
  level: number,
  problems: [Field, string][],
  focus: (field: Field) => void,
) {
  if (!problems.length) return nothing;
  return html`<div part="error-summary" class="summary">
    ${heading(
      level,
      msg('There is a problem', {desc: 'Heading of the list of form errors.'}),
      'summary-heading',
    )}
    <ul>
      ${problems.map(
        ([field, text]) =>
          html`<li><a href="#${field}" @click=${(event: Event) => {
            event.preventDefault();
            focus(field);
          }}>${text}</a></li>`,
      )}
    </ul>
  </div>`;
}

/** What happened to a tip the visitor sent, in the element's `result` region. */
export interface Outcome {
  phase: Phase;
  failure: Failure | undefined;
  /** The address the tip went to. */
  sentTo: string;
  /** The composed `mailto:` link, once there is one. */
  composed: string;
  /** Starts a new tip: a listener Lit calls on the element, like the element's own. */
  again: () => void;
}

/**
 * What the visitor reads about the tip: sending, sent (with a button for the
 * next one), why it failed, or the composed e-mail. The element says itself
 * that the connection failed, since that can keep this module from loading.
 */
export function outcome({phase, failure, sentTo, composed, again}: Outcome) {
  if (phase === 'sent')
    return html`${msg(str`Thank you! Your tip has been sent to ${sentTo}.`, {desc: 'Announced once the tip was sent.'})}
      <button part="again" type="button" @click=${again}>${msg('Tip another friend', {desc: 'Button that starts a new tip.'})}</button>`;
  if (phase === 'sending')
    return msg('Sending the tip…', {desc: 'Announced while the tip is sent.'});
  if (failure === 'timeout')
    return msg(
      'The tip could not be sent: the server took too long to answer. Your text is kept; try again.',
      {desc: 'Error after sending timed out.'},
    );
  if (failure !== undefined)
    return msg(
      str`The tip could not be sent (error ${failure}). Your text is kept; try again.`,
      {desc: 'Error when the form handler answered with an HTTP error code.'},
    );
  if (composed)
    return html`${msg('Your e-mail program should open with the message.', {desc: 'Shown after the e-mail was composed.'})}
      <a href=${composed}>${msg('Open the e-mail', {desc: 'Link that opens the composed e-mail again.'})}</a>`;
  return nothing;
}
