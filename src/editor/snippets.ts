/** The tags a CMS editor pastes: each element with the attributes it selects by. */
import {TAGS, type Tag} from '../tags.js';

export type PreviewTag = Tag;
export const PREVIEW_TAGS = TAGS;

export interface SnippetAttribute {
  name: string;
  /** A feed list whose ids are offered, or fixed values; free text when absent. */
  choices?: 'networks' | 'contacts' | 'pages' | readonly string[];
}

const HEADING = {name: 'heading-level', choices: ['1', '2', '3', '4', '5', '6']} as const;

export const ATTRIBUTES: Record<Tag, readonly SnippetAttribute[]> = {
  'network-list': [{name: 'ids', choices: 'networks'}, {name: 'topic'}, HEADING],
  'contact-card': [{name: 'contact', choices: 'contacts'}, HEADING],
  'twin-towns': [{name: 'kind', choices: ['twin', 'partner', 'cooperation']}, HEADING],
  'review-stamp': [{name: 'page', choices: 'pages'}],
  'language-links': [{name: 'page', choices: 'pages'}],
  'news-list': [{name: 'topic'}, {name: 'limit'}, HEADING],
  'tip-a-friend': [{name: 'action'}, HEADING],
};

const escape = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The tag to paste, with the attributes set (the feed comes from the page's meta). */
export function snippet(tag: Tag, values: Record<string, string>, language: string) {
  const attributes = ATTRIBUTES[tag];
  const set = attributes
    .filter(({name}) => values[name])
    .map(({name}) => ` ${name}="${escape(values[name]!)}"`)
    .join('');
  const lang = language ? ` lang="${escape(language)}"` : '';
  return {attributes, tag: `<${tag}${set}${lang}></${tag}>`};
}
