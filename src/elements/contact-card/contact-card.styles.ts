/** Styles of `<contact-card>`. */
import {css} from 'lit';

export const styles = css`
  .base {
    padding: var(--contact-card-padding, 1em);
    background: var(--contact-card-background, var(--mw-color-surface, transparent));
    border: 1px solid var(--_mw-border);
    border-radius: var(--_mw-radius);
  }
  .compact {
    padding: 0;
    background: none;
    border: 0;
  }
  .role {
    margin: 0 0 0.5em;
  }
  address {
    font-style: normal;
    margin-bottom: 0.75em;
  }
`;
