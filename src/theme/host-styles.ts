/**
 * The `--mw-*` design tokens and the styles every element shares. Unset, the
 * blocks inherit the page's font and text colour and pick up Sitevision
 * Envision's `--env-*` tokens where the page has them. Sizes are in `em`/`px`,
 * never `rem`: many CMS themes set `html { font-size: 62.5% }`.
 */
import {css} from 'lit';

export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--mw-font-family, var(--env-font-family, inherit));
    color: var(--mw-color-text, var(--env-font-color, inherit));
    line-height: var(--mw-line-height, 1.5);
    --_mw-accent: var(--mw-color-accent, var(--env-link-font-color, LinkText));
    --_mw-border: var(--mw-color-border, var(--env-border-color, currentColor));
    --_mw-space: var(--mw-space, 1em);
    --_mw-radius: var(--mw-radius, 4px);
    --_mw-small: var(--mw-font-size-small, 0.875em);
    --_mw-focus: var(--mw-color-focus, var(--_mw-accent));
  }
  :host([hidden]) {
    display: none;
  }
  /* Prerendered, without JavaScript: what needs it is not shown, but keeps
     its space, so that a page with scripts looks the same before they run. */
  @media (scripting: none) {
    .needs-script {
      visibility: hidden;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_mw-accent);
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--_mw-focus);
    outline-offset: 2px;
  }
  p {
    margin: 0 0 0.5em;
  }
  :is(h1, h2, h3, h4, h5, h6) {
    margin: 0 0 0.25em;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .status {
    font-size: var(--_mw-small);
    margin: 0 0 0.5em;
  }
  .status:empty {
    display: none;
  }
  button {
    font: inherit;
    color: var(--mw-color-button-text, Canvas);
    background: var(--_mw-accent);
    border: 2px solid var(--_mw-accent);
    border-radius: var(--_mw-radius);
    padding: 0.25em 0.75em;
    cursor: pointer;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: transparent;
    padding: 0.375em 0.5em;
    border: 2px solid var(--_mw-border);
    border-radius: var(--_mw-radius);
  }
  /* The live count of search or filter results. */
  .count {
    flex-basis: 100%;
    margin: 0;
    font-size: var(--_mw-small);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
