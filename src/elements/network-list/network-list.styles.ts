/** Styles of `<network-list>`. */
import {css} from 'lit';

export const styles = css`
  .list,
  .contacts {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .network {
    padding-block: var(--network-list-gap, var(--_mw-space));
    border-top: 1px solid var(--network-list-divider, var(--_mw-border));
  }
  .network:first-child {
    border-top: 0;
    padding-top: 0;
  }
  .network > :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1.25em;
  }
  .acronym {
    font-weight: normal;
  }
  .facts {
    display: grid;
    gap: 0.25em;
    margin: 0.5em 0 0;
  }
  .fact {
    display: grid;
    grid-template-columns: minmax(7em, max-content) 1fr;
    gap: 0 1em;
  }
  dt {
    font-weight: bold;
  }
  dd {
    margin: 0;
  }
  .contacts {
    display: grid;
    gap: 0.5em;
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin-bottom: var(--_mw-space);
  }
  .search input {
    min-width: 0;
    flex: 1 1 14em;
  }
  @media (max-width: 30em) {
    .fact {
      grid-template-columns: 1fr;
    }
  }
`;
