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

test('an attribute, part or token added or described anew shows, once', async () => {
  const changed = manifest();
  const card = element(changed, 'contact-card');
  card.attributes.push({name: 'layout', description: 'How | the card is laid out.'});
  card.attributes[0].description = 'A new description.';
  card.cssParts.push({name: 'qr-code'});
  card.cssProperties.push({name: '--contact-card-qr-size'});
  const updated = await rewrite(readme, changed);
  assert.match(updated, /\| `layout` +\| How \\\| the card is laid out\. +\|/);
  assert.match(updated, /\| `contact` +\| A new description\. +\|/);
  assert.match(updated, /`retry`, `qr-code`\. Tokens: `--contact-card-background`,/);
  assert.match(updated, /`--contact-card-qr-size`\.\n/);
  // The --mw-* tokens every element reads are in the Theming table, not listed per element.
  assert.doesNotMatch(updated, /Tokens?:[^\n]*`--mw-font-family`/);
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
    /no block for: attributes:news-list/,
  );
});
