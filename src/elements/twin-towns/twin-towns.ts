/** The `<twin-towns>` element: a publisher's twin towns and partners at a glance. */
import {
  html,
  isServer,
  noChange,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {msg, str} from '@lit/localize';
import type {TwinTown, ValidFeed} from '../../feed/types.js';
import {compareText, countryName} from '../../i18n/format.js';
import {heading, headingLevel, subLevel} from '../../internal/heading.js';
import {safeHref} from '../../internal/links.js';
import {Slices} from '../../internal/slices.js';
import {WidgetElement} from '../../base/widget-element.js';
import {styles} from './twin-towns.styles.js';
import {kindAsked, select} from './select.js';
import {texts} from '../../i18n/generated/texts/twin-towns.js';

type Kind = NonNullable<TwinTown['kind']>;

/**
 * The publisher's twin towns, partner towns and cooperation partners from the
 * feed's `twinTowns`: name, country, region, since when, and a link.
 *
 * @tag twin-towns
 * @slot - Fallback shown until the list renders and when the feed fails.
 * @csspart base - The wrapper around the whole block.
 * @csspart map - The map (with `view="map"`), an SVG drawn from Natural Earth data.
 * @csspart group - The towns of one country (with `group-by="country"`).
 * @csspart list - A list of towns.
 * @csspart town - One town.
 * @csspart heading - A town's name.
 * @csspart place - A town's region and country.
 * @csspart relation - The kind of partnership and since when.
 * @csspart description - A town's description.
 * @csspart empty - The message shown when there are no towns.
 * @csspart status - The loading or error status.
 * @csspart retry - The "try again" button after a transient failure.
 * @cssprop --twin-towns-gap - Space between towns (default: --mw-space).
 * @cssprop --twin-towns-map-land - Fill of the land on the map (default: the text colour, faint).
 * @cssprop --twin-towns-map-sea - Background of the map (default: transparent).
 * @cssprop --twin-towns-map-halo - Outline behind the labels on the map, the page background (default: Canvas).
 * @fires {FeedErrorEvent} feed-error - The feed failed, towns were skipped, or a country code is unknown.
 */
export class TwinTowns extends WidgetElement<TwinTown[]> {
  protected static override texts = texts;
  static override styles = [...WidgetElement.styles, styles];
  protected static override feedSections = ['twinTowns'] as const;
  static override get properties(): PropertyDeclarations {
    return {
      kind: {},
      groupBy: {attribute: 'group-by'},
      view: {},
      map: {state: true, attribute: false},
    };
  }

  /** Shows only towns of this kind: `twin`, `partner` or `cooperation` (default: all). */
  kind: '' | 'twin' | 'partner' | 'cooperation' = '';
  /** `country` groups the towns under a heading per country. */
  groupBy: '' | 'country' = '';
  /** `map` adds a map of the towns and the publisher above the list (loaded on demand). */
  view: '' | 'map' = '';

  /** The map module, once `view="map"` has loaded it. */
  declare private map: typeof import('./twin-towns-map.js') | undefined;
  #mapRequested = false;
  /** The towns shown, rendered a slice per task (as a list, not grouped). */
  #slices = new Slices<TwinTown>(this);
  #mapKey: unknown[] = [];

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    // Prerendered in Node, the list only: the map needs a script anyway.
    if (!isServer && this.view === 'map' && !this.#mapRequested) {
      this.#mapRequested = true;
      import('./twin-towns-map.js').then(
        (module) => (this.map = module),
        () =>
          console.warn(
            'municipal-widgets: <twin-towns> could not load its map; showing the list',
          ),
      );
    }
  }

  protected override select(feed: ValidFeed | undefined) {
    return select(feed, {kind: this.kind, locale: this.formatLocale});
  }

  #kindLabel(kind: Kind): string {
    switch (kind) {
      case 'partner':
        return msg('Partner town', {desc: 'Kind of partnership between towns.'});
      case 'cooperation':
        return msg('Cooperation partner', {desc: 'Kind of partnership between towns.'});
      default:
        return msg('Twin town', {desc: 'Kind of partnership between towns.'});
    }
  }

  /** The empty state, worded for the kind asked for; all kinds, and an unknown one, are twin towns. */
  #empty(): string {
    switch (kindAsked(this.kind)) {
      case 'partner':
        return msg('There are no partner towns to show.', {
          desc: 'The feed has no towns of the kind "partner town".',
        });
      case 'cooperation':
        return msg('There are no cooperation partners to show.', {
          desc: 'The feed has no towns of the kind "cooperation partner".',
        });
      default:
        return msg('There are no twin towns to show.', {
          desc: 'The feed has no towns, or none of the kind "twin town".',
        });
    }
  }

  /** A town's country by name; select() reports the codes `Intl` does not know. */
  #country(town: TwinTown): string {
    return countryName(town.country, this.formatLocale);
  }

  #renderTown(town: TwinTown, level: number): TemplateResult {
    const name = this.text(town.name);
    const href = safeHref(town.url);
    const place = [town.region ? this.text(town.region) : '', this.#country(town)]
      .filter(Boolean)
      .join(', ');
    const relation = this.#kindLabel(town.kind ?? 'twin');
    return html`<li part="town" class="town">
      ${heading(level, href ? html`<a href=${href}>${name}</a>` : name)}
      <p part="place" class="place">${place}</p>
      <p part="relation" class="relation">
        ${
          town.since === undefined
            ? relation
            : msg(str`${relation} since ${town.since}`, {
                desc: 'A partnership and the year it began, e.g. "Twin town since 1948".',
              })
        }
      </p>
      ${town.description ? html`<p part="description">${this.text(town.description)}</p>` : nothing}
    </li>`;
  }

  #renderGroups(towns: TwinTown[]) {
    const groups = new Map<string, TwinTown[]>();
    for (const town of towns) {
      const members = groups.get(town.country);
      if (members) members.push(town);
      else groups.set(town.country, [town]);
    }
    const named = [...groups.values()].map(
      (members) => [this.#country(members[0]!), members] as const,
    );
    const compare = compareText(this.formatLocale);
    named.sort(([a], [b]) => compare(a, b));
    const level = headingLevel(this.headingLevel);
    return named.map(
      ([country, members]) => html`<section part="group" class="group">
        ${heading(level, country, 'group-heading', '')}
        <ul part="list" class="list">${members.map((town) => this.#renderTown(town, subLevel(level)))}</ul>
      </section>`,
    );
  }

  #renderMap(towns: TwinTown[], feed: ValidFeed | undefined) {
    const map = this.map;
    if (this.view !== 'map' || !map) return nothing;
    const places = towns.flatMap((town) =>
      town.location
        ? [
            {
              name: this.text(town.name),
              label: `${this.text(town.name)}, ${this.#country(town)}`,
              href: safeHref(town.url),
              ...town.location,
            },
          ]
        : [],
    );
    const publisher = feed?.publisher;
    const centre = publisher && map.countryCentre(publisher.country);
    const home = centre && {
      name: this.text(publisher.name),
      label: this.text(publisher.name),
      ...centre,
    };
    return map.renderMap(
      msg('Map of the towns listed below', {
        desc: 'Accessible name of the twin-town map.',
      }),
      places,
      home,
    );
  }

  /**
   * The map, drawn anew only when what it shows changes: not for each slice
   * of the list (a list slice leaves the map's part as it is).
   */
  #mapOf(towns: readonly TwinTown[], feed: ValidFeed | undefined) {
    const key = [towns, this.view, this.map, this.formatLocale];
    const drawn = this.renderRoot.querySelector('[part="map"]') || !this.map;
    if (drawn && key.every((value, i) => value === this.#mapKey[i])) return noChange;
    this.#mapKey = key;
    return this.#renderMap(towns as TwinTown[], feed);
  }

  /** Resolves once the whole list has rendered, every slice of it. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#slices.complete(() => super.getUpdateComplete());
  }

  protected override renderContent(selected: TwinTown[], feed: ValidFeed | undefined) {
    // What the selection is made from: the same towns while the slices grow.
    const key = [
      feed?.twinTowns,
      this.kind,
      this.groupBy,
      this.formatLocale,
      this.headingLevel,
    ];
    const towns = this.#slices.items(key, () => selected) as TwinTown[];
    return html`<div part="base" class="base">
      ${towns.length && !isServer ? this.#mapOf(towns, feed) : nothing}
      ${
        towns.length === 0
          ? html`<p part="empty" class="empty">${this.#empty()}</p>`
          : this.groupBy === 'country'
            ? this.#renderGroups(towns)
            : html`<ul part="list" class="list">${this.#slices.render((town) => this.#renderTown(town, this.headingLevel))}</ul>`
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'twin-towns': TwinTowns;
  }
}
