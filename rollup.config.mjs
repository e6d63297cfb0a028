// Bundles the compiled modules (lib/, from `tsc -p tsconfig.build.json`) into the
// one self-contained file a page needs, dist/municipal-widgets.js. Locale texts
// become lazily loaded chunks beside it, named with content hashes so that they
// can be cached forever, and imported relatively so dist/ works from any path.
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {readFileSync} from 'node:fs';
import minifyLiterals from './scripts/minify-literals.mjs';
import stripMsgDesc from './scripts/strip-msg-desc.mjs';
import tscSourcemaps from './scripts/tsc-sourcemaps.mjs';

const {version} = JSON.parse(readFileSync('package.json', 'utf8'));

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

const bundle = {
  input: 'lib/define.js',
  plugins: [tscSourcemaps(), stripMsgDesc(), minifyLiterals(), ...plugins()],
  // Let locale chunks import Lit from the entry instead of splitting it into a third file.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: 'municipal-widgets.js',
    chunkFileNames: 'municipal-widgets.[name]-[hash].js',
    banner: `/*! municipal-widgets ${version} | MIT. Includes Lit and @lit/localize (BSD-3-Clause, Google LLC). */`,
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
  plugins: [
    tscSourcemaps(),
    stripMsgDesc(),
    minifyLiterals(),
    ...plugins(),
    editorPage(),
  ],
  output: {
    file: 'dist/editor.js',
    format: 'iife',
    inlineDynamicImports: true,
    banner: `/*! municipal-widgets ${version} feed editor | MIT. Includes Lit and @lit/localize (BSD-3-Clause, Google LLC) and csv-parse (MIT). */`,
    sourcemap: true,
  },
};

export default [bundle, editor];
