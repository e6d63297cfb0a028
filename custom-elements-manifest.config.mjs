// @custom-elements-manifest/analyzer settings: custom-elements.json is generated
// from the JSDoc of src/, never edited by hand.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/generated/**'],
  outdir: '.',
  litelement: true,
};
