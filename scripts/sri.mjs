// Prints the Subresource Integrity (SRI) hashes of the built bundle: the entry
// dist/municipal-widgets.js and every chunk it imports lazily (locales, map,
// validators, form logic, vCard), then the script tag and the import map to
// paste into a page (docs/embedding.md, "Subresource Integrity").
//
//   node scripts/sri.mjs [BASE_URL]
//
// BASE_URL is where the page loads dist/ from, "/assets/municipal-widgets/" by
// default, or e.g. "https://cdn.jsdelivr.net/npm/municipal-widgets@0.1.0/dist/".
// The integrity attribute on the script tag covers the entry only; the chunks
// are covered by the import map's "integrity" section, in browsers that read it.
import {createHash} from 'node:crypto';
import {readdir, readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

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
 */
export async function sriHashes(dist = DIST) {
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

/** Everything the command prints, for `base`. */
export function report(base, hashes) {
  const width = Math.max(...hashes.map(({file}) => file.length));
  return [
    `Subresource Integrity (SHA-384) of dist/, loaded from ${withSlash(base)}`,
    '',
    ...hashes.map(({file, integrity: value}) => `${file.padEnd(width)}  ${value}`),
    '',
    'Script tag (its integrity covers municipal-widgets.js only):',
    '',
    scriptTag(base, hashes),
    '',
    'Import map, before the script tag, for the chunks it loads later (Chrome/Edge 127+,',
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
  const args = process.argv.slice(2);
  if (args.length > 1 || args.some((arg) => arg.startsWith('-'))) {
    console.error(
      'usage: node scripts/sri.mjs [BASE_URL]   (default: /assets/municipal-widgets/)',
    );
    process.exit(2);
  }
  try {
    process.stdout.write(report(args[0] ?? DEFAULT_BASE, await sriHashes()));
  } catch (error) {
    console.error(`sri: ${error.message}`);
    process.exit(1);
  }
}
