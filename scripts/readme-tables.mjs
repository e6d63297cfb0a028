// Writes the README's attribute tables and its lists of parts and tokens from
// custom-elements.json, so that they say what the JSDoc of src/ says and cannot
// drift from the code. Each stands between marker comments:
//   <!-- attributes:common -->…<!-- /attributes:common -->   what every element inherits
//   <!-- attributes:TAG -->…<!-- /attributes:TAG -->         TAG's own attributes
//   <!-- parts:TAG -->…<!-- /parts:TAG -->                   TAG's parts and own tokens
// `npm run build` rewrites them after the manifest; `--check` (in `npm run
// lint`) fails instead when README.md is out of date. It reads only committed
// files, so it runs before a build, as in CI.
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import prettier from 'prettier';

const MARKERS = /(<!-- (attributes|parts):([a-z-]+) -->\n)[\s\S]*?(<!-- \/\2:\3 -->)/g;
const WIDTH = 84;

/** A manifest default as a reader of the README writes it, if it says something. */
function shownDefault({default: value, type}) {
  if (value === undefined || /^(''|""|false)$/.test(value) || type?.text === 'boolean')
    return '';
  if (/^-?[\d_.]+$/.test(value)) return value.replaceAll('_', '');
  return `\`${value.replace(/^(['"])(.*)\1$/, '$2')}\``;
}

/** The attribute's description, with its default unless the description gives it. */
function meaning(attribute) {
  const description = (attribute.description ?? '').replace(/\s*\n\s*/g, ' ');
  const value = shownDefault(attribute);
  const text =
    value && !/\bdefault\b/i.test(description)
      ? `${description} Default: ${value}.`
      : description;
  return text.replaceAll('|', '\\|');
}

function table(attributes) {
  return [
    '| attribute | meaning |',
    '| --- | --- |',
    ...attributes.map((a) => `| \`${a.name}\` | ${meaning(a)} |`),
  ].join('\n');
}

/** Words joined by spaces into lines of at most WIDTH characters. */
function wrap(words) {
  const lines = [''];
  for (const word of words) {
    const line = lines.at(-1);
    if (line && line.length + 1 + word.length > WIDTH) lines.push(word);
    else lines[lines.length - 1] = line ? `${line} ${word}` : word;
  }
  return lines.join('\n');
}

const list = (names) =>
  names.map((name, i) => `\`${name}\`${i < names.length - 1 ? ',' : '.'}`);

/** "Parts: … Tokens: …", the tokens that every element shares (--mw-*) aside. */
function partsAndTokens(element, shared) {
  const parts = (element.cssParts ?? []).map(({name}) => name);
  const tokens = (element.cssProperties ?? [])
    .map(({name}) => name)
    .filter((name) => !shared.has(name));
  return wrap([
    ...(parts.length ? ['Parts:', ...list(parts)] : []),
    ...(tokens.length
      ? [tokens.length === 1 ? 'Token:' : 'Tokens:', ...list(tokens)]
      : []),
  ]);
}

/** The blocks by marker: `attributes:common`, and `attributes:TAG`, `parts:TAG` per tag. */
export function blocks(manifest) {
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName);
  // An attribute that every element inherits from the same class is listed once.
  const origin = (element, name) =>
    element.attributes?.find((a) => a.name === name)?.inheritedFrom?.name;
  const common = (elements[0]?.attributes ?? []).filter(
    (a) =>
      a.inheritedFrom &&
      elements.every((e) => origin(e, a.name) === a.inheritedFrom.name),
  );
  const names = new Set(common.map((a) => a.name));
  const tokens = (element) => (element.cssProperties ?? []).map(({name}) => name);
  const shared = new Set(
    tokens(elements[0] ?? {}).filter((name) =>
      elements.every((e) => tokens(e).includes(name)),
    ),
  );
  const result = new Map([['attributes:common', table(common)]]);
  for (const element of elements) {
    result.set(
      `attributes:${element.tagName}`,
      table((element.attributes ?? []).filter((a) => !names.has(a.name))),
    );
    result.set(`parts:${element.tagName}`, partsAndTokens(element, shared));
  }
  return result;
}

/** `readme` with every marked table rewritten; throws on a marker without a table. */
export async function rewrite(readme, manifest, file = 'README.md') {
  const generated = blocks(manifest);
  const used = new Set();
  const text = readme.replace(MARKERS, (_, open, kind, tag, close) => {
    const name = `${kind}:${tag}`;
    if (!generated.has(name))
      throw new Error(`${file}: no element <${tag}> in the manifest`);
    used.add(name);
    return `${open}\n${generated.get(name)}\n\n${close}`;
  });
  const missing = [...generated.keys()].filter((name) => !used.has(name));
  if (missing.length)
    throw new Error(`${file} has no block for: ${missing.join(', ')} (add the markers)`);
  return prettier.format(text, {
    ...(await prettier.resolveConfig(file)),
    filepath: file,
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const readme = readFileSync('README.md', 'utf8');
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  let updated;
  try {
    updated = await rewrite(readme, manifest);
  } catch (error) {
    // A new element without its markers should not stop a build; lint fails on it.
    console.error(`${check ? '' : 'warning: '}${error.message}`);
    process.exit(check ? 1 : 0);
  }
  if (updated === readme) {
    if (!check) console.log('README.md: attribute tables, parts and tokens up to date');
  } else if (check) {
    console.error(
      'README.md: the attribute tables, parts or tokens differ from custom-elements.json: run npm run build (or node scripts/readme-tables.mjs) and commit README.md',
    );
    process.exitCode = 1;
  } else {
    writeFileSync('README.md', updated);
    console.log(
      'README.md: attribute tables, parts and tokens rewritten from custom-elements.json',
    );
  }
}
