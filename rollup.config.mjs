// Bundles the compiled modules (lib/, from `tsc -p tsconfig.build.json`) twice:
// - the one self-contained file a page needs, dist/municipal-widgets.js, with
//   every element; locale texts and the other lazy modules become chunks beside
//   it, named with content hashes so that they can be cached forever, and
//   imported relatively so dist/ works from any path;
// - one entry per element, dist/elements/<tag>.js, defining only its element,
//   with what two or more elements need (Lit, @lit/localize, the base, the
//   feed store) in shared chunks beside them, so a page that shows one
//   element loads only that element, and two load nothing twice.
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {readFileSync} from 'node:fs';
import minifyLiterals from './scripts/minify-literals.mjs';
import stripMsgDesc from './scripts/strip-msg-desc.mjs';
import tscSourcemaps from './scripts/tsc-sourcemaps.mjs';
import wholeLocales from './scripts/whole-locales.mjs';

const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
const banner = `/*! municipal-widgets ${version} | MIT. Includes Lit and @lit/localize (BSD-3-Clause, Google LLC). */`;
// The tag list of src/tags.ts, read from its source: the config loads before tsc has written lib/.
const TAGS = [
  ...readFileSync('src/tags.ts', 'utf8')
    .match(/TAGS = \[([^\]]*)\]/)[1]
    .matchAll(/'([a-z-]+)'/g),
].map(([, tag]) => tag);

/** Settings shared with scripts/size.mjs, which builds Lit alone the same way for comparison. */
export const plugins = () => [
  nodeResolve({exportConditions: ['production']}),
  terser({
    ecma: 2021,
    module: true,
    compress: {passes: 2},
    // Keep only /*! … */ comments: the licence banner below.
    format: {comments: /^!/},
  }),
];

/**
 * Structured data loads by the kind of block: `linked-data-pages` is the
 * mapping of review stamps and news, `linked-data-people` that of contacts and
 * networks. The bundle has the JSON-LD code both share (the script element,
 * the serialisation) in a third lazy chunk of rollup's making; the
 * per-element build has it in `core` (below). (Not a manual chunk in the
 * bundle: rollup would pull the entry's own modules into it too, and the
 * entry would import it statically.)
 */
const LINKED_DATA = /lib[/\\]internal[/\\](schema-pages|linked-data-pages)\.js$/;

/** The feed editor's page, beside its script (rollup emits it as an asset). */
const editorPage = () => ({
  name: 'editor-page',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'editor.html',
      source: readFileSync('src/editor/editor.html', 'utf8'),
    });
  },
});

/**
 * What every build does to the compiled modules: their TypeScript source maps,
 * texts without translators' notes, minified templates and styles, and the
 * shared settings; `whole`, for the builds that carry every element, points
 * each element's texts at one chunk per language (scripts/whole-locales.mjs).
 */
const built = ({whole}) => [
  tscSourcemaps(),
  ...(whole ? [wholeLocales()] : []),
  stripMsgDesc(),
  minifyLiterals(),
  ...plugins(),
];

const bundle = {
  input: 'lib/define.js',
  plugins: built({whole: true}),
  // Let locale chunks import Lit from the entry instead of splitting it into a third file.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: 'municipal-widgets.js',
    chunkFileNames: 'municipal-widgets.[name]-[hash].js',
    banner,
    sourcemap: true,
  },
};

/**
 * The per-element build's shared chunks, by module (lib/ paths): `core`, which
 * every element imports, holds Lit, @lit/localize, the base with its
 * controllers, the feed store and the small feed helpers most elements use
 * (a few hundred bytes each: one chunk rather than a request each), and the
 * JSON-LD code that all four describing elements need once they have
 * rendered; `contacts` what shows a contact's phones and e-mail
 * (contact-card, network-list, the vCard and their structured data; the
 * e-mail decoding is in `core`, as the validators use it too);
 * `linked-data-pages` as in the bundle. Anything else shared goes where rollup puts
 * it, each lazy module in a chunk of its own.
 */
const SHARED = {
  core: /[/\\](node_modules[/\\](lit|lit-html|lit-element|@lit)[/\\]|lib[/\\](base|theme|i18n)[/\\](?!generated[/\\](locales|texts)[/\\])|lib[/\\]version\.js|lib[/\\]internal[/\\](feed-controller|language-controller|structured-data|heading|attributes|tasks|links|script|json-ld)\.js|lib[/\\]feed[/\\](store|shared|range|lookup|problems|dates|paths|topics|contacts|email)\.js)/,
  contacts: /lib[/\\]internal[/\\](contact-channels|phone)\.js$/,
  'linked-data-pages': LINKED_DATA,
};

const ELEMENT_TEXTS =
  /lib[/\\]i18n[/\\]generated[/\\]texts[/\\]([a-z-]+)[/\\][a-z]+\.js$/;

const elements = {
  input: Object.fromEntries(TAGS.map((tag) => [tag, `lib/elements/${tag}/define.js`])),
  plugins: built({whole: false}),
  // An entry only registers its element; its exports are no one's API.
  preserveEntrySignatures: false,
  output: {
    dir: 'dist/elements',
    format: 'es',
    entryFileNames: '[name].js',
    // An element's texts in a language are `<tag>.<locale>-[hash].js`.
    chunkFileNames: ({facadeModuleId}) => {
      const [, tag] = facadeModuleId?.match(ELEMENT_TEXTS) ?? [];
      return tag ? `${tag}.[name]-[hash].js` : '[name]-[hash].js';
    },
    manualChunks: (id) => Object.keys(SHARED).find((name) => SHARED[name].test(id)),
    banner,
    sourcemap: true,
  },
};

/**
 * The feed editor, dist/editor.html and editor.js: a classic script (an IIFE
 * with everything inlined, locales included), because Chromium refuses module
 * scripts on a page opened from disk. Its own build, so that the bundle and
 * its chunks above are what they were; pages that embed blocks never load it.
 */
const editor = {
  input: 'lib/editor/main.js',
  plugins: [...built({whole: true}), editorPage()],
  output: {
    file: 'dist/editor.js',
    format: 'iife',
    inlineDynamicImports: true,
    banner: `/*! municipal-widgets ${version} feed editor | MIT. Includes Lit and @lit/localize (BSD-3-Clause, Google LLC) and csv-parse (MIT). */`,
    sourcemap: true,
  },
};

export default [bundle, elements, editor];
