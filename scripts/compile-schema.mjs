// Compiles the feed schema into small, dependency-free validator functions at
// build time. It understands exactly the JSON Schema keywords the feed schema
// uses and refuses any other, so a schema change it cannot honour fails the
// build instead of being ignored. scripts/check-validators.mjs holds its
// verdicts against Ajv's on every fixture and on mutated entries.
//
// Each schema in $defs becomes `const v_Name = …`, composed at build time from
// the few small checkers below, one per keyword. A checker is `(v, p) => …`:
// undefined for valid data, or the first problem: {path, keyword, params},
// where `path` is a JSON path such as `networks[3].homepage` (`p` is the path
// so far). Checks run in the order of KEYWORDS, so each keyword after `type`
// may assume the type holds.

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$defs']);
const KEYWORDS = [
  '$ref',
  'type',
  'const',
  'enum',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'minProperties',
  'required',
  'properties',
  'propertyNames',
  'additionalProperties',
  'items',
  'anyOf',
];
const TYPES = new Set(['string', 'integer', 'number', 'object', 'array']);

/** The checkers the generated module composes its validators from. */
const RUNTIME = `
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const err = (path, keyword, params) => ({path, keyword, params});
const key = (p, k) => p + (/^[A-Za-z_$][\\w$]*$/.test(k) ? "." + k : "[" + JSON.stringify(k) + "]");
const isObject = (v) => typeof v == "object" && v !== null && !Array.isArray(v);
const TYPES = {
  string: (v) => typeof v == "string",
  integer: Number.isInteger,
  number: (v) => typeof v == "number" && isFinite(v),
  object: isObject,
  array: Array.isArray,
};
const first = (checks, v, p) => {
  for (const check of checks) {
    const e = check(v, p);
    if (e) return e;
  }
};
const all = (...checks) => (v, p) => first(checks, v, p);
const rule = (test, keyword, params) => (v, p) => (test(v) ? undefined : err(p, keyword, params));
const type = (t) => rule(TYPES[t], "type", {type: t});
const constant = (c) => rule((v) => v === c, "const", {allowedValue: c});
const oneOf = (values) => rule((v) => values.includes(v), "enum", {allowedValues: values});
const pattern = (source) => {
  const r = new RegExp(source, "u");
  return rule((v) => r.test(v), "pattern", {pattern: source});
};
const format = (f) => rule(formats[f], "format", {format: f});
const minimum = (n) => rule((v) => v >= n, "minimum", {limit: n});
const maximum = (n) => rule((v) => v <= n, "maximum", {limit: n});
const minProperties = (n) => rule((v) => Object.keys(v).length >= n, "minProperties");
// A problem names the innermost property it is in (params.property), so that
// readers need not parse it out of the path.
const inProperty = (e, k) =>
  !e || e.params?.property !== undefined ? e : {...e, params: {...e.params, property: k}};
const required = (keys) => (v, p) => {
  for (const k of keys) if (!hasOwn(v, k)) return err(key(p, k), "required", {property: k});
};
const properties = (checks) => (v, p) => {
  for (const k of Object.keys(checks)) {
    const e = hasOwn(v, k) && checks[k](v[k], key(p, k));
    if (e) return inProperty(e, k);
  }
};
const propertyNames = (check) => (v, p) => {
  for (const k of Object.keys(v)) if (check(k, p)) return err(p, "propertyNames", {propertyName: k});
};
const additionalProperties = (known, check) => (v, p) => {
  for (const k of Object.keys(v)) {
    const e = !known.includes(k) && check(v[k], key(p, k));
    if (e) return inProperty(e, k);
  }
};
const items = (check) => (v, p) => {
  for (let i = 0; i < v.length; i++) {
    const e = check(v[i], p + "[" + i + "]");
    if (e) return e;
  }
};
const anyOf = (...checks) => (v, p) => (checks.every((check) => check(v, p)) ? err(p, "anyOf") : undefined);
`;

/**
 * A call of a runtime combinator, marked pure: building a checker has no
 * effects, so a bundle leaves out the validators it does not use (the whole
 * feed's, which the store never calls).
 */
const call = (fn, args) => `/* @__PURE__ */ ${fn}(${args})`;

/** Returns the source of an ES module exporting one validator per named $def (and `validateFeed`). */
export function compileSchema(schema, exports) {
  const json = (value) => JSON.stringify(value);
  const refName = (ref) => {
    const match = /^#\/\$defs\/(\w+)$/.exec(ref);
    if (!match || !schema.$defs[match[1]]) throw new Error(`unsupported $ref ${ref}`);
    // A wrapper, so that a definition may refer to one defined after it.
    return `(v, p) => v_${match[1]}(v, p)`;
  };

  /** The expression of a checker for schema `s`. */
  function checker(s) {
    for (const key of Object.keys(s)) {
      if (!KEYWORDS.includes(key) && !ANNOTATIONS.has(key))
        throw new Error(`unsupported keyword ${key}`);
    }
    const checks = [];
    for (const keyword of KEYWORDS) {
      if (!(keyword in s)) continue;
      const value = s[keyword];
      switch (keyword) {
        case '$ref':
          checks.push(refName(value));
          break;
        case 'type':
          if (!TYPES.has(value)) throw new Error(`unsupported type ${json(value)}`);
          checks.push(call('type', json(value)));
          break;
        case 'const':
          checks.push(call('constant', json(value)));
          break;
        case 'enum':
          checks.push(call('oneOf', json(value)));
          break;
        case 'required':
          checks.push(call('required', json(value)));
          break;
        case 'properties': {
          const entries = Object.entries(value).map(
            ([k, sub]) => `${json(k)}: ${checker(sub)}`,
          );
          checks.push(call('properties', `{${entries.join(', ')}}`));
          break;
        }
        case 'additionalProperties':
          if (value === true) break;
          if (typeof value !== 'object')
            throw new Error('additionalProperties must be a schema');
          checks.push(
            call(
              'additionalProperties',
              `${json(Object.keys(s.properties ?? {}))}, ${checker(value)}`,
            ),
          );
          break;
        case 'propertyNames':
        case 'items':
          checks.push(call(keyword, checker(value)));
          break;
        case 'anyOf':
          checks.push(call('anyOf', value.map(checker).join(', ')));
          break;
        default:
          checks.push(call(keyword, json(value)));
      }
    }
    if (checks.length === 0) return '() => undefined';
    return checks.length === 1 ? checks[0] : call('all', checks.join(', '));
  }

  const lines = [
    `import {formats} from '../formats.js';`,
    RUNTIME,
    ...Object.entries(schema.$defs).map(
      ([name, def]) => `const v_${name} = ${checker(def)};`,
    ),
    `const v_Feed = ${checker(schema)};`,
    ...Object.entries(exports).map(
      ([exported, def]) =>
        `export const ${exported} = (data, path = "") => v_${def}(data, path);`,
    ),
  ];
  return lines.join('\n');
}
