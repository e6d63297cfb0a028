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

export default {
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
