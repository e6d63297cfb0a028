/** What `<contact-card>` shows, from the feed and its attributes alone: no rendering. */
import {byId} from '../../feed/lookup.js';
import {problem} from '../../feed/problems.js';
import type {Contact, ValidFeed} from '../../feed/types.js';
import type {Selection} from '../../base/widget-element.js';

/** The card's contact, or `undefined` when the feed has none with its id. */
export function select(
  feed: ValidFeed | undefined,
  {contact: given, compact}: {contact: string; compact: boolean},
): Selection<Contact | undefined> {
  const id = given.trim();
  const contact = id && feed ? byId(feed.contacts, id) : undefined;
  if (contact)
    return {
      shown: contact,
      problems: [],
      description: {kind: 'contact', contact, compact},
    };
  const reported = id
    ? problem(
        '@contact',
        'unknown-id',
        `names no contact in the feed (${JSON.stringify(id)})`,
        {id},
        'contacts',
      )
    : problem('@contact', 'missing-attribute', 'needs a contact id');
  return {shown: undefined, problems: [reported]};
}
