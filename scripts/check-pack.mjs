// Checks what `npm pack` would publish: everything a user needs (the bundle and
// its chunks, the per-element entries and theirs, the schema, the un-bundled modules with their types, the
// manifest, the editor data, the CLI) and nothing else (no sources, tests,
// demo or coverage). Runs in `npm test` after the build.
import {execFileSync} from 'node:child_process';
import {targetLocales} from '../lib/i18n/generated/locale-codes.js';
import {TAGS} from '../lib/tags.js';

const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
);
const files = pack.files.map(({path}) => path).sort();

const required = [
  'README.md',
  'LICENSE',
  'package.json',
  'custom-elements.json',
  'vscode.html-custom-data.json',
  'dist/municipal-widgets.js',
  'dist/feed.schema.json',
  'dist/editor.html',
  'dist/editor.js',
  'lib/index.js',
  'lib/index.d.ts',
  'lib/define.js',
  'lib/define.d.ts',
  'bin/municipal-widgets.mjs',
  ...TAGS.flatMap((tag) => [
    `dist/elements/${tag}.js`,
    `lib/elements/${tag}/define.js`,
    `lib/elements/${tag}/define.d.ts`,
  ]),
];
const allowed = [
  /^(README\.md|LICENSE|package\.json|custom-elements\.json|vscode\.html-custom-data\.json)$/,
  /^dist\/municipal-widgets(\.[a-z-]+-[\w-]{8})?\.js(\.map)?$/,
  /^dist\/elements\/[a-z-]+(\.[a-z]+)?(-[\w-]{8})?\.js(\.map)?$/,
  /^dist\/feed\.schema\.json$/,
  // The feed editor: its page and its one classic script (contract §1).
  /^dist\/editor\.(html|js|js\.map)$/,
  /^lib\/.+\.(js|d\.ts)(\.map)?$/,
  // The CLI; csv-table.d.mts types the CSV rules the feed editor shares,
  // minify-css.d.mts the CSS rules prerendering shares with the build.
  /^bin\/.+\.(mjs|d\.mts)$/,
];
const problems = [
  ...required.filter((file) => !files.includes(file)).map((file) => `missing: ${file}`),
  ...files
    .filter((file) => !allowed.some((pattern) => pattern.test(file)))
    .map((file) => `should not ship: ${file}`),
];
const LAZY = [
  'twin-towns-map',
  'takeover',
  'vcard',
  'validate',
  'tip',
  'linked-data-pages',
  'linked-data-people',
  ...targetLocales,
];
const bundleChunks = files.filter((file) => /^dist\/[^/]+-[\w-]{8}\.js$/.test(file));
for (const name of LAZY)
  if (!bundleChunks.some((file) => file.includes(`.${name}-`)))
    problems.push(`missing chunk: ${name}`);
// The per-element build: the same lazy chunks, and the shared ones every element imports.
const elementChunks = files.filter((file) =>
  /^dist\/elements\/.+-[\w-]{8}\.js$/.test(file),
);
// Each element's texts are its own: <tag>.<locale>-<hash>.js.
const elementTexts = TAGS.flatMap((tag) =>
  targetLocales.map((locale) => `${tag}.${locale}`),
);
for (const name of [
  ...LAZY.filter((name) => !targetLocales.includes(name)),
  'core',
  'contacts',
  ...elementTexts,
])
  if (!elementChunks.some((file) => file.startsWith(`dist/elements/${name}-`)))
    problems.push(`missing chunk: elements/${name}`);

console.log(
  `npm pack: ${files.length} files, ${(pack.size / 1024).toFixed(0)} KB packed, ${(pack.unpackedSize / 1024).toFixed(0)} KB unpacked`,
);
if (problems.length) {
  console.error(`The package is not as expected:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
