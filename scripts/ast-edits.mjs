// Helpers for the rollup plugins that rewrite parts of a module by its AST.

/** Calls `visit` on every node of an ESTree AST. */
export function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object') walk(value, visit);
  }
}

/** `code` with each `[start, end, text]` edit applied; null when there are none. */
export function applyEdits(code, edits) {
  if (!edits.length) return null;
  let result = '';
  let at = 0;
  for (const [start, end, text] of edits.sort((a, b) => a[0] - b[0])) {
    result += code.slice(at, start) + text;
    at = end;
  }
  return {code: result + code.slice(at), map: null};
}
