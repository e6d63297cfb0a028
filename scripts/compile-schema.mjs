// Compiles the feed schema into small, dependency-free validator functions at
// build time. It understands exactly the JSON Schema keywords the feed schema
// uses and refuses any other, so a schema change it cannot honour fails the
// build instead of being ignored. scripts/check-validators.mjs holds its
// verdicts against Ajv's on every fixture and on mutated entries.
//
// Each schema in $defs becomes `function v_Name(v, p)` that returns undefined
// for valid data, or the first problem: {path, keyword, params}, where `path`
// is a JSON path such as `networks[3].homepage` (`p` is the path so far).

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$defs']);
const KEYWORDS = new Set([
  'type',
  'enum',
  'const',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'minProperties',
  'required',
  'properties',
  'additionalProperties',
  'propertyNames',
  'items',
  'anyOf',
  '$ref',
]);
const TYPE_TESTS = {
  string: (v) => `typeof ${v} != "string"`,
  integer: (v) => `!Number.isInteger(${v})`,
  number: (v) => `typeof ${v} != "number" || !isFinite(${v})`,
  object: (v) => `!isObject(${v})`,
  array: (v) => `!Array.isArray(${v})`,
};
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Returns the source of an ES module exporting one validator per named $def (and `validateFeed`). */
export function compileSchema(schema, exports) {
  const patterns = new Map();
  const functions = [];
  let counter = 0;
  const fresh = (name) => `${name}${++counter}`;
  const fail = (path, keyword, params) =>
    `return err(${path}, ${JSON.stringify(keyword)}${params ? `, ${params}` : ''});`;
  const regex = (source) => {
    if (!patterns.has(source)) patterns.set(source, `r${patterns.size}`);
    return patterns.get(source);
  };
  const refName = (ref) => {
    const match = /^#\/\$defs\/(\w+)$/.exec(ref);
    if (!match || !schema.$defs[match[1]]) throw new Error(`unsupported $ref ${ref}`);
    return `v_${match[1]}`;
  };
  const childPath = (p, key) =>
    IDENTIFIER.test(key)
      ? `${p} + ${JSON.stringify(`.${key}`)}`
      : `${p} + ${JSON.stringify(`[${JSON.stringify(key)}]`)}`;

  /** Statements that check value `v` (a variable name) at path `p` against `s`. */
  function check(s, v, p) {
    for (const key of Object.keys(s)) {
      if (!KEYWORDS.has(key) && !ANNOTATIONS.has(key))
        throw new Error(`unsupported keyword ${key}`);
    }
    const out = [];
    if (s.$ref)
      out.push(`{ const e = ${refName(s.$ref)}(${v}, ${p}); if (e) return e; }`);
    if (s.type) {
      const test = TYPE_TESTS[s.type];
      if (!test) throw new Error(`unsupported type ${JSON.stringify(s.type)}`);
      out.push(`if (${test(v)}) ${fail(p, 'type', JSON.stringify({type: s.type}))}`);
    }
    if ('const' in s) {
      out.push(
        `if (${v} !== ${JSON.stringify(s.const)}) ${fail(p, 'const', JSON.stringify({allowedValue: s.const}))}`,
      );
    }
    if (s.enum) {
      const values = JSON.stringify(s.enum);
      out.push(
        `if (!${values}.includes(${v})) ${fail(p, 'enum', `{allowedValues: ${values}}`)}`,
      );
    }
    if (s.pattern) {
      const r = regex(s.pattern);
      out.push(`if (!${r}.test(${v})) ${fail(p, 'pattern', `{pattern: ${r}.source}`)}`);
    }
    if (s.format) {
      const name = JSON.stringify(s.format);
      out.push(`if (!formats[${name}](${v})) ${fail(p, 'format', `{format: ${name}}`)}`);
    }
    if ('minimum' in s)
      out.push(`if (${v} < ${s.minimum}) ${fail(p, 'minimum', `{limit: ${s.minimum}}`)}`);
    if ('maximum' in s)
      out.push(`if (${v} > ${s.maximum}) ${fail(p, 'maximum', `{limit: ${s.maximum}}`)}`);
    if ('minProperties' in s) {
      out.push(
        `if (Object.keys(${v}).length < ${s.minProperties}) ${fail(p, 'minProperties')}`,
      );
    }
    for (const key of s.required ?? []) {
      out.push(
        `if (!hasOwn(${v}, ${JSON.stringify(key)})) ${fail(childPath(p, key), 'required')}`,
      );
    }
    for (const [key, sub] of Object.entries(s.properties ?? {})) {
      const child = fresh('v');
      const body = check(sub, child, childPath(p, key));
      out.push(
        `if (hasOwn(${v}, ${JSON.stringify(key)})) { const ${child} = ${v}[${JSON.stringify(key)}]; ${body} }`,
      );
    }
    if (s.propertyNames) {
      const key = fresh('k');
      const test = branch(s.propertyNames);
      out.push(
        `for (const ${key} of Object.keys(${v})) if (${test}(${key}, ${p})) ${fail(p, 'propertyNames', `{propertyName: ${key}}`)}`,
      );
    }
    if (s.additionalProperties !== undefined && s.additionalProperties !== true) {
      if (typeof s.additionalProperties !== 'object')
        throw new Error('additionalProperties must be a schema');
      const key = fresh('k');
      const child = fresh('v');
      const known = Object.keys(s.properties ?? {});
      const skip = known.length
        ? `if (${JSON.stringify(known)}.includes(${key})) continue; `
        : '';
      const body = check(s.additionalProperties, child, `key(${p}, ${key})`);
      out.push(
        `for (const ${key} of Object.keys(${v})) { ${skip}const ${child} = ${v}[${key}]; ${body} }`,
      );
    }
    if (s.items) {
      const index = fresh('i');
      const child = fresh('v');
      const body = check(s.items, child, `${p} + "[" + ${index} + "]"`);
      out.push(
        `for (let ${index} = 0; ${index} < ${v}.length; ${index}++) { const ${child} = ${v}[${index}]; ${body} }`,
      );
    }
    if (s.anyOf) {
      const tests = s.anyOf.map((sub) => `${branch(sub)}(${v}, ${p})`);
      out.push(`if (${tests.join(' && ')}) ${fail(p, 'anyOf')}`);
    }
    return out.join('\n');
  }

  /** A function for a sub-schema checked on its own (anyOf branches, property names). */
  function branch(s) {
    if (s.$ref && Object.keys(s).length === 1) return refName(s.$ref);
    const name = fresh('b');
    functions.push(`function ${name}(v, p) {\n${check(s, 'v', 'p')}\n}`);
    return name;
  }

  for (const [name, def] of Object.entries(schema.$defs)) {
    functions.push(`function v_${name}(v, p) {\n${check(def, 'v', 'p')}\n}`);
  }
  functions.push(`function v_Feed(v, p) {\n${check(schema, 'v', 'p')}\n}`);

  const lines = [
    `import {formats} from '../formats.js';`,
    `const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);`,
    `const err = (path, keyword, params) => ({path, keyword, params});`,
    `const isObject = (v) => typeof v == "object" && v !== null && !Array.isArray(v);`,
    `const key = (p, k) => p + (/^[A-Za-z_$][\\w$]*$/.test(k) ? "." + k : "[" + JSON.stringify(k) + "]");`,
    ...[...patterns].map(
      ([source, name]) => `const ${name} = new RegExp(${JSON.stringify(source)}, "u");`,
    ),
    ...functions,
    ...Object.entries(exports).map(
      ([exported, def]) =>
        `export const ${exported} = (data, path = "") => v_${def}(data, path);`,
    ),
  ];
  return lines.join('\n');
}
