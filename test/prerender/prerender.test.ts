import {expect, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import {captureWarnings, faultUrl, feedUrl} from '../helpers.js';

/** `page` as `municipal-widgets prerender` makes it from the fixture feed `feed` (test/server/prerender-server.mjs). */
async function prerendered(page: string, feed: string): Promise<string> {
  const query = new URLSearchParams({feed, html: page});
  const response = await fetch(`/__prerender?${query}`);
  expect(response.ok).to.equal(true);
  return response.text();
}

const headings = (root: ParentNode) =>
  [...root.querySelectorAll('[part="network"] [part="heading"]')].map((h) =>
    h.textContent!.replace(/\s+/g, ' ').trim(),
  );

/** Puts HTML with declarative shadow roots into the page, as its parser would. */
function insert(markup: string): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  (container as HTMLElement & {setHTMLUnsafe(html: string): void}).setHTMLUnsafe(markup);
  return container.firstElementChild as HTMLElement;
}

/** The selected text inside `root`; Firefox's Selection.toString() leaves shadow trees out. */
function selectedText(root: ShadowRoot): string {
  const selection = document.getSelection()!;
  const composed = (
    selection as Selection & {
      getComposedRanges?(options: {shadowRoots: ShadowRoot[]}): StaticRange[];
    }
  ).getComposedRanges?.({shadowRoots: [root]});
  const range = document.createRange();
  if (composed?.[0]) {
    range.setStart(composed[0].startContainer, composed[0].startOffset);
    range.setEnd(composed[0].endContainer, composed[0].endOffset);
  } else if (selection.rangeCount) return selection.getRangeAt(0).toString();
  return range.toString();
}

const frames = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))),
  );

/** Everything that went into the element's shadow root from now on, as text. */
function recordAdded(root: ShadowRoot): string[] {
  const added: string[] = [];
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) added.push(node.textContent ?? '');
  }).observe(root, {childList: true, subtree: true, characterData: true});
  return added;
}

/** Layout shifts from now on, where the browser reports them (Chromium); `undefined` elsewhere. */
function recordShifts(): PerformanceEntry[] | undefined {
  if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) return undefined;
  const shifts: PerformanceEntry[] = [];
  new PerformanceObserver((list) => shifts.push(...list.getEntries())).observe({
    type: 'layout-shift',
  });
  return shifts;
}

afterEach(() => {
  for (const element of document.querySelectorAll('body > div')) element.remove();
});

describe('prerendered blocks', () => {
  describe('without JavaScript', () => {
    it('show the network names, with working links, and no search field', async () => {
      const page = await prerendered(
        '<network-list searchable lang="en" src="/feed.json"></network-list><tip-a-friend lang="en"></tip-a-friend>',
        'all.json',
      );
      const frame = document.createElement('iframe');
      // Same origin so that the test can look in; no allow-scripts: no JavaScript.
      frame.sandbox.add('allow-same-origin');
      frame.srcdoc = `<!doctype html><html lang="en"><title>x</title><body>${page}</body></html>`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
      const container = document.createElement('div');
      container.append(frame);
      document.body.append(container);
      await loaded;
      const doc = frame.contentDocument!;
      const list = doc.querySelector('network-list')!;
      expect(frame.contentWindow!.customElements.get('network-list')).to.equal(undefined);
      const root = list.shadowRoot!;
      expect(headings(root)).to.include('Assembly of European Regions (AER)');
      const homepage = root.querySelector<HTMLAnchorElement>('[part="homepage"]')!;
      expect(homepage.href).to.match(/^https:\/\//);
      const search = root.querySelector('[part="search"]')!;
      expect(frame.contentWindow!.getComputedStyle(search).visibility).to.equal('hidden');
      expect(list.getBoundingClientRect().height).to.be.above(100);
      // The form cannot be sent without a script: hidden, and the reader is told why.
      const tip = doc.querySelector('tip-a-friend')!.shadowRoot!;
      const style = (selector: string) =>
        frame.contentWindow!.getComputedStyle(tip.querySelector(selector)!);
      expect(style('form').visibility).to.equal('hidden');
      expect(style('.no-script').display).to.equal('block');
      expect(tip.querySelector('.no-script')!.textContent).to.equal(
        'The form needs JavaScript, which this browser has turned off.',
      );
    });
  });

  describe('with JavaScript', () => {
    it('takes over without "Loading…" and without a layout shift', async () => {
      const src = faultUrl('slow/200/all.json');
      const page = await prerendered(
        `<network-list lang="en" src="${src}"></network-list><p>After the block</p>`,
        'all.json',
      );
      const shifts = recordShifts();
      const el = insert(page);
      const root = el.shadowRoot!;
      const added = recordAdded(root);
      const old = root.querySelector('[part="base"]')!;
      const before = headings(root);
      expect(before).to.include('Assembly of European Regions (AER)');
      await waitUntil(() => !old.isConnected, 'the live block took over', {
        timeout: 5000,
      });
      await frames();
      expect(headings(root)).to.deep.equal(before);
      expect(added.join(' ')).not.to.include('Loading');
      expect(root.querySelector('.status')).to.equal(null);
      if (shifts) expect(shifts).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('shows the form, not the no-JavaScript note, before the script takes over', async () => {
      const page = await prerendered(
        '<tip-a-friend lang="en"></tip-a-friend>',
        'all.json',
      );
      const container = document.createElement('div');
      document.body.append(container);
      // Parsed but not upgraded: a tag name of its own keeps the script out.
      (container as HTMLElement & {setHTMLUnsafe(html: string): void}).setHTMLUnsafe(
        page.replaceAll('tip-a-friend', 'tip-a-friend-prerendered'),
      );
      const root = container.firstElementChild!.shadowRoot!;
      expect(getComputedStyle(root.querySelector('form')!).visibility).to.equal(
        'visible',
      );
      expect(getComputedStyle(root.querySelector('.no-script')!).display).to.equal(
        'none',
      );
    });

    it('keeps the focus on the same link', async () => {
      const page = await prerendered(
        `<network-list lang="en" src="${faultUrl('slow/200/all.json')}"></network-list>`,
        'all.json',
      );
      const el = insert(page);
      const root = el.shadowRoot!;
      const link = root.querySelector<HTMLAnchorElement>('[part="homepage"]')!;
      link.focus();
      expect(root.activeElement).to.equal(link);
      await waitUntil(() => !link.isConnected, 'the live block took over', {
        timeout: 5000,
      });
      const focused = root.activeElement as HTMLAnchorElement | null;
      expect(focused).not.to.equal(null);
      expect(focused).not.to.equal(link);
      expect(focused!.href).to.equal(link.href);
    });

    it('keeps the selected text selected', async () => {
      const page = await prerendered(
        `<network-list lang="en" src="${faultUrl('slow/200/all.json')}"></network-list>`,
        'all.json',
      );
      const el = insert(page);
      const root = el.shadowRoot!;
      const description = root.querySelector('[part="description"]')!;
      const text = description.firstChild as Text;
      document.getSelection()!.setBaseAndExtent(text, 0, text, 20);
      const selected = selectedText(root);
      expect(selected).to.have.length(20);
      await waitUntil(() => !description.isConnected, 'the live block took over', {
        timeout: 5000,
      });
      expect(selectedText(root)).to.equal(selected);
      document.getSelection()!.removeAllRanges();
    });

    it('shows the live data when the feed has changed since it was prerendered', async () => {
      const page = await prerendered(
        `<network-list lang="en" src="${feedUrl('networks.json')}"></network-list>`,
        'all.json',
      );
      let el!: HTMLElement;
      // networks.json names a contact it does not have, on purpose.
      const warnings = await captureWarnings(async () => {
        el = insert(page);
        expect(headings(el.shadowRoot!)).to.include('North Sea Commission');
        await waitUntil(
          () => !headings(el.shadowRoot!).includes('North Sea Commission'),
          'the live feed shows',
          {timeout: 5000},
        );
      });
      expect(warnings.join('\n')).to.include('refers to no contact');
      expect(headings(el.shadowRoot!)).to.include('Sweden Emilia-Romagna Network (SERN)');
      expect(el.shadowRoot!.querySelectorAll('style')).to.have.length(0);
    });

    it('keeps the prerendered block when the feed fails, and reports it', async () => {
      const page = await prerendered(
        `<network-list lang="en" src="${faultUrl('status/404')}"></network-list>`,
        'all.json',
      );
      const container = document.createElement('div');
      document.body.append(container);
      const error = new Promise<Event>((resolve) =>
        container.addEventListener('feed-error', resolve, {capture: true, once: true}),
      );
      (container as HTMLElement & {setHTMLUnsafe(html: string): void}).setHTMLUnsafe(
        page,
      );
      const el = container.firstElementChild!;
      await error;
      await frames();
      expect(headings(el.shadowRoot!)).to.include('Assembly of European Regions (AER)');
      expect(el.shadowRoot!.querySelector('.status')).to.equal(null);
    });
  });
});
