/**
 * The map of `<twin-towns view="map">`: the towns and the publisher on a small
 * built-in world map, zoomed to fit them. Loaded only when a page asks for it.
 */
import {svg, nothing} from 'lit';
import {CENTRES, LAND, NORTH, SCALE, SOUTH} from './generated/world.js';

/** A place to mark on the map. */
export interface MapPlace {
  name: string;
  /** Spoken by screen readers: the name with its country. */
  label: string;
  lon: number;
  lat: number;
  href?: string | undefined;
}

const WIDTH = 360 * SCALE;
const HEIGHT = (NORTH - SOUTH) * SCALE;
/** The smallest area shown, in map units, so that one town is not zoomed in on alone. */
const MIN_SPAN = 36 * SCALE;

const project = (lon: number, lat: number) =>
  [(lon + 180) * SCALE, (NORTH - lat) * SCALE] as const;

/** The centre of a country (ISO 3166-1 alpha-2), for marking the publisher. */
export function countryCentre(code: string): {lon: number; lat: number} | undefined {
  const centre = CENTRES[code];
  return centre && {lon: centre[0], lat: centre[1]};
}

/** The part of the map that shows every point with a margin, as an SVG viewBox. */
function viewBox(points: readonly (readonly [number, number])[]) {
  // A loop, not Math.min(...xs): spreading 124 000 points overflows the stack.
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    left = Math.min(left, x);
    right = Math.max(right, x);
    top = Math.min(top, y);
    bottom = Math.max(bottom, y);
  }
  const centre = [(left + right) / 2, (top + bottom) / 2];
  const span = Math.max(MIN_SPAN, (right - left) * 1.3, (bottom - top) * 2);
  const width = Math.min(WIDTH, span);
  const height = Math.min(HEIGHT, width / 1.6);
  const x = Math.min(Math.max(centre[0]! - width / 2, 0), WIDTH - width);
  const y = Math.min(Math.max(centre[1]! - height / 2, 0), HEIGHT - height);
  return {x, y, width, height};
}

/**
 * The map as an SVG template: a labelled group whose towns are links where
 * they have a URL, so that the keyboard reaches them.
 */
export function renderMap(
  label: string,
  towns: readonly MapPlace[],
  home: MapPlace | undefined,
) {
  const places = home ? [...towns, home] : towns;
  if (!places.length) return nothing;
  const box = viewBox(places.map(({lon, lat}) => project(lon, lat)));
  const unit = box.width / 100;
  const marker = (place: MapPlace, isHome: boolean) => {
    const [x, y] = project(place.lon, place.lat);
    const dot = isHome
      ? svg`<rect class="home" x=${x - unit} y=${y - unit} width=${unit * 2} height=${unit * 2}></rect>`
      : svg`<circle class="town" cx=${x} cy=${y} r=${unit}></circle>`;
    const text = svg`<text x=${x + unit * 1.6} y=${y + unit * 0.9} font-size=${unit * 3.2}>${place.name}</text>`;
    return place.href
      ? svg`<a href=${place.href} aria-label=${place.label}>${dot}${text}</a>`
      : svg`<g role="img" aria-label=${place.label}>${dot}${text}</g>`;
  };
  return svg`<svg
    part="map"
    class="map"
    role="group"
    aria-label=${label}
    viewBox="${box.x} ${box.y} ${box.width} ${box.height}"
  >
    <path class="land" d=${LAND} stroke-width=${unit / 4}></path>
    ${towns.map((town) => marker(town, false))}
    ${home ? marker(home, true) : nothing}
  </svg>`;
}
