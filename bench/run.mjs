// `npm run bench`: how fast the built bundle renders, in the machine's own
// headless Chromium, against a plain-DOM lower bound; how a page with every
// element loads (one feed request, longest main-thread task); the demo page's
// cumulative layout shift; and the bundle's gzip size. See bench/README.md.
import os from 'node:os';
import {existsSync} from 'node:fs';
import {readdir, readFile, writeFile} from 'node:fs/promises';
import {setTimeout as sleep} from 'node:timers/promises';
import {gzipSync} from 'node:zlib';
// puppeteer-core (a devDependency, the version @web/test-runner-chrome uses) drives the
// system Chromium and never downloads one.
import puppeteer from 'puppeteer-core';
import {combinedFeed, networksFeed} from './feeds.mjs';
import {startServer} from './server.mjs';
// The library's tags (src/tags.ts); the bench runs on a build, so lib/ is there.
import {TAGS} from '../lib/tags.js';

const ROOT = new URL('../', import.meta.url);
const BUNDLE = new URL('dist/municipal-widgets.js', ROOT);
const RESULTS = new URL('bench/results.json', ROOT);
const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
const SIZES = [100, 1000, 5000];
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PAGE_RUNS = Math.max(3, Math.ceil(RUNS / 2));
/** Which parts to run: `BENCH_PARTS=c` measures only the demo's layout shift. */
const PARTS = process.env.BENCH_PARTS ?? 'abcde';
/** Part e's slow connection (CDP Network.emulateNetworkConditions): latency added to each request, bytes per second. */
const SLOW_MBPS = 1.6;
const SLOW = {
  offline: false,
  latency: 150,
  downloadThroughput: (SLOW_MBPS * 1e6) / 8,
  uploadThroughput: 750e3 / 8,
};
const VARIANTS = {
  contacts: 'each network with 1–2 contact people',
  bare: 'networks without contact people',
};
const DESKTOP = {width: 1280, height: 800};
const MOBILE = {width: 390, height: 844, isMobile: true, hasTouch: true};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value, digits = 1) => Number(value.toFixed(digits));
const log = (line) => process.stderr.write(`${line}\n`);

/**
 * Runs in every page of parts b and c before its own scripts: records long
 * tasks and layout shifts from the start, and the moment every widget on the
 * page (and in their shadow roots: network-list's contact cards) has rendered
 * its data, an empty state or an error, measured after a forced layout.
 * Mutation observers on the shadow roots catch that moment in the very task
 * that renders, without polling.
 */
function instrument(tags) {
  const bench = {longTasks: [], frames: [], shifts: [], rendered: undefined};
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const {startTime, duration} of list.getEntries())
      bench.longTasks.push({start: startTime, duration});
  }).observe({type: 'longtask', buffered: true});
  // Long animation frames name the scripts that ran in them: which code the long task was.
  new PerformanceObserver((list) => {
    for (const {startTime, duration, blockingDuration, scripts} of list.getEntries())
      bench.frames.push({
        start: startTime,
        duration,
        blockingDuration,
        scripts: scripts.map((script) => ({
          invoker: script.invoker,
          source: script.sourceURL.replace(location.origin, ''),
          function: script.sourceFunctionName,
          duration: Math.round(script.duration),
        })),
      });
  }).observe({type: 'long-animation-frame', buffered: true});
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (!entry.hadRecentInput)
        bench.shifts.push({
          start: entry.startTime,
          value: entry.value,
          // What moved: the element, or the widget whose shadow root holds it.
          sources: entry.sources.map(({node}) => {
            const host = node?.getRootNode?.().host;
            const name = (element) =>
              element
                ? `${element.localName ?? element.nodeName}${element.id ? `#${element.id}` : ''}`
                : '?';
            return host ? `${name(host)} › ${name(node)}` : name(node);
          }),
        });
  }).observe({type: 'layout-shift', buffered: true});

  const selector = tags.join(',');
  const watched = new WeakSet();
  const isRendered = (element) => {
    const root = element.shadowRoot;
    return Boolean(
      root &&
      !root.querySelector('[data-state="loading"]') &&
      root.querySelector('[part="base"], [part="empty"], [data-state="error"]'),
    );
  };
  const observer = new MutationObserver(() => check());
  // True while a widget in `root`, or nested in a widget's shadow root, has yet to render.
  const pending = (root) => {
    let waiting = false;
    for (const element of root.querySelectorAll(selector)) {
      // An undefined tag (tip-a-friend in an older build) stays fallback content.
      if (!customElements.get(element.localName)) continue;
      const shadow = element.shadowRoot;
      if (shadow && !watched.has(shadow)) {
        watched.add(shadow);
        observer.observe(shadow, {
          childList: true,
          subtree: true,
          attributes: true,
          characterData: true,
        });
      }
      if (!isRendered(element) || pending(shadow)) waiting = true;
    }
    return waiting;
  };
  const check = () => {
    if (bench.rendered !== undefined || !customElements.get(tags[0])) return;
    if (document.readyState === 'loading' || pending(document)) return;
    void document.documentElement.offsetHeight;
    bench.rendered = performance.now();
    observer.disconnect();
  };
  for (const tag of tags) void customElements.whenDefined(tag).then(check);
  document.addEventListener('DOMContentLoaded', check);
}

/** CLS as Chrome reports it: the largest sum of shifts in a session window (gaps < 1 s, ≤ 5 s). */
function cumulativeLayoutShift(shifts) {
  let largest = 0;
  let sum = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const {start, value} of shifts) {
    if (start - last >= 1000 || start - first >= 5000) {
      first = start;
      sum = 0;
    }
    sum += value;
    last = start;
    largest = Math.max(largest, sum);
  }
  return largest;
}

/** Waits for list.js, which fails to load while dist/ is missing (a rebuild in progress). */
async function ready(page) {
  try {
    await page.waitForFunction(() => typeof window.benchList === 'function', {
      timeout: 15_000,
    });
  } catch {
    throw new Error(
      'bench/pages/list.js did not load: is dist/municipal-widgets.js there? Run `npm run build`.',
    );
  }
}

/** Part a: one fresh page per run, the feed in the store before either render is timed. */
async function benchList(browser, server) {
  const rows = [];
  for (const [variant, description] of Object.entries(VARIANTS)) {
    for (const size of SIZES) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        const page = await browser.newPage();
        await page.setViewport(DESKTOP);
        await page.goto(`${server.origin}/bench/pages/list.html`, {waitUntil: 'load'});
        await ready(page);
        // Alternating the order keeps warm-up and garbage from favouring either side.
        const order = run % 2 ? ['plain', 'ours'] : ['ours', 'plain'];
        runs.push(
          await page.evaluate(
            (url, order) => window.benchList(url, order),
            `/__bench/feeds/networks-${size}-${variant}.json`,
            order,
          ),
        );
        await page.close();
      }
      const ours = median(runs.map((run) => run.ours.ms));
      const plain = median(runs.map((run) => run.plain.ms));
      const row = {
        variant,
        description,
        networks: size,
        runs: runs.length,
        oursMs: round(ours),
        plainMs: round(plain),
        ratio: round(ours / plain, 2),
        oursDomMs: round(median(runs.map((run) => run.ours.dom))),
        plainDomMs: round(median(runs.map((run) => run.plain.dom))),
        oursFirstMs: round(median(runs.map((run) => run.ours.first))),
        oursLongestTaskMs: round(median(runs.map((run) => run.ours.longestTask))),
        oursLongestTaskMaxMs: round(Math.max(...runs.map((run) => run.ours.longestTask))),
        feedLoadMs: round(median(runs.map((run) => run.load))),
        oursNodes: runs[0].ours.nodes,
        plainNodes: runs[0].plain.nodes,
        samples: runs.map((run) => ({
          ours: round(run.ours.ms, 2),
          plain: round(run.plain.ms, 2),
          oursDom: round(run.ours.dom, 2),
          oursFirst: round(run.ours.first, 2),
          plainDom: round(run.plain.dom, 2),
          rounds: run.ours.rounds,
          load: round(run.load, 2),
          oursLongestTask: round(run.ours.longestTask),
        })),
      };
      rows.push(row);
      log(`  ${variant} ${size}: ours ${row.oursMs} ms, plain ${row.plainMs} ms`);
    }
  }
  return rows;
}

/**
 * One cold load of `path` in a fresh context (empty cache), instrumented;
 * `network` emulates a connection, `tags` are the elements whose rendering is awaited.
 */
async function loadPage(browser, server, path, viewport, {network, tags = TAGS} = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  if (network) {
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  await page.evaluateOnNewDocument(instrument, tags);
  server.reset();
  await page.goto(server.origin + path, {waitUntil: 'load'});
  await page.waitForFunction(() => window.__bench.rendered !== undefined, {
    timeout: 30_000,
  });
  // Late shifts and tasks (a map, a locale file) still count: wait until all is quiet.
  await page.waitForNetworkIdle({idleTime: 500});
  await sleep(1000);
  const result = await page.evaluate((tags) => {
    const all = [];
    const walk = (root) => {
      for (const element of root.querySelectorAll(tags.join(','))) {
        all.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    return {
      ...window.__bench,
      scriptStart: performance.getEntriesByName('mw:script-start')[0]?.startTime,
      defined: tags.filter((tag) => customElements.get(tag)),
      errors: all
        .filter((element) => element.shadowRoot?.querySelector('[data-state="error"]'))
        .map((element) => element.localName),
      widgets: all.length,
    };
  }, tags);
  await context.close();
  return result;
}

/** The longest of some timed entries, its times relative to the bundle's start and to "rendered". */
function longest(entries, {scriptStart, rendered}) {
  const entry = entries.reduce(
    (a, b) => (b.duration > (a?.duration ?? -1) ? b : a),
    undefined,
  );
  if (!entry) return undefined;
  return {
    ...entry,
    duration: round(entry.duration),
    startAfterScriptStart: round(entry.start - scriptStart),
    endBeforeRendered: round(rendered - (entry.start + entry.duration)),
  };
}

/** Part b: every element on one page, sharing one feed named by the meta tag. */
async function benchPage(browser, server) {
  const runs = [];
  for (let run = 0; run < PAGE_RUNS; run++) {
    const result = await loadPage(browser, server, '/bench/pages/all.html', DESKTOP);
    runs.push({
      fromScriptStartMs: result.rendered - result.scriptStart,
      fromNavigationMs: result.rendered,
      feedRequests: server.count('/__bench/feeds/combined.json'),
      longestTaskMs: Math.max(0, ...result.longTasks.map((task) => task.duration)),
      longestTask: longest(result.longTasks, result),
      longTasks: result.longTasks.length,
      longestFrame: longest(result.frames, result),
      elements: result.defined,
      errors: result.errors,
    });
  }
  return {
    runs: runs.length,
    elements: runs[0].elements,
    fromScriptStartMs: round(median(runs.map((run) => run.fromScriptStartMs))),
    fromNavigationMs: round(median(runs.map((run) => run.fromNavigationMs))),
    feedRequests: Math.max(...runs.map((run) => run.feedRequests)),
    longestTaskMs: round(Math.max(...runs.map((run) => run.longestTaskMs))),
    // Where the longest task fell, and what the frame around it ran, in the worst load.
    worst: (({longestTask, longestFrame}) => ({longestTask, longestFrame}))(
      runs.reduce((a, b) => (b.longestTaskMs > a.longestTaskMs ? b : a)),
    ),
    longTasks: Math.max(...runs.map((run) => run.longTasks)),
    errors: [...new Set(runs.flatMap((run) => run.errors))],
    samples: runs.map((run) => ({
      ...run,
      fromScriptStartMs: round(run.fromScriptStartMs, 2),
      fromNavigationMs: round(run.fromNavigationMs, 2),
      longestTaskMs: round(run.longestTaskMs),
    })),
  };
}

/**
 * Part d: the responsiveness of <tip-a-friend>'s form, as a visitor uses it on
 * the all-elements page: typing a name and a message, submitting it with a
 * field left empty (the error summary appears, focus moves), then fixing it.
 * Event Timing entries give each interaction's duration, from input to the
 * next paint; the worst is the page's INP.
 */
async function benchForm(browser, server) {
  const runs = [];
  for (let run = 0; run < PAGE_RUNS; run++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport(DESKTOP);
    await page.evaluateOnNewDocument(() => {
      window.__events = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (entry.interactionId)
            window.__events.push({
              name: entry.name,
              interactionId: entry.interactionId,
              startTime: entry.startTime,
              duration: entry.duration,
              // Input delay and handlers: the main-thread part, before rendering.
              processed: entry.processingEnd - entry.startTime,
            });
      }).observe({type: 'event', durationThreshold: 16, buffered: true});
    });
    await page.goto(`${server.origin}/bench/pages/all.html`, {waitUntil: 'load'});
    await page.waitForSelector('tip-a-friend >>> form');
    const field = (selector) => `tip-a-friend >>> ${selector}`;
    const mark = (name) => page.evaluate((name) => performance.mark(name), name);
    await mark('name');
    await page.click(field('#name'));
    await page.keyboard.type('Anna Svensson', {delay: 30});
    await mark('message');
    await page.click(field('#message'));
    await page.keyboard.type('Läs om våra nätverk i Europa.', {delay: 30});
    await mark('submit');
    await page.click(field('[part="submit"]'));
    await page.waitForSelector(field('[part="error-summary"]'));
    await page.click(field('#friend'));
    await page.keyboard.type('vän@example.se', {delay: 30});
    await sleep(500);
    const events = await page.evaluate(() => window.__events);
    const marks = await page.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntriesByType('mark')
          .map(({name, startTime}) => [name, startTime]),
      ),
    );
    await context.close();
    // An interaction's duration is that of its longest event.
    const interactions = new Map();
    for (const {interactionId, duration} of events)
      interactions.set(
        interactionId,
        Math.max(duration, interactions.get(interactionId) ?? 0),
      );
    runs.push({
      inpMs: Math.max(0, ...interactions.values()),
      processedMs: round(Math.max(0, ...events.map((event) => event.processed))),
      slowInteractions: interactions.size,
      marks,
      events,
    });
  }
  return {
    runs: runs.length,
    interactions: 'click, type 13 + 29 + 14 keys, submit with an empty field',
    inpMs: Math.max(...runs.map((run) => run.inpMs)),
    medianInpMs: median(runs.map((run) => run.inpMs)),
    processedMs: Math.max(...runs.map((run) => run.processedMs)),
    samples: runs,
  };
}

/**
 * Part e's pages: a Swedish page with only `<review-stamp>` (what every page
 * of a municipal site has) and one with every element, on the site's feed;
 * each loaded with the one-file bundle or with the per-element entries, and
 * each of those without and with `<link rel="modulepreload">` for the
 * scripts it then needs before it can render (the bundle: its Swedish and
 * validators' chunks; the entries: also their shared chunks); and with the
 * prototype autoloader. Built from dist/ as it is, so the hashed chunk names
 * are the real ones.
 */
async function loadingPages() {
  const [top, elements] = await Promise.all([
    readdir(new URL('dist/', ROOT)),
    readdir(new URL('dist/elements/', ROOT)),
  ]);
  const find = (files, dir, prefix) => {
    const file = files.find((name) =>
      new RegExp(`^${prefix}-[\\w-]{8}\\.js$`).test(name),
    );
    if (!file)
      throw new Error(
        `bench: no dist/${dir}${prefix.replace('\\', '')}-*.js; run npm run build`,
      );
    return `/dist/${dir}${file}`;
  };
  const bodies = {
    stamp: {
      tags: ['review-stamp'],
      body: '<review-stamp page="organisationer-och-natverk"></review-stamp>',
    },
    all: {
      tags: [...TAGS],
      body: `<network-list><p>Västra Götalandsregionen är medlem i tretton europeiska nätverk.</p></network-list>
      <contact-card contact="mikael-appelqvist"><p>Mikael Appelqvist</p></contact-card>
      <twin-towns><p>Herning, Ravenna, Chobe District Council</p></twin-towns>
      <review-stamp page="organisationer-och-natverk"></review-stamp>
      <news-list limit="3"></news-list>
      <tip-a-friend></tip-a-friend>`,
    },
  };
  const pages = [];
  for (const [name, {tags, body}] of Object.entries(bodies)) {
    const needsContacts = tags.some((tag) =>
      ['contact-card', 'network-list'].includes(tag),
    );
    const layouts = {
      'one file': {
        scripts: ['/dist/municipal-widgets.js'],
        preload: [
          find(top, '', 'municipal-widgets.sv'),
          find(top, '', 'municipal-widgets.validate'),
        ],
      },
      'per element': {
        scripts: tags.map((tag) => `/dist/elements/${tag}.js`),
        preload: [
          find(elements, 'elements/', 'core'),
          ...(needsContacts ? [find(elements, 'elements/', 'contacts')] : []),
          // Each entry's own texts (<tag>.sv-*.js).
          ...tags.map((tag) => find(elements, 'elements/', `${tag}\\.sv`)),
          find(elements, 'elements/', 'validate'),
        ],
      },
    };
    // The prototype autoloader (pages/autoload.js): one script on every page, importing the entries it finds.
    layouts.autoloader = {scripts: ['/bench/pages/autoload.js'], preload: []};
    for (const [layout, {scripts, preload}] of Object.entries(layouts))
      for (const hints of preload.length ? [false, true] : [false]) {
        const path = `/__bench/pages/${name}-${layout.replace(' ', '-')}${hints ? '-preload' : ''}.html`;
        const html = `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="utf-8" />
    <title>municipal-widgets bench: ${name}, ${layout}</title>
    <meta name="municipal-widgets:feed" content="/__bench/feeds/site.json" />
    ${hints ? preload.map((href) => `<link rel="modulepreload" href="${href}" />`).join('\n    ') : ''}
    ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n    ')}
  </head>
  <body><main><h1>Internationellt arbete</h1>${body}</main></body>
</html>
`;
        pages.push({page: name, layout, hints, path, html, tags});
      }
  }
  return pages;
}

/**
 * Part e: what a page pays in time for its scripts at a slow connection
 * (SLOW: 150 ms added to each request, 1.6 Mbit/s), each page in each layout,
 * from navigation to every block rendered; the requests the server saw for
 * scripts; the feed requests (must be 1).
 */
async function benchLoading(browser, server, pages) {
  const rows = [];
  for (const {page, layout, hints, path, tags} of pages) {
    const runs = [];
    for (let run = 0; run < PAGE_RUNS; run++) {
      const result = await loadPage(browser, server, path, DESKTOP, {
        network: SLOW,
        tags,
      });
      runs.push({
        renderedMs: result.rendered,
        scripts: server.paths().filter((p) => p.endsWith('.js')).length,
        feedRequests: server.count('/__bench/feeds/site.json'),
        errors: result.errors,
      });
    }
    const row = {
      page,
      layout,
      modulepreload: hints,
      runs: runs.length,
      renderedMs: round(median(runs.map((run) => run.renderedMs))),
      minMs: round(Math.min(...runs.map((run) => run.renderedMs))),
      maxMs: round(Math.max(...runs.map((run) => run.renderedMs))),
      scripts: Math.max(...runs.map((run) => run.scripts)),
      feedRequests: Math.max(...runs.map((run) => run.feedRequests)),
      errors: [...new Set(runs.flatMap((run) => run.errors))],
      samples: runs.map((run) => round(run.renderedMs)),
    };
    rows.push(row);
    log(`  ${page}, ${layout}${hints ? ', modulepreload' : ''}: ${row.renderedMs} ms`);
  }
  return rows;
}

/**
 * The pages part c measures: the README's plain embed (no fallback content,
 * no CSS of the page's own), the same blocks with a line of fallback content
 * each (part b's page), the demo (with its reserved heights), and the plain
 * page and the demo prerendered by `municipal-widgets prerender` (its Node API).
 */
const CLS_PAGES = {
  plain: '/bench/pages/plain.html',
  'fallback content': '/bench/pages/all.html',
  demo: '/demo/index.html',
  prerendered: '/bench/pages/prerendered.html',
  'demo, prerendered': '/demo/prerendered.html',
};

/** Writes bench/pages/prerendered.html: plain.html prerendered from the feed it names. */
async function prerenderPlain() {
  const {prerender} = await import(new URL('lib/prerender/prerender.js', ROOT).href);
  const plain = await readFile(new URL('bench/pages/plain.html', ROOT), 'utf8');
  const {html} = await prerender(plain, await combinedFeed(ROOT));
  await writeFile(new URL('bench/pages/prerendered.html', ROOT), html);
}

/** Part c: each page's CLS, on a desktop and a phone-sized viewport. */
async function benchDemo(browser, server) {
  await prerenderPlain();
  if (!existsSync(new URL('demo/prerendered.html', ROOT)))
    throw new Error('demo/prerendered.html is missing: run `npm run build`.');
  const out = {};
  for (const [page, path] of Object.entries(CLS_PAGES))
    for (const [name, viewport] of Object.entries({desktop: DESKTOP, mobile: MOBILE})) {
      const values = [];
      let shifts = [];
      for (let run = 0; run < PAGE_RUNS; run++) {
        const result = await loadPage(browser, server, path, viewport);
        const value = cumulativeLayoutShift(result.shifts);
        // Keep the shifts of the worst load, to tell what moved.
        if (value >= Math.max(0, ...values)) shifts = result.shifts;
        values.push(value);
      }
      out[`${page} ${name}`] = {
        page,
        path,
        viewport: `${viewport.width}×${viewport.height}`,
        cls: round(median(values), 4),
        worst: round(Math.max(...values), 4),
        shifts: shifts.map((shift) => ({
          ...shift,
          start: round(shift.start),
          value: round(shift.value, 4),
        })),
        runs: values.length,
      };
    }
  return out;
}

function table(headings, rows) {
  const widths = headings.map((heading, i) =>
    Math.max(heading.length, ...rows.map((row) => String(row[i]).length)),
  );
  const line = (cells) =>
    cells.map((cell, i) => String(cell).padStart(widths[i])).join('  ');
  return [
    line(headings),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

async function main() {
  if (!existsSync(BUNDLE)) {
    console.error(
      'bench: dist/municipal-widgets.js is missing. Run `npm run build` first.',
    );
    process.exit(1);
  }
  const bundle = await readFile(BUNDLE);
  const feeds = new Map();
  for (const [variant] of Object.entries(VARIANTS))
    for (const size of SIZES)
      feeds.set(
        `/__bench/feeds/networks-${size}-${variant}.json`,
        JSON.stringify(networksFeed(size, {contacts: variant === 'contacts'})),
      );
  const combined = await combinedFeed(ROOT);
  feeds.set('/__bench/feeds/combined.json', JSON.stringify(combined));
  // Part e's site feed: the same, with the review dates every page of the site shows.
  feeds.set(
    '/__bench/feeds/site.json',
    JSON.stringify({
      ...combined,
      pages: combined.pages.map((page) => ({
        ...page,
        reviewed: '2025-09-15',
        reviewedBy: 'Katarina Loodh',
        updated: '2025-10-02',
      })),
    }),
  );
  const loadingPageList = PARTS.includes('e') ? await loadingPages() : [];
  for (const {path, html} of loadingPageList) feeds.set(path, html);

  const server = await startServer(ROOT, feeds);
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      // Root (as in CI) cannot use Chromium's sandbox.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--js-flags=--expose-gc',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      // Headless windows are 800 × 600 whatever viewport a page emulates, and
      // a frame whose only change lies outside the window is never presented:
      // Event Timing then holds the entries of typing into a field below
      // y = 600 until the next click, and reports INP of a second. The window
      // must hold the largest viewport (the emulated sizes stay the same).
      '--window-size=1400,1100',
    ],
  });
  try {
    const loadBefore = os.loadavg();
    log(`bench: ${RUNS} runs per list size, ${PAGE_RUNS} page loads per page`);
    const part = async (name, title, run) => {
      if (!PARTS.includes(name)) return undefined;
      log(`${name}. ${title}`);
      return run(browser, server);
    };
    const list = await part('a', '<network-list> against plain DOM', benchList);
    const page = await part('b', 'every element on one feed', benchPage);
    const demo = await part('c', 'layout shift: plain, demo, prerendered', benchDemo);
    const form = await part('d', 'the form’s interactions (INP)', benchForm);
    const loading = await part(
      'e',
      'one file or per-element entries, at 150 ms and 1.6 Mbit/s',
      (browser, server) => benchLoading(browser, server, loadingPageList),
    );
    const results = {
      machine: {
        cpus: os.cpus().length,
        cpu: os.cpus()[0]?.model,
        memoryGiB: round(os.totalmem() / 2 ** 30),
        platform: `${os.platform()} ${os.release()}`,
        node: process.version,
        chromium: await browser.version(),
        date: new Date().toISOString(),
        // Other work on the machine slows every figure: the load average, before and after.
        loadAverage: [loadBefore[0], os.loadavg()[0]].map((load) => round(load, 2)),
      },
      bundle: {
        file: 'dist/municipal-widgets.js',
        bytes: bundle.length,
        gzipBytes: gzipSync(bundle, {level: 9}).length,
      },
      list,
      page,
      demo,
      form,
      loading,
    };
    await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

    const {machine} = results;
    console.log(
      `\nmunicipal-widgets bench, ${machine.date}\n${machine.cpus} × ${machine.cpu}, ${machine.chromium}, Node ${machine.node}\n`,
    );
    if (list) printList(list);
    if (page) printPage(page);
    if (demo) printDemo(demo);
    if (form)
      console.log(
        `\nd. <tip-a-friend> interactions (${form.interactions}), ${form.runs} loads:` +
          ` INP ${form.inpMs} ms at worst, ${form.medianInpMs} ms median` +
          ` (Event Timing, entries of 16 ms or more); input delay and handlers at most ${form.processedMs} ms`,
      );
    if (loading) printLoading(loading);
    console.log(
      `\nf. ${results.bundle.file}: ${results.bundle.bytes} bytes, ${results.bundle.gzipBytes} gzipped (level 9)`,
    );
    console.log(`\nAll figures: ${new URL(RESULTS).pathname}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

function printList(list) {
  console.log(
    `a. <network-list> from insertion to laid-out DOM, feed already loaded (median of ${RUNS})\n`,
  );
  console.log(
    table(
      [
        'networks',
        'contacts',
        'ours ms',
        'plain ms',
        'ratio',
        'first shown',
        'longest task: median',
        'worst',
        'feed load ms',
      ],
      list.map((row) => [
        row.networks,
        row.variant === 'contacts' ? 'yes' : 'no',
        row.oursMs,
        row.plainMs,
        `${row.ratio}×`,
        row.oursFirstMs,
        row.oursLongestTaskMs,
        row.oursLongestTaskMaxMs,
        row.feedLoadMs,
      ]),
    ),
  );
}

function printPage(page) {
  console.log(`\nb. every element on one feed (${page.elements.join(', ')})\n`);
  console.log(
    table(
      [
        'rendered after script start',
        'after navigation',
        'feed requests',
        'longest task',
      ],
      [
        [
          `${page.fromScriptStartMs} ms`,
          `${page.fromNavigationMs} ms`,
          page.feedRequests,
          `${page.longestTaskMs} ms`,
        ],
      ],
    ),
  );
  const {longestTask, longestFrame} = page.worst;
  if (longestTask)
    console.log(
      `   longest task: ${longestTask.duration} ms, from ${longestTask.startAfterScriptStart} ms after script start, ending ${longestTask.endBeforeRendered} ms before all had rendered`,
    );
  for (const script of longestFrame?.scripts ?? [])
    console.log(
      `   in its frame: ${script.duration} ms ${script.invoker} (${script.source}${script.function ? ` ${script.function}` : ''})`,
    );
  if (page.errors.length) console.log(`   errors shown by: ${page.errors.join(', ')}`);
}

function printLoading(rows) {
  console.log(
    `\ne. time to rendered blocks from navigation, ${SLOW.latency} ms per request and ${SLOW_MBPS} Mbit/s (median of ${rows[0].runs} cold loads)\n`,
  );
  console.log(
    table(
      [
        'page',
        'layout',
        'modulepreload',
        'rendered',
        'min–max',
        'scripts',
        'feed requests',
      ],
      rows.map((row) => [
        row.page === 'stamp' ? '<review-stamp> only' : 'every element',
        row.layout,
        row.modulepreload ? 'yes' : 'no',
        `${Math.round(row.renderedMs)} ms`,
        `${Math.round(row.minMs)}–${Math.round(row.maxMs)}`,
        row.scripts,
        row.feedRequests,
      ]),
    ),
  );
  for (const row of rows)
    if (row.errors.length) console.log(`   errors shown by: ${row.errors.join(', ')}`);
}

function printDemo(demo) {
  console.log('\nc. cumulative layout shift\n');
  console.log(
    table(
      ['page', 'viewport', 'CLS (median)', 'worst', 'shifts'],
      Object.values(demo).map((row) => [
        row.page,
        row.viewport,
        row.cls,
        row.worst,
        row.shifts.length,
      ]),
    ),
  );
  for (const [name, {shifts}] of Object.entries(demo))
    for (const shift of shifts)
      console.log(
        `   ${name}: ${shift.value} at ${shift.start} ms, moved: ${shift.sources.join(', ')}`,
      );
}

await main();
