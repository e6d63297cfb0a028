/**
 * The library's tag names: the one list that the bundle registers
 * (define.ts, checked against it by type), the manifest check, the page tests
 * and the benchmark read.
 */
export const TAGS = [
  'contact-card',
  'language-links',
  'network-list',
  'news-list',
  'review-stamp',
  'tip-a-friend',
  'twin-towns',
] as const;

/** One of the library's tag names. */
export type Tag = (typeof TAGS)[number];
