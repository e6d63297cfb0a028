/** How `<contact-card>` reads a contact, without rendering: shared with its vCard and its structured data. */
import type {Contact, L10N} from './types.js';
import {allTexts} from './topics.js';

/** A unit rather than a person: its name is its unit's name, or a single word ("Brysselkontoret"). */
export const isUnit = ({name, unit}: Pick<Contact, 'name' | 'unit'>) =>
  !name.includes(' ') || Boolean(unit && allTexts(unit).includes(name));

/**
 * Role and unit in the reader's language (`text` picks it), each left empty
 * where it would repeat the name or the role: what the card shows.
 */
export function roleAndUnit(
  {name, role, unit}: Contact,
  text: (value: L10N | undefined) => string,
): [role: string, unit: string] {
  const shownRole = text(role) === name ? '' : text(role);
  const shownUnit = [name, shownRole].includes(text(unit)) ? '' : text(unit);
  return [shownRole, shownUnit];
}

/** Role and unit in one line ("Handläggare, Näringslivsenheten"), as the card and its JSON-LD put them. */
export const roleLine = (contact: Contact, text: (value: L10N | undefined) => string) =>
  roleAndUnit(contact, text).filter(Boolean).join(', ');
