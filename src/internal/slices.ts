/**
 * A long list rendered a slice per task, as `<network-list>` does: the first
 * entries show at once and the page answers input while the rest follow
 * (100 000 news items once took one 4.9 s task).
 */
import {isServer, noChange, type ReactiveElement, type TemplateResult} from 'lit';
import {nextTask} from './tasks.js';

// Prerendered, the whole list at once: a reader without JavaScript gets no more.
const FIRST_SLICE = isServer ? Infinity : 25;
const SLICE = 100;

export class Slices<T> {
  #host: ReactiveElement;
  #key: readonly unknown[] = [];
  #items: readonly T[] = [];
  #slices: TemplateResult[][] = [];
  #sliced = 0;
  #next: Promise<void> | undefined;

  constructor(host: ReactiveElement) {
    this.#host = host;
  }

  /**
   * The list for `key` (what it and its templates are made from): made anew
   * by `select` only when the key has changed, which starts the slices over.
   */
  items(key: readonly unknown[], select: () => readonly T[]): readonly T[] {
    if (
      key.length !== this.#key.length ||
      key.some((value, i) => value !== this.#key[i])
    ) {
      this.#key = key;
      this.#items = select();
      this.#slices = [];
      this.#sliced = 0;
    }
    return this.#items;
  }

  /** The templates of the list rendered so far, one slice more than last time; asks for the next. */
  render(template: (item: T) => TemplateResult): unknown[] {
    const items = this.#items;
    const end = Math.min(this.#sliced ? this.#sliced + SLICE : FIRST_SLICE, items.length);
    if (this.#sliced < end) {
      this.#slices.push(items.slice(this.#sliced, end).map(template));
      this.#sliced = end;
    }
    if (end < items.length) {
      const slices = this.#slices;
      const next = nextTask().then(() => {
        if (this.#next === next) this.#next = undefined;
        // Unless the list has started over in the meantime.
        if (slices === this.#slices) this.#host.requestUpdate();
      });
      this.#next = next;
    }
    // Each render adds one slice: Lit is told to leave the earlier ones be.
    return this.#slices.map((slice, index, {length}) =>
      index < length - 1 ? noChange : slice,
    );
  }

  /** Resolves once every slice has rendered. */
  async complete(updateComplete: () => Promise<boolean>): Promise<boolean> {
    let complete = await updateComplete();
    while (this.#next) {
      await this.#next;
      complete = await updateComplete();
    }
    return complete;
  }
}
