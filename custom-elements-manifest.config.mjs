// @custom-elements-manifest/analyzer settings: custom-elements.json is generated
// from the JSDoc of src/, never edited by hand. It documents what a page or an
// editor can use: the element modules only, under the lib/*.js paths the
// package ships, with their public members (Shoelace's config does the same
// with plugins). The analyzer still reads all of src/, so that inherited
// attributes and the constants they default to are resolved.

/** `src/a/b.ts` (or `/src/a/b.ts`) → `lib/a/b.js`, the file the package ships. */
const shipped = (path) => path.replace(/^\/?src\/(.+)\.ts$/, 'lib/$1.js');

/** Every `path` and `module` in the manifest, rewritten with `shipped`. */
function translatePaths(node) {
  if (Array.isArray(node)) return node.forEach(translatePaths);
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string')
      node[key] = shipped(value);
    else translatePaths(value);
  }
}

const isElement = (declaration) => declaration.customElement && declaration.tagName;
const isPublic = (member) =>
  (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#');

/** Keeps the element modules, their elements and the public part of each. */
function publicElementsOnly() {
  return {
    name: 'public-elements-only',
    packageLinkPhase({customElementsManifest: manifest}) {
      // A default that names a constant (`DEFAULT_TIMEOUT`) tells an editor
      // nothing: give the constant's value, when one module declares it.
      const constants = new Map();
      for (const module of manifest.modules)
        for (const declaration of module.declarations ?? [])
          if (
            declaration.kind === 'variable' &&
            /^[A-Z][A-Z0-9_]*$/.test(declaration.name)
          )
            constants.set(
              declaration.name,
              constants.has(declaration.name) ? undefined : declaration.default,
            );
      const resolved = (value) => constants.get(value) ?? value;

      manifest.modules = manifest.modules.filter((module) =>
        module.declarations?.some(isElement),
      );
      for (const module of manifest.modules) {
        module.declarations = module.declarations.filter(isElement);
        const names = new Set(module.declarations.map(({name}) => name));
        module.exports = (module.exports ?? []).filter(({declaration}) =>
          names.has(declaration.name),
        );
        for (const element of module.declarations) {
          element.members = (element.members ?? []).filter(isPublic);
          element.events = (element.events ?? []).filter(({name}) => name);
          for (const item of [...element.members, ...(element.attributes ?? [])])
            if (item.default !== undefined) item.default = resolved(item.default);
        }
      }
      translatePaths(manifest);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // The feed editor's <feed-editor> is a page of its own (dist/editor.html), not a block.
  exclude: ['src/**/generated/**', 'src/editor/**'],
  outdir: '.',
  litelement: true,
  plugins: [publicElementsOnly()],
};
