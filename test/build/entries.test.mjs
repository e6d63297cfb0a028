// The per-element entries (issue 20), after `npm run build`: apps import each
// element's registration by name, typed; and each dist/elements/<tag>.js, with
// every chunk it imports statically, holds only its own element's code.
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {describe, test} from 'node:test';
import {TAGS} from '../../lib/tags.js';

const ROOT = new URL('../../', import.meta.url);
const pkg = JSON.parse(await readFile(new URL('package.json', ROOT), 'utf8'));

/** The files of dist/elements/ that `file` imports statically, itself included. */
async function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = await readFile(new URL(`dist/elements/${file}`, ROOT), 'utf8');
  for (const [, next] of code.matchAll(/(?:\bfrom|^import)\s*"\.\/([\w.-]+\.js)"/gm))
    await staticClosure(next, seen);
  return seen;
}

describe('per-element entries', () => {
  test('municipal-widgets/elements/<tag>.js resolves to the typed define module', () => {
    for (const tag of TAGS) {
      const resolved = fileURLToPath(
        import.meta.resolve(`municipal-widgets/elements/${tag}.js`),
      );
      assert.equal(
        resolved,
        fileURLToPath(new URL(`lib/elements/${tag}/define.js`, ROOT)),
      );
      const {types} = pkg.exports['./elements/*.js'];
      const declarations = new URL(types.replace('*', tag), ROOT);
      assert.ok(existsSync(declarations), `${declarations.pathname} is missing`);
    }
  });

  test('dist/elements/<tag>.js and its static imports hold no other element', async () => {
    for (const tag of TAGS) {
      const sources = new Set();
      for (const file of await staticClosure(`${tag}.js`)) {
        const map = JSON.parse(
          await readFile(new URL(`dist/elements/${file}.map`, ROOT), 'utf8'),
        );
        for (const source of map.sources) sources.add(source);
      }
      const folders = new Set(
        [...sources]
          .map((source) => /src\/elements\/([a-z-]+)\//.exec(source)?.[1])
          .filter(Boolean),
      );
      assert.deepEqual([...folders], [tag], `${tag} holds code of ${[...folders]}`);
    }
  });
});
