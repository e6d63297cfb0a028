/** What the visitor reads once the form is used: the error summary and what became of the tip. */
import {html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import {heading} from '../../internal/heading.js';
import type {Field} from './fields.js';
import type {Failure, Phase} from './tip-form.js';

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
      // Not the block's heading, which is what the part names.
      '',
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
