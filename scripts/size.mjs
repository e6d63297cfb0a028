// Prints raw, gzip and brotli bytes of every file in dist/, beside Lit alone
// built with the same settings, and fails when the bundle breaks its budget:
// the main bundle at most 3 × Lit alone (gzip), each locale chunk at most 4 KB.
import {readdir, readFile} from 'node:fs/promises';
import {gzipSync, brotliCompressSync, constants} from 'node:zlib';
import {rollup} from 'rollup';
import virtual from './virtual-module.mjs';
import {plugins} from '../rollup.config.mjs';

const BUNDLE = 'municipal-widgets.js';
const BUNDLE_BUDGET = 3.0;
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
  console.log(
    `\n${BUNDLE}: ${ratio.toFixed(2)} × Lit alone (gzip); budget ${BUNDLE_BUDGET.toFixed(1)} ×`,
  );
  if (ratio > BUNDLE_BUDGET)
    failures.push(`${BUNDLE} is ${ratio.toFixed(2)} × Lit alone`);
}
for (const r of rows) {
  if (/^municipal-widgets\.(da|de|fi|it|nb|sv)-/.test(r.file) && r.gzip > CHUNK_BUDGET) {
    failures.push(`${r.file} is ${r.gzip} bytes gzip, over ${CHUNK_BUDGET}`);
  }
}
if (failures.length) {
  console.error(`\nSize budget exceeded:\n- ${failures.join('\n- ')}`);
  process.exitCode = 1;
}
