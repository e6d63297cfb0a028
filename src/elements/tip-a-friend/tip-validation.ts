/** What counts as a valid entry in the tell-a-friend form, and how each problem is put to the visitor. */
import {msg, str} from '@lit/localize';
import {formatNumber} from '../../i18n/format.js';
import type {Field, Values} from './fields.js';

/** Why a field's value cannot be sent. */
export type Problem = 'missing' | 'format' | 'several' | 'long' | 'markup';
/** Each field's problem, where it has one. */
export type Errors = Partial<Record<Field, Problem>>;

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
  errors: Errors,
  values: Values,
  fields: Field[],
  maxLength: number,
): Errors {
  const found = {...errors};
  for (const field of fields) {
    const problem = check(field, values[field], maxLength);
    if (problem) found[field] = problem;
    else delete found[field];
  }
  return found;
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
