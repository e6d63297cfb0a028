// scripts/readme-tables.mjs: the README's attribute tables are the manifest's.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {test} from 'node:test';
import {rewrite} from '../../scripts/readme-tables.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
const manifest = () =>
  JSON.parse(readFileSync(resolve(ROOT, 'custom-elements.json'), 'utf8'));
const element = (m, tag) =>
  m.modules.flatMap((module) => module.declarations).find((d) => d.tagName === tag);

test('README.md has the tables custom-elements.json gives', async () => {
  assert.equal(
    await rewrite(readme, manifest()),
    readme,
    'run node scripts/readme-tables.mjs',
  );
});

test('an attribute added or described anew shows in its table, once', async () => {
  const changed = manifest();
  const card = element(changed, 'contact-card');
  card.attributes.push({name: 'layout', description: 'How | the card is laid out.'});
  card.attributes[0].description = 'A new description.';
  const updated = await rewrite(readme, changed);
  assert.match(updated, /\| `layout` +\| How \\\| the card is laid out\. +\|/);
  assert.match(updated, /\| `contact` +\| A new description\. +\|/);
  // Inherited attributes are in the table every element shares, not in each.
  assert.equal(updated.match(/\| `heading-level` /g).length, 1);
  assert.match(updated, /\| `timeout` +\| [^|]*Default: 10000\. +\|/);
});

test('a table without an element, or an element without a table, fails', async () => {
  await assert.rejects(
    rewrite(
      `${readme}\n<!-- attributes:no-such -->\n<!-- /attributes:no-such -->\n`,
      manifest(),
    ),
    /no element <no-such>/,
  );
  await assert.rejects(
    rewrite(readme.replace(/<!-- (\/?)attributes:news-list -->/g, ''), manifest()),
    /no table for: news-list/,
  );
});
