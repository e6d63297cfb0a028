/**
 * Helpers of the hardening tests: serving made-up feeds, waiting for blocks
 * without polling slowly, and checking a rendered block for anything a
 * hostile feed must never achieve (contract §6).
 */

/** The link schemes a block may render (contract §6). */
const SAFE_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/** The elements the blocks render themselves; anything else came from feed text. */
const OWN_TAGS = new Set(
  [
    'a',
    'address',
    'br',
    'button',
    'dd',
    'div',
    'dl',
    'dt',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'input',
    'label',
    'li',
    'nav',
    'option',
    'p',
    'section',
    'select',
    'slot',
    'span',
    'strong',
    'time',
    'ul',
    // The twin-town map.
    'svg',
    'path',
    'circle',
    'rect',
    'text',
    'g',
  ].map((tag) => tag.toUpperCase()),
);

/** Attributes that load or run something; the blocks render none but `href`. */
const LOADING_ATTRIBUTES = ['src', 'srcdoc', 'action', 'formaction', 'data', 'style'];

/** A URL serving `body` (a feed object, or raw text) from the page itself, without the network. */
export function blobUrl(body: unknown): string {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return URL.createObjectURL(new Blob([text], {type: 'application/json'}));
}

let echoes = 0;

/** Stores `text` at the test server, byte for byte; the URL serves it as application/json. */
export async function echoUrl(text: string): Promise<string> {
  const url = `/__hostile/echo/${Date.now()}-${++echoes}`;
  const response = await fetch(url, {method: 'POST', body: text});
  if (response.status !== 204) throw new Error(`could not store ${url}`);
  return url;
}

/** Every shadow root of `element` and of the elements inside it (network-list's contact cards). */
export function shadowRoots(element: Element): ShadowRoot[] {
  const root = element.shadowRoot;
  if (!root) return [];
  return [
    root,
    ...[...root.querySelectorAll('*')].flatMap((child) => shadowRoots(child)),
  ];
}

/** All text a reader could see in the block, nested blocks included. */
export const allText = (element: Element) =>
  shadowRoots(element)
    .map((root) => root.textContent)
    .join('\n');

/** What a hostile feed achieved in a rendered block; every list must stay empty. */
export interface Violations {
  /** `href`s with a scheme outside https, http, mailto and tel. */
  hrefs: string[];
  /** Elements the block does not render itself, so made from feed text. */
  elements: string[];
  /** Event-handler and loading attributes. */
  attributes: string[];
}

function scheme(href: string): string {
  try {
    return new URL(href, document.baseURI).protocol;
  } catch {
    return `(unparsable) ${href}`;
  }
}

/** Checks every shadow root of a block for unsafe links and for markup made from feed text. */
export function inspect(element: Element): Violations {
  const found: Violations = {hrefs: [], elements: [], attributes: []};
  for (const root of shadowRoots(element)) {
    for (const node of root.querySelectorAll('*')) {
      const tag = node.tagName.toUpperCase();
      const inMap = node.closest('svg')?.getAttribute('part') === 'map';
      if (!OWN_TAGS.has(tag) || (node instanceof SVGElement && !inMap)) {
        found.elements.push(`<${node.localName}>`);
      }
      for (const attribute of [...node.attributes]) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on') || LOADING_ATTRIBUTES.includes(name)) {
          found.attributes.push(`<${node.localName} ${name}>`);
        }
        if (name === 'href' || name === 'xlink:href') {
          const protocol = scheme(attribute.value);
          if (!SAFE_SCHEMES.has(protocol)) found.hrefs.push(attribute.value.slice(0, 80));
        }
      }
    }
  }
  return found;
}

/** Whether a block has settled: the data, an empty state or an error, and no loading status. */
export function isSettled(element: Element) {
  const root = element.shadowRoot;
  if (!root || root.querySelector('[data-state="loading"]')) return false;
  return Boolean(
    root.querySelector('[part="base"], [part="empty"], [data-state="error"]'),
  );
}

/** Waits for `test` checking once a task (not every 50 ms, as waitUntil does): feeds from blob: URLs arrive fast. */
export async function quickly(test: () => boolean, what: string, timeout = 20_000) {
  const start = performance.now();
  while (!test()) {
    if (performance.now() - start > timeout) throw new Error(`${what} (${timeout} ms)`);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Resolves once every block has settled and finished updating. */
export async function allSettled(elements: readonly Element[], timeout?: number) {
  await quickly(
    () => elements.every(isSettled),
    `${elements[0]?.localName} did not settle`,
    timeout,
  );
  await Promise.all(
    elements.map(
      (el) => (el as Element & {updateComplete?: Promise<unknown>}).updateComplete,
    ),
  );
}

/**
 * Watches for code from a feed running: the vectors set `window.__pwned` or
 * call alert/confirm/prompt. Also measures the longest stall of the main
 * thread, to show the page stays responsive.
 */
export function watchPage() {
  const w = window as unknown as Record<string, unknown>;
  const originals = {alert: w.alert, confirm: w.confirm, prompt: w.prompt};
  let calls = 0;
  for (const name of Object.keys(originals)) w[name] = () => void calls++;
  let last = performance.now();
  let longest = 0;
  const beat = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  return {
    /** Scripts that ran: dialog calls, plus 1 if `window.__pwned` was set, plus 1 if Object.prototype was polluted. */
    scriptsRun: () =>
      calls +
      (w.__pwned === undefined ? 0 : 1) +
      ('polluted' in Object.prototype ? 1 : 0),
    /** The longest gap between two heartbeats so far, in milliseconds. */
    longestStall: () => longest,
    stop() {
      clearInterval(beat);
      Object.assign(w, originals);
    },
  };
}

/** Resolves after a timer of `ms`, with how late it fired. */
export function timerLateness(ms = 0): Promise<number> {
  const due = performance.now() + ms;
  return new Promise((resolve) => setTimeout(() => resolve(performance.now() - due), ms));
}
