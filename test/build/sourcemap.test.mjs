// The source map of dist/municipal-widgets.js leads every string back to the
// line of src/ it was written on, including strings that follow a template the
// build minified or a msg() whose description it stripped: a plugin that
// rewrites code without a map of its own shifts every later line of the
// module. Runs on dist/ (after `npm run build`).
import assert from 'node:assert/strict';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import {test} from 'node:test';
import {TraceMap, originalPositionFor} from '@jridgewell/trace-mapping';

const ROOT = resolve(import.meta.dirname, '../..');
const BUNDLE = join(ROOT, 'dist/municipal-widgets.js');

/** Every .ts file under src/, generated ones aside, as [path from the root, text]. */
function sources(dir = join(ROOT, 'src')) {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(path);
    return entry.name.endsWith('.ts')
      ? [[relative(ROOT, path), readFileSync(path, 'utf8')]]
      : [];
  });
}

const count = (text, part) => text.split(part).length - 1;
const lineAt = (text, index) => count(text.slice(0, index), '\n') + 1;
/** A tagged template that spans lines, i.e. one the minifier rewrites. */
const REWRITTEN = /\b(html|svg|css)`[^`]*\n/;

/**
 * The strings worth tracing: plain text in quotes in src/, at least eight
 * characters, written once in src/ and found once in the bundle (terser
 * prefers double quotes), with where they are in each.
 */
function probes(bundle) {
  const files = sources();
  const written = files.flatMap(([file, source]) =>
    [...source.matchAll(/(['"])([\w ,.()/?!–-]{8,})\1/g)].map((m) => ({
      file,
      source,
      index: m.index,
      text: m[2],
    })),
  );
  return written
    .filter(({text}) => written.filter((w) => w.text === text).length === 1)
    .flatMap(({file, source, index, text}) => {
      const quoted = [`"${text}"`, `'${text}'`].filter((q) => count(bundle, q) === 1);
      if (
        quoted.length !== 1 ||
        files.some(([, s]) => count(s, text) !== (s === source ? 1 : 0))
      )
        return [];
      const at = bundle.indexOf(quoted[0]);
      return [
        {
          text,
          at: {line: lineAt(bundle, at), column: at - bundle.lastIndexOf('\n', at) - 1},
          file,
          line: lineAt(source, index),
          afterRewrite: REWRITTEN.test(source.slice(0, index)),
        },
      ];
    });
}

test('dist/municipal-widgets.js maps its strings to their lines in src/', () => {
  assert.ok(
    existsSync(`${BUNDLE}.map`),
    'dist/municipal-widgets.js.map is missing: run npm run build',
  );
  const bundle = readFileSync(BUNDLE, 'utf8');
  const map = new TraceMap(readFileSync(`${BUNDLE}.map`, 'utf8'), BUNDLE);
  const checked = probes(bundle);
  const afterRewrite = checked.filter((probe) => probe.afterRewrite);
  // Enough strings that a wrong map cannot pass by luck, many after a rewritten template.
  assert.ok(checked.length >= 20, `only ${checked.length} strings to trace`);
  assert.ok(
    afterRewrite.length >= 10,
    `only ${afterRewrite.length} strings after a rewritten template`,
  );
  assert.ok(
    !sources().some(([, source]) => source.includes("msg('Save contact'")) ||
      afterRewrite.some((probe) => probe.text === 'Save contact'),
    "'Save contact' (after contact-card's templates) is among the strings traced",
  );
  const wrong = checked
    .map((probe) => ({probe, traced: originalPositionFor(map, probe.at)}))
    .filter(
      ({probe, traced}) =>
        !traced.source?.endsWith(probe.file) || traced.line !== probe.line,
    )
    .map(
      ({probe, traced}) =>
        `"${probe.text}": ${probe.file}:${probe.line}, but the map says ${traced.source && relative(ROOT, traced.source)}:${traced.line}`,
    );
  assert.deepEqual(
    wrong,
    [],
    `${wrong.length} of ${checked.length} strings map elsewhere`,
  );
});

test("the map carries the sources' text, which the package does not ship", () => {
  const {sources, sourcesContent} = JSON.parse(readFileSync(`${BUNDLE}.map`, 'utf8'));
  const ours = sources
    .map((source, i) => [source, sourcesContent?.[i]])
    .filter(([s]) => s.startsWith('../src/'));
  assert.ok(ours.length > 20, 'the map lists the .ts files of src/');
  for (const [source, content] of ours)
    assert.equal(content, readFileSync(join(ROOT, 'dist', source), 'utf8'), source);
});
