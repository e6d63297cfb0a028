// Every browser test file takes part in the console guard (test/console-guard.ts):
// it imports the guard or test/helpers.ts, which imports it. A file that did
// neither would let a new warning of the library pass unseen.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile, readdir} from 'node:fs/promises';

const root = new URL('../../', import.meta.url);
const GUARDED = /^import (?:[^;]*? from )?'(?:\.\.?\/)+(?:helpers|console-guard)\.js';$/m;

test('every browser test file imports the console guard', async () => {
  const files = (await readdir(new URL('test/', root), {recursive: true})).filter(
    (file) => file.endsWith('.test.ts'),
  );
  assert.ok(files.length > 30, `found only ${files.length} browser test files`);
  const unguarded = [];
  for (const file of files) {
    const source = await readFile(new URL(`test/${file}`, root), 'utf8');
    if (!GUARDED.test(source)) unguarded.push(file);
  }
  assert.deepEqual(unguarded, [], 'import test/console-guard.js (or test/helpers.js)');
});
