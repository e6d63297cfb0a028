/** Styles of `<twin-towns>`. */
import {css} from 'lit';

export const styles = css`
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14em, 1fr));
    gap: var(--twin-towns-gap, var(--_mw-space));
  }
  .town {
    padding: 0.75em 1em;
    border: 1px solid var(--_mw-border);
    border-radius: var(--_mw-radius);
    background: var(--mw-color-surface, transparent);
  }
  .map {
    display: block;
    width: 100%;
    height: auto;
    max-height: 28em;
    margin-bottom: var(--_mw-space);
    background: var(--twin-towns-map-sea, transparent);
    border: 1px solid var(--_mw-border);
    border-radius: var(--_mw-radius);
  }
  .land {
    fill: var(--twin-towns-map-land, color-mix(in srgb, currentColor 12%, transparent));
    stroke: color-mix(in srgb, currentColor 40%, transparent);
  }
  .map .town,
  .map .home {
    fill: var(--_mw-accent);
  }
  .map .home {
    fill: currentColor;
  }
  .map text {
    fill: currentColor;
    stroke: var(--twin-towns-map-halo, Canvas);
    stroke-width: 0.25em;
    paint-order: stroke;
    stroke-linejoin: round;
  }
  .map a:focus-visible {
    outline: 3px solid var(--_mw-focus);
  }
  .group + .group {
    margin-top: var(--_mw-space);
  }
  .group-heading {
    font-size: 1em;
  }
  .place,
  .relation {
    font-size: var(--_mw-small);
    margin: 0;
  }
  .relation {
    margin-bottom: 0.5em;
  }
`;
