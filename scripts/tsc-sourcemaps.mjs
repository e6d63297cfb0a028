// A rollup plugin that hands rollup the source map tsc wrote beside each
// lib/*.js, with the TypeScript it came from, so that dist/*.js.map leads to
// src/*.ts (which the package does not ship) instead of the compiled lib/.
// (rollup-plugin-sourcemaps2 does the same for any map; it pins its own
// @rollup/pluginutils and wants @types/node, for what is one read here.)
import {readFile} from 'node:fs/promises';
import {dirname, resolve} from 'node:path';

const MAP_COMMENT = /\n\/\/# sourceMappingURL=([^\s'"]+)\s*$/;
/** Modules of this project's lib/ (not a dependency's lib/ folder). */
const LIB = new RegExp(
  `^${resolve('lib').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[/\\\\].*\\.js$`,
);

export default function tscSourcemaps() {
  return {
    name: 'tsc-sourcemaps',
    load: {
      filter: {id: LIB},
      async handler(id) {
        const code = await readFile(id, 'utf8');
        const comment = MAP_COMMENT.exec(code);
        if (!comment) return null;
        const mapFile = resolve(dirname(id), comment[1]);
        const map = JSON.parse(await readFile(mapFile, 'utf8'));
        const root = resolve(dirname(mapFile), map.sourceRoot ?? '');
        map.sources = map.sources.map((source) => resolve(root, source));
        map.sourcesContent = await Promise.all(
          map.sources.map((source) => readFile(source, 'utf8').catch(() => null)),
        );
        delete map.sourceRoot;
        return {code: code.slice(0, comment.index + 1), map};
      },
    },
  };
}
