/**
 * Headings at the level the page asks for (`heading-level`), so that a block
 * fits the outline of whatever page it is dropped into. Native `<h1>`–`<h6>`,
 * not `role="heading"`, and no `unsafeStatic`.
 */
import {html, type TemplateResult} from 'lit';

/** The heading level used when `heading-level` is missing or out of range. */
export const DEFAULT_HEADING_LEVEL = 2;

/** Clamps a `heading-level` value to 1–6. */
export const headingLevel = (level: number) =>
  Number.isInteger(level) && level >= 1 && level <= 6 ? level : DEFAULT_HEADING_LEVEL;

/** The level of a heading under one at `level`: one deeper, at most 6. */
export const subLevel = (level: number) => Math.min(headingLevel(level) + 1, 6);

/**
 * A heading of the given level with an optional class. It carries
 * `part="heading"` unless `part` says otherwise (`''`: an empty list), so that only the
 * headings an element documents as that part match `::part(heading)`.
 */
export function heading(
  level: number,
  content: unknown,
  className = '',
  part = 'heading',
): TemplateResult {
  switch (headingLevel(level)) {
    case 1:
      return html`<h1 part=${part} class=${className}>${content}</h1>`;
    case 3:
      return html`<h3 part=${part} class=${className}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${className}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${className}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} class=${className}>${content}</h6>`;
    default:
      return html`<h2 part=${part} class=${className}>${content}</h2>`;
  }
}
