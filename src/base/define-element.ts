/**
 * Guarded registration. Our tags carry no prefix and live on other people's
 * pages, where a CMS may add the bundle twice or another script may own a tag:
 * registering must never throw, and a conflict gets one clear console message.
 */
import {VERSION} from '../version.js';

type Versioned = CustomElementConstructor & {version?: string};

/**
 * Registers each tag that is still free. Tags already taken are left alone,
 * with one warning when another copy of the same version took them and one
 * error naming both versions (or the foreign owner) otherwise.
 */
export function defineElements(elements: Record<string, CustomElementConstructor>) {
  const clashes = new Set<string>();
  for (const [tag, constructor] of Object.entries(elements)) {
    const existing = customElements.get(tag) as Versioned | undefined;
    if (!existing) {
      customElements.define(tag, constructor);
    } else if (existing !== constructor) {
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
