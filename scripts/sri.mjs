// Prints the Subresource Integrity (SRI) hashes of the built bundle: the entry
// dist/municipal-widgets.js and every chunk it imports lazily (locales, map,
// validators, form logic, vCard), then the script tag and the import map to
// paste into a page (docs/embedding.md, "Subresource Integrity"). With
// --elements, the same for per-element entries: each dist/elements/<tag>.js
// named, the shared chunks it imports (with `modulepreload` hints) and every
// chunk it may load later.
//
//   node scripts/sri.mjs [BASE_URL] [--elements review-stamp,contact-card]
//
// BASE_URL is where the page loads dist/ from, "/assets/municipal-widgets/" by
// default, or e.g. "https://cdn.jsdelivr.net/npm/municipal-widgets@0.1.0/dist/".
// The integrity attribute on the script tag covers the entry only; the chunks
// are covered by the import map's "integrity" section, in browsers that read it.
import {createHash} from 'node:crypto';
import {readdir, readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {closure} from './chunk-imports.mjs';

export const ENTRY = 'municipal-widgets.js';
export const DEFAULT_BASE = '/assets/municipal-widgets/';
export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/** The SRI value of some bytes: `sha384-` and the base64 of their SHA-384 digest. */
export const integrity = (bytes) =>
  `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The CSP source that allows an inline script with exactly this text: `'sha256-…'`. */
export const cspHash = (text) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** `base` with exactly one trailing slash. */
export const withSlash = (base) => base.replace(/\/*$/, '/');

/**
 * `[{file, integrity}]` for every file of the bundle in `dist`: the entry first,
 * then the chunks by name. Throws when `dist` has no entry (not built yet).
 * With `elements` (tag names), the per-element entries instead: theirs first,
 * then, by name, every chunk they import (`preload: true` for those imported
 * statically) or may load later; `file` is then relative to `dist` too
 * (`elements/core-….js`).
 */
export async function sriHashes(dist = DIST, {elements} = {}) {
  if (elements) return elementHashes(dist, elements);
  // The bundle's files only: dist/editor.js is the feed editor's, never loaded by a page with blocks.
  const files = (await readdir(dist)).filter(
    (file) => file.startsWith('municipal-widgets') && file.endsWith('.js'),
  );
  if (!files.includes(ENTRY)) throw new Error(`no ${ENTRY} in ${dist}: build first`);
  const ordered = [ENTRY, ...files.filter((file) => file !== ENTRY).sort()];
  return Promise.all(
    ordered.map(async (file) => ({
      file,
      integrity: integrity(await readFile(join(dist, file))),
    })),
  );
}

async function elementHashes(dist, tags) {
  if (!tags.length) throw new Error('--elements needs at least one tag');
  const built = await readdir(join(dist, 'elements')).catch(() => []);
  const unknown = tags.find((tag) => !built.includes(`${tag}.js`));
  if (unknown) {
    const known = built.filter((file) => /^[a-z-]+\.js$/.test(file));
    throw new Error(
      built.length
        ? `no element ${JSON.stringify(unknown)} in ${dist}elements/ (there are ${known.map((file) => file.slice(0, -3)).join(', ')})`
        : `no dist/elements/ in ${dist}: build first`,
    );
  }
  const entries = tags.map((tag) => `elements/${tag}.js`);
  const preloaded = new Set(await closure(dist, entries, () => false));
  const files = await closure(dist, entries);
  const ordered = [...entries, ...files.filter((file) => !entries.includes(file)).sort()];
  return Promise.all(
    ordered.map(async (file) => ({
      file,
      integrity: integrity(await readFile(join(dist, file))),
      ...(preloaded.has(file) && !entries.includes(file) ? {preload: true} : {}),
    })),
  );
}

/** The one script tag, with the entry's integrity. */
export function scriptTag(base, hashes) {
  const entry = hashes.find(({file}) => file === ENTRY);
  return `<script type="module" src="${withSlash(base)}${ENTRY}" integrity="${entry.integrity}" crossorigin="anonymous"></script>`;
}

/**
 * The text of the import map, as it stands between its tags: every file's URL
 * under `base` mapped to its integrity.
 */
export function importMapText(base, hashes) {
  const map = {integrity: {}};
  for (const {file, integrity: value} of hashes)
    map.integrity[`${withSlash(base)}${file}`] = value;
  return `\n${JSON.stringify(map, null, 2)}\n`;
}

/** The whole `<script type="importmap">` element. */
export const importMapTag = (base, hashes) =>
  `<script type="importmap">${importMapText(base, hashes)}</script>`;

/**
 * For per-element entries (`sriHashes(dist, {elements})`): a `modulepreload`
 * hint for each shared chunk the entries import, then each entry's script tag,
 * all with their integrity.
 */
export function elementTags(base, hashes) {
  const attributes = (value) => `integrity="${value}" crossorigin="anonymous"`;
  return [
    ...hashes
      .filter(({preload}) => preload)
      .map(
        ({file, integrity: value}) =>
          `<link rel="modulepreload" href="${withSlash(base)}${file}" ${attributes(value)} />`,
      ),
    ...hashes
      .filter(({file}) => /^elements\/[a-z-]+\.js$/.test(file))
      .map(
        ({file, integrity: value}) =>
          `<script type="module" src="${withSlash(base)}${file}" ${attributes(value)}></script>`,
      ),
  ].join('\n');
}

/** Everything the command prints, for `base`. */
export function report(base, hashes) {
  const width = Math.max(...hashes.map(({file}) => file.length));
  const perElement = hashes[0]?.file.startsWith('elements/');
  return [
    `Subresource Integrity (SHA-384) of dist/, loaded from ${withSlash(base)}`,
    '',
    ...hashes.map(({file, integrity: value}) => `${file.padEnd(width)}  ${value}`),
    '',
    ...(perElement
      ? [
          'The shared chunks to preload, then the script tags (each integrity covers its own file):',
          '',
          elementTags(base, hashes),
        ]
      : [
          'Script tag (its integrity covers municipal-widgets.js only):',
          '',
          scriptTag(base, hashes),
        ]),
    '',
    `Import map, before the ${perElement ? 'tags above' : 'script tag'}, for the chunks ${perElement ? 'they load' : 'it loads'} later (Chrome/Edge 127+,`,
    'Firefox 138+, Safari 18+; older browsers load the chunks unchecked):',
    '',
    importMapTag(base, hashes),
    '',
    'The import map is an inline script. Under a Content-Security-Policy without',
    "'unsafe-inline', add this to script-src (it matches the text above exactly):",
    '',
    cspHash(importMapText(base, hashes)),
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {elements: {type: 'string'}},
    });
    if (parsed.positionals.length > 1) throw new Error('one BASE_URL at most');
  } catch {
    console.error(
      'usage: node scripts/sri.mjs [BASE_URL] [--elements TAG,TAG…]   (default: /assets/municipal-widgets/, the one-file bundle)',
    );
    process.exit(2);
  }
  const {positionals, values} = parsed;
  const elements = values.elements
    ?.split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
  try {
    process.stdout.write(
      report(positionals[0] ?? DEFAULT_BASE, await sriHashes(DIST, {elements})),
    );
  } catch (error) {
    console.error(`sri: ${error.message}`);
    process.exit(1);
  }
}
