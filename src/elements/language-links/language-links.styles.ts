/** Styles of `<language-links>`: one row of links that wraps, as language switchers in page headers are. */
import {css} from 'lit';

export const styles = css`
  .list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em var(--language-links-gap, var(--_mw-space));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .current {
    font-weight: var(--language-links-current-font-weight, bold);
  }
`;
