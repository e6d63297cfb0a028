// The feed the editor's browser test saves (test/editor/editor.test.ts checks
// that its download is this file, byte for byte) passes the command line's
// check, as any feed the editor saves without problems must.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {run} from './helpers.mjs';

test('a feed saved by the editor validates with municipal-widgets validate', async () => {
  const {code, stdout, stderr} = await run([
    'validate',
    'test/fixtures/editor/vgr-edited.json',
    '--json',
  ]);
  assert.equal(code, 0, stderr);
  const [result] = stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  assert.equal(result.valid, true);
  assert.deepEqual(result.problems, []);
  assert.equal(result.counts.contacts, 12);
});
