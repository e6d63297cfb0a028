/** Styles of `<review-stamp>`. */
import {css} from 'lit';

export const styles = css`
  .base {
    font-size: var(--review-stamp-font-size, var(--_mw-small));
  }
  .outdated {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--review-stamp-note-border, var(--_mw-accent));
    background: var(--review-stamp-note-background, var(--mw-color-surface, transparent));
  }
`;
