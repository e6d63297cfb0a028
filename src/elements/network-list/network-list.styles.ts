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
    /* A block, not a list-item box: it has no marker, and keeping the list-item
       counter of thousands of content-visibility boxes made removing a long
       list take seconds in Chromium (quadratic). */
    display: block;
    padding-block: var(--network-list-gap, var(--_mw-space));
    border-top: 1px solid var(--network-list-divider, var(--_mw-border));
    /* Networks out of view skip layout and paint until they come near: a
       long list costs what the screenful costs. The estimate is a typical
       network's height; once rendered, the browser keeps the real one. */
    content-visibility: auto;
    contain-intrinsic-size: auto 18em;
    /* That also clips painting to the box: room for the focus outline. */
    overflow-clip-margin: 6px;
  }
  .network:first-child {
    border-top: 0;
    padding-top: 0;
  }
  .network :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1.25em;
  }
  .title {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 1em;
  }
  .title > :first-child {
    flex: 1 1 10em;
    min-width: 0;
  }
  /* The width and height attributes reserve the box; a huge pair is capped
     on each side, and the image drawn within the box keeps its proportions. */
  .logo {
    max-width: min(100%, 8em);
    max-height: 3em;
    object-fit: contain;
  }
  .acronym {
    font-weight: normal;
  }
  .facts {
    margin: 0.5em 0 0;
  }
  /* Flex rather than grid: a third of the layout time of a long list. */
  .fact {
    display: flex;
    gap: 0 1em;
  }
  .fact + .fact {
    margin-top: 0.25em;
  }
  dt {
    flex: none;
    min-width: 7em;
    font-weight: bold;
  }
  dd {
    flex: 1;
    min-width: 0;
    margin: 0;
  }
  .contacts > li + li {
    margin-top: 0.5em;
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
      display: block;
    }
  }
`;
