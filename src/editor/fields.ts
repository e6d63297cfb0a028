/**
 * What the editor shows of each entry kind: its fields in the schema's order,
 * each with the shape of form control it needs. Labels and hints are message
 * keys (messages.ts) named after the property.
 */
import type {Section} from './doc.js';

export type FieldShape =
  | 'text'
  | 'textarea'
  | 'url'
  | 'email'
  | 'integer'
  | 'number'
  | 'date'
  | 'l10n'
  | 'l10n-long'
  | 'l10n-list'
  | 'country'
  | 'countries'
  | 'contacts'
  | 'phones'
  | 'language'
  | 'urls-by-language'
  | {enum: readonly string[]}
  | {parts: readonly Field[]};

export interface Field {
  key: string;
  shape: FieldShape;
  required?: boolean;
}

const f = (key: string, shape: FieldShape, required = false): Field => ({
  key,
  shape,
  required,
});

export const PUBLISHER: readonly Field[] = [
  f('name', 'l10n', true),
  f('language', 'language', true),
  f('country', 'country', true),
  f('url', 'url'),
];

export const FIELDS: Record<Section, readonly Field[]> = {
  contacts: [
    f('id', 'text', true),
    f('name', 'text', true),
    f('role', 'l10n'),
    f('unit', 'l10n'),
    f('phones', 'phones'),
    f('email', 'email'),
    f('address', {
      parts: [
        f('street', 'text'),
        f('postalCode', 'text'),
        f('city', 'text'),
        f('country', 'country'),
      ],
    }),
    f('url', 'url'),
  ],
  networks: [
    f('id', 'text', true),
    f('name', 'l10n', true),
    f('acronym', 'text'),
    f('description', 'l10n-long'),
    f('members', 'integer'),
    f('memberKind', {enum: ['regions', 'municipalities', 'organisations', 'members']}),
    f('countries', 'countries'),
    f('founded', 'text'),
    f('homepage', 'url'),
    f('contacts', 'contacts'),
    f('topics', 'l10n-list'),
    f('logo', {
      parts: [
        f('src', 'text', true),
        f('width', 'integer', true),
        f('height', 'integer', true),
      ],
    }),
  ],
  twinTowns: [
    f('id', 'text', true),
    f('name', 'l10n', true),
    f('country', 'country', true),
    f('since', 'integer'),
    f('kind', {enum: ['twin', 'partner', 'cooperation']}),
    f('region', 'l10n'),
    f('url', 'url'),
    f('location', {parts: [f('lat', 'number', true), f('lon', 'number', true)]}),
    f('description', 'l10n-long'),
  ],
  pages: [
    f('id', 'text', true),
    f('url', 'url'),
    f('reviewed', 'date'),
    f('reviewedBy', 'text'),
    f('updated', 'date'),
    f('nextReview', 'date'),
    f('languages', 'urls-by-language'),
  ],
  news: [
    f('id', 'text', true),
    f('title', 'l10n', true),
    f('date', 'date', true),
    f('url', 'url'),
    f('summary', 'l10n-long'),
    f('topics', 'l10n-list'),
  ],
};

export const PHONE_KINDS = ['work', 'mobile', 'switchboard'] as const;

/** The property that names an entry in lists and headings. */
export const TITLE_KEY: Record<Section, string> = {
  contacts: 'name',
  networks: 'name',
  twinTowns: 'name',
  pages: 'id',
  news: 'title',
};

/** The CSV kinds of `from-csv`, by section. */
export const CSV_KIND: Record<
  Section,
  'contacts' | 'networks' | 'twin-towns' | 'pages' | 'news'
> = {
  contacts: 'contacts',
  networks: 'networks',
  twinTowns: 'twin-towns',
  pages: 'pages',
  news: 'news',
};
