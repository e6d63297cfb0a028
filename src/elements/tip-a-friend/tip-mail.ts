/** What a tip becomes: the form body posted to `action`, or a `mailto:` link. */
import {msg, str} from '@lit/localize';
import type {Values} from './fields.js';
import type {Failure, PageRef} from './tip-form.js';
import {TIMEOUTS} from '../../feed/store.js';
import {inRange} from '../../feed/range.js';

/** Characters a header-bound value must never carry: line breaks and other controls. */
const oneLine = (value: string) =>
  value
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .trim()
    .slice(0, 300);

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
