/**
 * Loads a whole host page (test/pages/fixtures/, or the demo) in an iframe, so
 * that its own HTTP headers, <base>, theme and scripts apply as on a real site,
 * and reads what its recorder (fixtures/record.js) collected.
 */
import {waitUntil} from '@open-wc/testing';
import {settled} from '../helpers.js';
import {TAGS} from '../../src/tags.js';

/** What fixtures/record.js collects in the page, from before the bundle runs. */
export interface PageRecords {
  violations: {directive: string; blockedURI: string; source: string; sample: string}[];
  errors: string[];
  failedResources: string[];
  warnings: string[];
  consoleErrors: string[];
  storageWrites: string[];
  cookieWrites: string[];
  requests: string[];
  resources: string[];
}

export interface HostPage {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis & {pageRecords: PageRecords};
  document: Document;
  records: PageRecords;
}

export {TAGS};

const frames: HTMLIFrameElement[] = [];

/** Opens `url` in a visible iframe of the given width and resolves once it has loaded. */
export async function openPage(url: string, width = 900): Promise<HostPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 600px; border: 0`;
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as HostPage['window'];
  return {frame, window: win, document: win.document, records: win.pageRecords};
}

/** Removes every iframe opened so far; for `afterEach`. */
export function closePages() {
  for (const frame of frames.splice(0)) frame.remove();
}

/** Our elements in the page, once each is defined (by whichever script owns its tag). */
export function blocks(page: HostPage, root: ParentNode = page.document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TAGS.join(','))];
}

/** Resolves once each of our elements in the page has rendered its data or error state. */
export async function allSettled(
  page: HostPage,
  elements = blocks(page),
  timeout = 8000,
) {
  await Promise.all(
    TAGS.map((tag) =>
      page.document.querySelector(tag)
        ? page.window.customElements.whenDefined(tag)
        : undefined,
    ),
  );
  await Promise.all(elements.map((el) => settled(el, timeout)));
  // A map arrives in its own chunk after the list has rendered.
  for (const el of elements.filter((el) => el.getAttribute('view') === 'map'))
    await waitUntil(() => el.shadowRoot!.querySelector('[part="map"]'), 'no map', {
      timeout,
    });
}

/** The element's shadow root (all of ours have one). */
export const shadowOf = (el: Element) => el.shadowRoot!;
