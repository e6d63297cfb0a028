/**
 * Guarded registration. Our tags carry no prefix and live on other people's
 * pages, where a CMS may add the bundle twice or another script may own a tag:
 * registering must never throw, and a conflict gets one clear console message.
 */
import {VERSION} from '../version.js';

type Versioned = CustomElementConstructor & {version?: string; [WHOLE]?: boolean};

/**
 * Set on each constructor we register: whether the copy that registered it
 * registers several elements (the one-file bundle, define.js) or one (a
 * per-element entry, dist/elements/<tag>.js). A symbol from the global
 * registry, so that every copy of the library on the page reads the same key.
 */
const WHOLE = Symbol.for('municipal-widgets.whole');

/**
 * Registers each tag that is still free. Tags already taken are left alone,
 * with one warning when another copy of the same version and the same kind
 * took them (the bundle twice, or one element's entry from two URLs), and one
 * error naming both versions (or the foreign owner) otherwise. Per-element
 * entries beside the bundle of the same version are a layout the README
 * describes, so they stay quiet: whichever came first defines the tag.
 */
export function defineElements(elements: Record<string, CustomElementConstructor>) {
  const whole = Object.keys(elements).length > 1;
  const clashes = new Set<string>();
  for (const [tag, constructor] of Object.entries(elements)) {
    const existing = customElements.get(tag) as Versioned | undefined;
    if (!existing) {
      customElements.define(tag, constructor);
      (constructor as Versioned)[WHOLE] ??= whole;
    } else if (
      existing !== constructor &&
      !(existing.version === VERSION && existing[WHOLE] === !whole)
    ) {
      clashes.add(
        existing.version ? `version ${existing.version}` : `another script (<${tag}>)`,
      );
    }
  }
  if (clashes.size === 0) return;
  const others = [...clashes].join(', ');
  if (others === `version ${VERSION}`) {
    console.warn(
      `municipal-widgets ${VERSION} is loaded more than once on this page; the first copy is used`,
    );
  } else {
    console.error(
      `municipal-widgets ${VERSION} was not registered where ${others} already defined the same elements; those are used`,
    );
  }
}
