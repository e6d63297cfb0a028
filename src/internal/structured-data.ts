/**
 * Keeps a block's schema.org JSON-LD in step with what it shows, after each
 * render and when it leaves or comes back to the page. An element opts in by
 * creating one; its code (linked-data-people.ts or linked-data-pages.ts, by
 * the kind of block) loads with the first description.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {localize} from '../i18n/l10n.js';
import type {Description} from './schema.js';

type Chunk = typeof import('./linked-data-pages.js');

/** The chunks of each kind of block's structured data, loaded once per page. */
let people: Promise<Chunk> | undefined;
let pages: Promise<Chunk> | undefined;
const chunkOf = ({kind}: Description) =>
  kind === 'contact' || kind === 'networks'
    ? (people ??= import('./linked-data-people.js'))
    : (pages ??= import('./linked-data-pages.js'));

/** Describes its element as JSON-LD in the document's head. */
export class StructuredDataController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #describe: () => Description | undefined;
  readonly #languages: () => readonly string[];
  /** What the JSON-LD was last made from: nothing to redo while it stays the same. */
  #key: readonly unknown[] = [];
  /** The chunk of this block's kind, once it has described something. */
  #chunk: Promise<Chunk> | undefined;

  /**
   * `describe` says what the element shows now (`undefined`: nothing, or
   * structured data is off); `languages` lists the languages its feed texts
   * are picked in, most wanted first.
   */
  constructor(
    host: ReactiveControllerHost & Element,
    describe: () => Description | undefined,
    languages: () => readonly string[],
  ) {
    this.#host = host;
    this.#describe = describe;
    this.#languages = languages;
    host.addController(this);
  }

  // Back on the page with what it showed (a block moved): its JSON-LD too.
  hostConnected() {
    this.#sync();
  }

  hostUpdated() {
    this.#sync();
  }

  hostDisconnected() {
    this.#sync();
  }

  #current(): Description | undefined {
    return this.#host.isConnected ? this.#describe() : undefined;
  }

  #sync() {
    const description = this.#current();
    const key = description ? [...this.#languages(), ...Object.values(description)] : [];
    const last = this.#key;
    if (key.length === last.length && key.every((value, i) => value === last[i])) return;
    this.#key = key;
    if (description) this.#chunk ??= chunkOf(description);
    this.#chunk?.then(
      // What the block shows by the time the chunk is there: calls that arrive late still end in step.
      ({schemaOf, serialize, syncScript}) => {
        const shown = this.#current();
        const languages = this.#languages();
        const node = shown && schemaOf(shown, (value) => localize(value, languages));
        syncScript(this.#host, node && serialize(node));
      },
      // Without its chunk the page just has no structured data.
      () => {},
    );
  }
}
