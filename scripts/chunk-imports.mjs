// What a built module in dist/ imports, statically and with import(), and so
// every file a page that loads some entries may fetch: what `npm run size`
// totals for a page and `npm run sri` hashes for per-element entries.
import {readFile} from 'node:fs/promises';
import {dirname, join, normalize} from 'node:path';
import {walk} from 'estree-walker';
import {parseAst} from 'rollup/parseAst';

/** The chunks a module in dist/ imports: statically, and with import(); paths relative to dist/, as `file` is. */
export function importsOf(file, code) {
  const found = {static: [], dynamic: []};
  const at = (source) => normalize(join(dirname(file), source));
  walk(parseAst(code), {
    enter(node) {
      if (
        ['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration'].includes(
          node.type,
        ) &&
        node.source
      )
        found.static.push(at(node.source.value));
      else if (node.type === 'ImportExpression' && node.source.type === 'Literal')
        found.dynamic.push(at(node.source.value));
    },
  });
  return found;
}

/**
 * Every file of `dist` (a directory path) that a page loading `entries` (paths
 * relative to it) fetches: the entries, what they import statically, and the
 * lazily imported chunks that `takes(file)` accepts (every one, unless told),
 * with what those import in turn. In the order first met.
 */
export async function closure(dist, entries, takes = () => true) {
  const seen = new Set();
  const visit = async (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const {static: direct, dynamic} = importsOf(
      file,
      await readFile(join(dist, file), 'utf8'),
    );
    for (const next of direct) await visit(next);
    for (const next of dynamic) if (takes(next)) await visit(next);
  };
  for (const entry of entries) await visit(entry);
  return [...seen];
}
