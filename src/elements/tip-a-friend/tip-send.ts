/** Sending a tip: checking the fields, then posting it or composing the e-mail, and what follows. */
import {withLocale} from '../../i18n/localization.js';
import {fieldsFor, type Field} from './fields.js';
import {composeMail, post, postBody} from './tip-mail.js';
import type {TipForm} from './tip-form.js';
import {validate} from './tip-validation.js';

/** Checks `fields`, shows their errors and says whether all can be sent. */
export function checkFields(form: TipForm, fields: Field[]): boolean {
  const errors = validate(form.errors, form.values, fields, form.settings().maxLength);
  form.set({errors});
  return fields.every((field) => !errors[field]);
}

/** Checks the form and sends the tip, or moves focus to the first field to mend. */
export async function send(form: TipForm) {
  const settings = form.settings();
  const fields = fieldsFor(Boolean(settings.endpoint));
  form.submitted = true;
  if (!checkFields(form, fields)) {
    await form.host.updateComplete;
    form.control(fields.find((field) => form.errors[field])!)?.focus();
    return;
  }
  if (settings.endpoint) await postTip(form);
  else
    compose(
      form,
      withLocale(settings.locale, () => composeMail(form.values, settings.page)),
    );
}

async function postTip(form: TipForm) {
  const {endpoint, page, locale, minFillTime, timeout, csrf} = form.settings();
  // The honeypot is filled only by bots: they are told it went well, and nothing is sent.
  const trap = form.control('website')?.value;
  form.set({phase: 'sending'});
  const early = minFillTime - (performance.now() - form.shownAt);
  if (early > 0) await new Promise((resolve) => setTimeout(resolve, early));
  if (trap) return sent(form);
  const failure = await post(
    endpoint!,
    postBody(form.values, page, locale, csrf),
    timeout,
  );
  if (failure === undefined) return sent(form);
  form.set({failure, phase: 'form'});
}

async function sent(form: TipForm) {
  const friend = form.values.friend.trim();
  form.sentTo = friend;
  form.values = {...form.values, friend: '', message: ''};
  form.set({phase: 'sent'});
  form.host.dispatchEvent(
    new CustomEvent('tip-sent', {detail: {friend}, bubbles: true, composed: true}),
  );
  await form.host.updateComplete;
  form.host.renderRoot.querySelector<HTMLElement>('.result')?.focus();
}

/** Opens the visitor's e-mail program with the tip written out (`href`), unless a listener does. */
function compose(form: TipForm, href: string) {
  form.set({composed: href});
  const event = new CustomEvent('tip-compose', {
    detail: {href},
    bubbles: true,
    composed: true,
    cancelable: true,
  });
  if (form.host.dispatchEvent(event)) location.href = href;
}

/** Starts a new tip after one was sent. */
export async function again(form: TipForm) {
  form.shownAt = performance.now();
  form.submitted = false;
  form.set({phase: 'form', announcedCount: ''});
  await form.host.updateComplete;
  form.control('friend')?.focus();
}
