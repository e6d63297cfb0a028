// Runs after `cem analyze` (npm run build): checks that custom-elements.json
// documents every element of the contract the way editors and CMS authors
// need it, and derives VS Code's custom HTML data from it, so attribute names
// and values complete in editors. Both files are committed; CI fails when a
// build changes them (see .ci/run), so they cannot drift from the code.
import {readFileSync, writeFileSync} from 'node:fs';
import {TAGS} from '../lib/tags.js';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
// The analyzer lists modules in the order the file system returns them, which
// differs between a working copy and a fresh clone: sorted, the committed file
// is the same wherever it is built.
manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
writeFileSync('custom-elements.json', `${JSON.stringify(manifest, null, 2)}\n`);
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const problems = [];
const found = elements.map(({tagName}) => tagName);
for (const tag of TAGS)
  if (!found.includes(tag)) problems.push(`<${tag}> is missing (no @tag?)`);
for (const element of elements) {
  const where = `<${element.tagName}>`;
  if (!element.description) problems.push(`${where} has no description`);
  for (const attribute of element.attributes ?? [])
    if (!attribute.description)
      problems.push(`${where} attribute "${attribute.name}" has no description`);
  for (const kind of ['cssParts', 'cssProperties', 'slots', 'events'])
    if (!element[kind]?.length) problems.push(`${where} documents no ${kind}`);
}
if (problems.length) {
  console.error(`custom-elements.json is incomplete:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}

/** Values an editor can offer: the non-empty string literals of a union type. */
const valuesOf = (type = '') =>
  type
    .split('|')
    .map((part) => /^\s*(['"])(.+)\1\s*$/.exec(part)?.[2])
    .filter(Boolean)
    .map((name) => ({name}));

const data = {
  $schema:
    'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: element.description,
    attributes: (element.attributes ?? []).map((attribute) => {
      const values = valuesOf(attribute.type?.text);
      return {
        name: attribute.name,
        description: attribute.description,
        ...(values.length ? {values} : {}),
        ...(attribute.type?.text === 'boolean' ? {valueSet: 'v'} : {}),
      };
    }),
  })),
};
writeFileSync('vscode.html-custom-data.json', `${JSON.stringify(data, null, 2)}\n`);
console.log(
  `custom-elements.json: ${elements.length} elements documented; vscode.html-custom-data.json written`,
);
