// dist/editor.html works from a file opened on disk: Chromium refuses module
// scripts there, so the page loads one classic script with everything in it.
// Runs on dist/ (after `npm run build`).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

test('dist/editor.html loads its script as a classic script, with no imports left', async () => {
  const page = await readFile(join(ROOT, 'dist/editor.html'), 'utf8');
  const scripts = [...page.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
  assert.deepEqual(scripts, ['<script defer src="./editor.js">']);
  const script = await readFile(join(ROOT, 'dist/editor.js'), 'utf8');
  assert.match(script, /^\/\*![^*]*\*\/\n!function\(\)\{/);
  // No dynamic import, no import.meta, no import or export statement.
  const module =
    /\bimport\s*\(|\bimport\.meta\b|(?:^|[;}])\s*(?:import|export)\s*[{*"'\w]/m;
  const found = module.exec(script);
  assert.equal(found && script.slice(found.index - 40, found.index + 40), null);
});

test('dist/municipal-widgets.js holds nothing of the editor', async () => {
  const bundle = await readFile(join(ROOT, 'dist/municipal-widgets.js'), 'utf8');
  assert.doesNotMatch(bundle, /feed-editor|csv/i);
});
