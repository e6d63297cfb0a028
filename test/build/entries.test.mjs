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

  test('each element loads its own texts; the bundle one chunk per language', async () => {
    const {readdir} = await import('node:fs/promises');
    const dist = await readdir(new URL('dist/', ROOT));
    const elements = await readdir(new URL('dist/elements/', ROOT));
    const chunk = async (dir, pattern) => {
      const files = (dir === '' ? dist : elements).filter((f) => pattern.test(f));
      assert.equal(files.length, 1, `${dir}${pattern}: ${files}`);
      return readFile(new URL(`dist/${dir}${files[0]}`, ROOT), 'utf8');
    };
    // The review stamp's Swedish chunk: its own texts and the base's status texts, no list's.
    const stamp = await chunk('elements/', /^review-stamp\.sv-[\w-]{8}\.js$/);
    assert.match(stamp, /Senast granskad/);
    assert.match(stamp, /Laddar…/);
    assert.doesNotMatch(stamp, /Sök bland nätverken|Dela sidan/);
    // A network's contacts show phones: network-list has contact-channels' texts too.
    const networks = await chunk('elements/', /^network-list\.sv-[\w-]{8}\.js$/);
    assert.match(networks, /Sök bland nätverken/);
    assert.doesNotMatch(networks, /Senast granskad/);
    // The bundle: every element's texts in one chunk per language.
    for (const locale of ['sv', 'da', 'nb', 'nn', 'fi', 'de', 'it']) {
      const whole = await chunk(
        '',
        new RegExp(`^municipal-widgets\\.${locale}-[\\w-]{8}\\.js$`),
      );
      if (locale === 'sv')
        assert.match(
          whole,
          /Senast granskad[^]*Sök bland nätverken|Sök bland nätverken[^]*Senast granskad/,
        );
    }
  });
});
