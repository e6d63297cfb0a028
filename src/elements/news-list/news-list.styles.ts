/** Styles of `<news-list>`. */
import {css} from 'lit';

export const styles = css`
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item {
    padding-block: var(--news-list-gap, calc(var(--_mw-space) * 0.75));
    border-top: 1px solid var(--_mw-border);
  }
  .item:first-child {
    border-top: 0;
    padding-top: 0;
  }
  .date {
    font-size: var(--_mw-small);
    margin: 0 0 0.25em;
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin-bottom: var(--_mw-space);
  }
  .empty {
    padding: 0.75em 1em;
    border: 1px solid var(--_mw-border);
    border-radius: var(--_mw-radius);
    background: var(--mw-color-surface, transparent);
  }
  .empty p:last-child {
    margin-bottom: 0;
  }
`;
