/** The fields of the tell-a-friend form, as one table: what each control is and says. */
import {msg} from '@lit/localize';

/** The fields a visitor fills in, in the order the form shows them. */
export type Field = 'name' | 'email' | 'friend' | 'message';
export type Values = Record<Field, string>;

/**
 * Each one-line field's control: its type, autocomplete token and longest
 * value (an address is at most 254 characters, RFC 5321). The message is a
 * textarea whose limit is the element's `max-length`.
 */
export const INPUTS = {
  name: {type: 'text', autocomplete: 'name', maxLength: 100},
  email: {type: 'email', autocomplete: 'email', maxLength: 254},
  friend: {type: 'email', autocomplete: 'off', maxLength: 254},
} as const satisfies Record<Exclude<Field, 'message'>, object>;

/** The fields the visitor fills in: the sender's address only when the tip is posted. */
export const fieldsFor = (post: boolean): Field[] =>
  post ? ['name', 'email', 'friend', 'message'] : ['name', 'friend', 'message'];

/** A field's label. */
export function fieldLabel(field: Field): string {
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
