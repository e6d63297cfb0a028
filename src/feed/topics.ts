/** Matching feed texts across languages: topics, searches and filters. */
import type {L10N} from './types.js';

/** Every text of a localised value, in all its languages. */
export const allTexts = (value: L10N) =>
  typeof value === 'string' ? [value] : Object.values(value);

/** Folds case and accents away, so that "ostersjo" finds "Östersjö". */
export const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/**
 * Whether one of `topics` is `wanted`, in any of its languages: topic="Miljö"
 * and topic="Environment" name the same topic.
 */
export function hasTopic(topics: readonly L10N[] | undefined, wanted: string): boolean {
  const folded = fold(wanted);
  return Boolean(
    topics?.some((topic) => allTexts(topic).some((text) => fold(text) === folded)),
  );
}
