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
import virtual from './virtual-module.mjs';
import {plugins} from '../rollup.config.mjs';
import {LAND} from '../lib/elements/twin-towns/generated/world.js';
import {targetLocales} from '../lib/i18n/generated/locale-codes.js';

const BUNDLE = 'municipal-widgets.js';
const BUNDLE_TARGET = 3.0;
// Raised from 3.67 by issue 17: Nynorsk (its chunk's loader, Intl's Bokmål
// fallback for nn as Chromium has no Nynorsk data, the empty states worded for
// what the reader can do: +104 B gzip) and
// <language-links> (+1138 B: element, select, and 12 autonyms Chromium's Intl
// lacks, 228 B of them), then protected e-mail and network logos (+303 B:
// decoding an address where it is shown, the logo and its styles).
const BUNDLE_CEILING = 3.94;
const CHUNK_BUDGET = 4096;

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

const files = (await readdir('dist')).filter(
  (f) => f.endsWith('.js') || f.endsWith('.json'),
);
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
    targetLocales.some((locale) => r.file.startsWith(`municipal-widgets.${locale}-`)) &&
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
if (failures.length) {
  console.error(`\nSize budget exceeded:\n- ${failures.join('\n- ')}`);
  process.exitCode = 1;
}
