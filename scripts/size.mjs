// Prints raw, gzip and brotli bytes of every file in dist/, beside Lit alone
// built with the same settings, and fails when the bundle breaks its budget:
// each locale chunk at most 4 KB, the twin-towns map in a chunk of its own, and
// the main bundle no bigger than its ceiling (gzip, × Lit alone).
//
// The budget for the main bundle is 3.0 × Lit alone (BUNDLE_TARGET). With all
// six elements it measures 3.67 × (the hardening of issue 21 added 1.0 KB:
// attribute checks, the feed size cap, list slices), so for now the check is a ratchet: it fails
// when the bundle grows past BUNDLE_CEILING, and it says how far the target is.
// Lower the ceiling whenever the bundle shrinks; it reaches the target in the
// performance work (issue 8). It rose from 3.41 with issue 16's split of the
// base into controllers and per-element select() (+0.47 KB gzip, after moving
// the tip-a-friend send flow and the vCard download into their lazy chunks).
// Issue 17 raised it to 3.89 (see BUNDLE_CEILING).
import {readdir, readFile} from 'node:fs/promises';
import {gzipSync, brotliCompressSync, constants} from 'node:zlib';
import {rollup} from 'rollup';
import {closure} from './chunk-imports.mjs';
import virtual from './virtual-module.mjs';
import {plugins} from '../rollup.config.mjs';
import {LAND} from '../lib/elements/twin-towns/generated/world.js';
import {targetLocales} from '../lib/i18n/generated/locale-codes.js';
import {TAGS} from '../lib/tags.js';

const BUNDLE = 'municipal-widgets.js';
const BUNDLE_TARGET = 3.0;
// Raised from 3.67 by issue 17: Nynorsk (its chunk's loader, Intl's Bokmål
// fallback for nn as Chromium has no Nynorsk data, the empty states worded for
// what the reader can do: +104 B gzip) and
// <language-links> (+1138 B: element, select, and 12 autonyms Chromium's Intl
// lacks, 228 B of them), then protected e-mail and network logos (+303 B:
// decoding an address where it is shown, the logo and its styles).
// Then taking over prerendered blocks (issue 18, +188 B): finding the
// declarative shadow root, keeping it while the feed loads, loading the
// takeover chunk, and hiding script-only parts until the element is defined.
// Then issue 20 (+142 B): copies of one version on a page share their feed
// store, a copy tells the bundle from an entry, structured data loads by kind.
// Then per-element texts (+80 B): each element names its table of texts, and
// texts are merged per language as each element's arrive; the bundle points
// every table at its one chunk per language (scripts/whole-locales.mjs), and a
// page with one per-element entry fetches that element's texts only (-1.6 KB).
// Lowered to 3.97: the URL and text formats only the validators use moved
// with them into their lazy chunk (dates.ts stays: the elements show dates).
const BUNDLE_CEILING = 3.97;
const CHUNK_BUDGET = 4096;

/**
 * The lazy chunks a Swedish page showing a block from a feed takes (see
 * above), by name: an entry's texts are `<tag>.sv-*.js`, the bundle's `sv-*.js`.
 */
const STAMP = ['sv', 'validate', 'linked-data-pages'];
const PEOPLE = ['sv', 'validate', 'linked-data-people'];

/**
 * The pages measured, × Lit alone (gzip). `goal` is the issue's; where the
 * build does not reach it yet, `ceiling` is the figure it reaches, a ratchet
 * like the bundle's: lower it when a page gets smaller, never raise it without
 * a reason in the commit. Without a ceiling the goal itself is the gate.
 *
 * Why the goals are not reached: the `core` chunk every element imports is
 * by itself more than twice Lit alone (`elements/core-*.js` above: Lit, and
 * as much again of @lit/localize's runtime, the base with its status texts
 * and controllers, the feed store with its retries and size cap, language
 * resolution and Intl helpers, the host styles, the JSON-LD script code), so a
 * page with the smallest element pays over 2 × before its element, its texts, its
 * validators and its structured data. Each entry loads its own texts (a
 * review stamp's Swedish ones, the base's status texts included, are 738 B
 * gzip, where the whole Swedish chunk is 2,457 B).
 */
const PAGES = [
  {
    page: '<review-stamp>',
    entry: 'elements/review-stamp.js',
    takes: STAMP,
    goal: 2.0,
    ceiling: 3.42,
  },
  {
    page: '<contact-card>',
    entry: 'elements/contact-card.js',
    takes: PEOPLE,
    goal: 2.4,
    ceiling: 3.6,
  },
  {
    page: '<network-list> with its contacts',
    entry: 'elements/network-list.js',
    takes: PEOPLE,
    goal: 2.8,
    ceiling: 3.94,
  },
  // For comparison, not gated: the same <review-stamp> page with the one-file
  // bundle, and a page with every element (each entry, or the bundle).
  {page: '<review-stamp>, one-file bundle', entry: BUNDLE, takes: STAMP},
  {
    page: 'every element, per element',
    entry: TAGS.map((tag) => `elements/${tag}.js`),
    takes: [...new Set([...STAMP, ...PEOPLE])],
  },
  {page: 'every element, one-file bundle', entry: BUNDLE, takes: [...STAMP, ...PEOPLE]},
];

/** Every script a page fetches for `entries` (one or a list), taking the lazy chunks named `takes`; paths relative to dist/. */
function pageScripts(entries, takes) {
  const taken = new RegExp(
    `^(municipal-widgets\\.|[a-z-]+\\.)?(${takes.join('|')})-[\\w-]{8}\\.js$`,
  );
  return closure('dist', [entries].flat(), (file) => taken.test(file.split('/').pop()));
}

const sizes = (code) => ({
  raw: Buffer.byteLength(code),
  gzip: gzipSync(code, {level: 9}).length,
  brotli: brotliCompressSync(code, {
    params: {[constants.BROTLI_PARAM_QUALITY]: 11},
  }).length,
});

async function litAlone() {
  const source = `import {LitElement, html} from 'lit';
export class X extends LitElement { render() { return html\`<p>x</p>\`; } }
customElements.define('x-x', X);`;
  const build = await rollup({
    input: 'entry',
    plugins: [virtual({entry: source}), ...plugins()],
  });
  const {output} = await build.generate({format: 'es'});
  return sizes(output[0].code);
}

const files = (await readdir('dist', {recursive: true}))
  .map((f) => f.split('\\').join('/'))
  .filter((f) => f.endsWith('.js') || f.endsWith('.json'));
const rows = [];
for (const file of files.sort())
  rows.push({file, ...sizes(await readFile(`dist/${file}`))});
const lit = await litAlone();
rows.push({file: '(Lit alone, same settings)', ...lit});

const pad = (v, n) => String(v).padStart(n);
console.log(
  `${'file'.padEnd(48)} ${pad('raw', 8)} ${pad('gzip', 8)} ${pad('brotli', 8)}`,
);
for (const r of rows) {
  console.log(
    `${r.file.padEnd(48)} ${pad(r.raw, 8)} ${pad(r.gzip, 8)} ${pad(r.brotli, 8)}`,
  );
}

const main = rows.find((r) => r.file === BUNDLE);
const failures = [];
if (!main) failures.push(`dist/${BUNDLE} is missing: run npm run build`);
else {
  const ratio = main.gzip / lit.gzip;
  const over = main.gzip - Math.floor(lit.gzip * BUNDLE_TARGET);
  console.log(
    `\n${BUNDLE}: ${ratio.toFixed(2)} × Lit alone (gzip); target ${BUNDLE_TARGET.toFixed(1)} ×` +
      (over > 0
        ? ` (${over} bytes over it); ceiling ${BUNDLE_CEILING.toFixed(2)} ×`
        : ''),
  );
  // Compared as printed: zlib builds differ by a few bytes on the same input
  // (CI measured 20,623 B where a laptop measured 20,617 B), and a ratchet
  // must not fail on that.
  if (Number(ratio.toFixed(2)) > BUNDLE_CEILING)
    failures.push(
      `${BUNDLE} is ${ratio.toFixed(2)} × Lit alone, over its ceiling of ${BUNDLE_CEILING} ×`,
    );
}
for (const r of rows) {
  if (
    targetLocales.some((locale) =>
      new RegExp(`^(elements/)?(municipal-widgets\\.|[a-z-]+\\.)?${locale}-`).test(
        r.file,
      ),
    ) &&
    r.gzip > CHUNK_BUDGET
  ) {
    failures.push(`${r.file} is ${r.gzip} bytes gzip, over ${CHUNK_BUDGET}`);
  }
}
const mapChunk = rows.find((r) => /^municipal-widgets\.twin-towns-map-/.test(r.file));
if (!mapChunk) failures.push('the twin-towns map is not in a chunk of its own');
else if ((await readFile(`dist/${BUNDLE}`, 'utf8')).includes(LAND.slice(0, 60))) {
  failures.push(`${BUNDLE} contains map data`);
}

const gzipOf = Object.fromEntries(rows.map((r) => [r.file, r.gzip]));
console.log(
  `\nWhat a Swedish page fetches to render its blocks from a feed (gzip; Lit alone ${lit.gzip} B = 1 ×)\n`,
);
console.log(
  `${'page'.padEnd(34)} ${pad('scripts', 7)} ${pad('gzip', 8)} ${pad('× Lit', 6)} ${pad('goal', 5)}  gate`,
);
for (const {page, entry, takes, goal, ceiling} of PAGES) {
  const missing = [entry].flat().find((file) => !gzipOf[file]);
  if (missing) {
    failures.push(`dist/${missing} is missing: run npm run build`);
    continue;
  }
  const scripts = await pageScripts(entry, takes);
  const total = scripts.reduce((sum, file) => sum + gzipOf[file], 0);
  const ratio = Number((total / lit.gzip).toFixed(2));
  const limit = ceiling ?? goal;
  const gate =
    goal === undefined
      ? 'none (comparison)'
      : ceiling === undefined
        ? 'the goal'
        : `ratchet ${ceiling.toFixed(2)} ×, ${total - Math.floor(lit.gzip * goal)} B over the goal`;
  console.log(
    `${page.padEnd(34)} ${pad(scripts.length, 7)} ${pad(total, 8)} ${pad(ratio.toFixed(2), 6)} ${pad(goal?.toFixed(1) ?? '–', 5)}  ${gate}`,
  );
  console.log(`${''.padEnd(34)} ${scripts.join(', ')}`);
  if (limit !== undefined && ratio > limit)
    failures.push(`a page with ${page} fetches ${ratio} × Lit alone, over ${limit} ×`);
}
console.log(
  `${'Lit alone'.padEnd(34)} ${pad(1, 7)} ${pad(lit.gzip, 8)} ${pad('1.00', 6)}`,
);

if (failures.length) {
  console.error(`\nSize budget exceeded:\n- ${failures.join('\n- ')}`);
  process.exitCode = 1;
}
