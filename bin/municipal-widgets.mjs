#!/usr/bin/env node
// The municipal-widgets command: `validate` checks feeds with the very validator
// the elements run in the page, `from-csv` lets editors keep a list in a
// spreadsheet, `protect-emails` keeps addresses out of harvesters' reach in
// the published feed, and `prerender` fills a page's elements with their
// blocks so that they show before and without JavaScript. Exit codes: 0 valid,
// 1 problems found, 2 unreadable input or a
// wrong command line.
import {readFile, rename, rm, writeFile} from 'node:fs/promises';
import {parseArgs} from 'node:util';
import {LANGUAGES} from './messages.mjs';
import {languageFromEnv, translator} from './lib/i18n.mjs';
import {
  DEFAULT_TIMEOUT,
  ReadError,
  describeReadError,
  explain,
  feedUrlOf,
  loadValidator,
  printable,
  printableJson,
  readBytes,
  readFeed,
  summary,
  validatorFile,
} from './lib/feed.mjs';
import {
  KINDS,
  columnsFor,
  decode,
  documentedHeader,
  headerFor,
  loadSchema,
  readTable,
  schemaFile,
  tableToEntries,
} from './lib/csv.mjs';
import {fromLib} from './lib/from-lib.mjs';
import {loadEncoder, protectFeed} from './lib/protect.mjs';

const OPTIONS = {
  json: {type: 'boolean'},
  timeout: {type: 'string'},
  out: {type: 'string'},
  merge: {type: 'string'},
  template: {type: 'boolean'},
  feed: {type: 'string'},
  'page-lang': {type: 'string'},
  lang: {type: 'string'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean'},
};
const COMMAND_OPTIONS = {
  validate: ['json', 'timeout'],
  'from-csv': ['out', 'merge', 'template', 'timeout'],
  'protect-emails': ['out', 'timeout'],
  prerender: ['feed', 'out', 'page-lang', 'timeout'],
};
const GLOBAL_OPTIONS = ['lang', 'help', 'version'];

/** Exit codes, as documented in the usage text. */
const EXIT = {valid: 0, invalid: 1, unreadable: 2};

/** Only for validating a list on its own: `--merge` brings the real publisher. */
const PLACEHOLDER_PUBLISHER = {
  name: 'municipal-widgets from-csv',
  language: 'en',
  country: 'SE',
};

/** A command line we cannot act on; printed with a pointer to --help. */
class UsageError extends Error {
  constructor(key, params = {}) {
    super(key);
    this.key = key;
    this.params = params;
  }
}

const out = (line) => process.stdout.write(`${line}\n`);
const err = (line) => process.stderr.write(`${line}\n`);

const isPlainObject = (value) =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseTimeout(text) {
  if (text === undefined) return DEFAULT_TIMEOUT;
  const timeout = Number(text);
  if (!Number.isInteger(timeout) || timeout <= 0) throw new UsageError('errTimeout');
  return timeout;
}

/** `path: message — hint`, the line each problem gets. */
function problemLine({path, message, hint}, tr) {
  return printable(`${path || tr.t('wholeFeed')}: ${message} — ${hint}`);
}

/** Prints why a source could not be read; returns the exit code. */
function reportReadError(error, source, {json, timeout}, tr) {
  if (!(error instanceof ReadError)) throw error;
  const [key, params] = describeReadError(error, source, timeout);
  const message = printable(tr.t(key, params));
  if (json) {
    out(
      printableJson({
        source,
        valid: false,
        error: {kind: error.kind, ...error.detail, message},
        problems: [],
        counts: null,
      }),
    );
  } else {
    err(message);
    if (error.kind === 'not-json') err(tr.t('hintNotJson'));
  }
  return EXIT.unreadable;
}

async function requireValidator(tr) {
  const validateFeed = await loadValidator();
  if (!validateFeed) err(tr.t('errNoValidator', {file: validatorFile()}));
  return validateFeed;
}

async function validate(sources, values, tr) {
  if (!sources.length) throw new UsageError('errNoFeed');
  const timeout = parseTimeout(values.timeout);
  const validateFeed = await requireValidator(tr);
  if (!validateFeed) return EXIT.unreadable;
  // With several feeds every line names its feed, as grep does with several files.
  const prefix = (source) => (sources.length > 1 ? `${printable(source)}: ` : '');
  let exit = EXIT.valid;
  for (const source of sources) {
    let data;
    try {
      data = await readFeed(source, {timeout});
    } catch (error) {
      exit = Math.max(
        exit,
        reportReadError(error, source, {json: values.json, timeout}, tr),
      );
      continue;
    }
    const result = explain(validateFeed, data, tr, {feedUrl: feedUrlOf(source)});
    if (values.json) {
      // One object per line (JSON Lines), however many feeds were named.
      out(printableJson({source, ...result, summary: summary(result, tr)}));
    } else {
      for (const problem of result.problems)
        out(prefix(source) + problemLine(problem, tr));
      out(prefix(source) + summary(result, tr));
    }
    exit = Math.max(exit, result.valid ? EXIT.valid : EXIT.invalid);
  }
  return exit;
}

/** Writes next to the target, then renames, so `--out` may name the `--merge` feed. */
async function writeAtomically(file, text) {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, {force: true});
    throw error;
  }
}

function csvProblemLine(problem, {section, kindName, columns}, tr, withoutHint = false) {
  const {t} = tr;
  const hintKey = `hint${problem.key[0].toUpperCase()}${problem.key.slice(1)}`;
  const params = {
    kind: kindName,
    columns: documentedHeader(columns).join(', '),
    ...problem.params,
  };
  const where =
    problem.column !== undefined
      ? `"${problem.column}"`
      : `${section}[${problem.index}]${problem.property ? `.${problem.property}` : ''}`;
  const hint = withoutHint ? '' : ` — ${t(hintKey, params)}`;
  return printable(
    `${t('row', {row: problem.row})}, ${where}: ${t(problem.key, params)}${hint}`,
  );
}

async function fromCsv(positionals, values, tr) {
  const [kindName, file, ...extra] = positionals;
  if (!kindName) throw new UsageError('errNoKind');
  if (!Object.hasOwn(KINDS, kindName)) {
    throw new UsageError('errUnknownKind', {
      kind: kindName,
      kinds: tr.or(Object.keys(KINDS)),
    });
  }
  const {section, definition} = KINDS[kindName];
  const schema = await loadSchema();
  if (!schema) {
    err(tr.t('errNoSchema', {file: schemaFile()}));
    return EXIT.unreadable;
  }
  const columns = columnsFor(schema, definition);
  if (values.template) {
    if (file !== undefined) throw new UsageError('errExtraArgument', {argument: file});
    out(headerFor(columns).join(','));
    return EXIT.valid;
  }
  if (file === undefined) throw new UsageError('errNoKind');
  if (extra.length) throw new UsageError('errExtraArgument', {argument: extra[0]});
  const timeout = parseTimeout(values.timeout);
  const validateFeed = await requireValidator(tr);
  if (!validateFeed) return EXIT.unreadable;

  let table;
  try {
    const {text, legacy} = decode(await readBytes(file));
    if (legacy) err(tr.t('noteLatin1', {source: file}));
    table = readTable(text);
  } catch (error) {
    if (!error?.code?.startsWith?.('CSV_'))
      return reportReadError(error, file, {timeout}, tr);
    err(printable(tr.t('errCsv', {source: file, detail: error.message})));
    return EXIT.unreadable;
  }
  if (!table.header.some((cell) => cell.trim())) {
    err(tr.t('errCsvEmpty', {source: file}));
    return EXIT.unreadable;
  }
  const {
    entries,
    rows,
    problems: csvProblems,
  } = tableToEntries(table, schema, definition);

  let base;
  if (values.merge !== undefined) {
    try {
      base = await readFeed(values.merge, {timeout});
    } catch (error) {
      return reportReadError(error, values.merge, {timeout}, tr);
    }
  }
  const feed =
    base === undefined
      ? {version: 1, publisher: PLACEHOLDER_PUBLISHER, [section]: entries}
      : isPlainObject(base)
        ? {...base, [section]: entries}
        : base;
  // Without the feed's contacts, every contact id would look dangling.
  const unchecked = (p) => base === undefined && p.kind === 'dangling-contact';
  const result = explain(validateFeed, feed, tr, {ignore: unchecked});
  if (base === undefined && explain(validateFeed, feed, tr).problems.some(unchecked)) {
    err(tr.t('noteRefsUnchecked'));
  }
  // A cell the CSV reader already reported needs no second, vaguer report.
  const reported = csvProblems
    .filter((p) => p.property)
    .map((p) => `${section}[${p.index}].${p.property}`);
  const problems = result.problems.filter(
    (p) => !reported.some((path) => p.path === path || p.path.startsWith(`${path}.`)),
  );

  if (csvProblems.length || problems.length) {
    const context = {section, kindName, columns};
    // The list of columns is long: it follows the first unknown column only.
    const unknown = csvProblems.filter((p) => p.key === 'csvUnknownColumn');
    for (const problem of csvProblems) {
      err(
        csvProblemLine(
          problem,
          context,
          tr,
          problem !== unknown[0] && unknown.includes(problem),
        ),
      );
    }
    for (const problem of problems) {
      const index = new RegExp(`^${section}\\[(\\d+)\\]`).exec(problem.path)?.[1];
      const row =
        index === undefined ? '' : `${tr.t('row', {row: rows[Number(index)]})}, `;
      err(row + problemLine(problem, tr));
    }
    const n = csvProblems.length + problems.length;
    err(`${tr.t('problems', {n})}. ${tr.t('noteNotWritten')}`);
    return EXIT.invalid;
  }

  const json = `${printableJson(base === undefined ? entries : feed, 2)}\n`;
  const verdict = summary(
    base === undefined ? {...result, counts: {[section]: entries.length}} : result,
    tr,
  );
  if (values.out !== undefined) {
    try {
      await writeAtomically(values.out, json);
    } catch (error) {
      err(tr.t('errWrite', {file: values.out, detail: error?.code ?? String(error)}));
      return EXIT.unreadable;
    }
    err(`${tr.t('noteWritten', {file: values.out})} ${verdict}`);
  } else {
    process.stdout.write(json);
    err(verdict);
  }
  return EXIT.valid;
}

/**
 * Reads and validates the feed a command writes something from: `{data}`, or
 * `{exit}` once its problems are printed. A command never publishes from a
 * feed with problems: the elements would skip a broken entry, a file made
 * from the feed would keep it.
 */
async function readValidFeed(validateFeed, source, timeout, tr) {
  let data;
  try {
    data = await readFeed(source, {timeout});
  } catch (error) {
    return {exit: reportReadError(error, source, {timeout}, tr)};
  }
  const result = explain(validateFeed, data, tr, {feedUrl: feedUrlOf(source)});
  if (!result.valid) {
    for (const problem of result.problems) err(problemLine(problem, tr));
    err(`${summary(result, tr)} ${tr.t('noteNotWritten')}`);
    return {exit: EXIT.invalid};
  }
  return {data};
}

/** Writes a command's result to `out` (or standard output, without one or for -), then `note`. */
async function writeResult(text, out, note, tr) {
  if (out === undefined || out === '-') {
    process.stdout.write(text);
    err(note);
    return EXIT.valid;
  }
  try {
    await writeAtomically(out, text);
  } catch (error) {
    err(tr.t('errWrite', {file: out, detail: error?.code ?? String(error)}));
    return EXIT.unreadable;
  }
  err(`${tr.t('noteWritten', {file: out})} ${note}`);
  return EXIT.valid;
}

/**
 * Writes the feed with every e-mail address protected. A feed with problems is
 * not written at all: protecting it would publish them.
 */
async function protectEmails(positionals, values, tr) {
  const [source, ...extra] = positionals;
  if (source === undefined) throw new UsageError('errNoFeed');
  if (extra.length) throw new UsageError('errExtraArgument', {argument: extra[0]});
  const timeout = parseTimeout(values.timeout);
  const [validateFeed, schema, protectEmail] = await Promise.all([
    requireValidator(tr),
    loadSchema(),
    loadEncoder(),
  ]);
  if (!validateFeed) return EXIT.unreadable;
  if (!schema) {
    err(tr.t('errNoSchema', {file: schemaFile()}));
    return EXIT.unreadable;
  }
  if (!protectEmail) {
    err(tr.t('errNoValidator', {file: validatorFile()}));
    return EXIT.unreadable;
  }
  const {data, exit} = await readValidFeed(validateFeed, source, timeout, tr);
  if (exit !== undefined) return exit;
  const {feed, count} = protectFeed(data, schema, protectEmail);
  const json = `${printableJson(feed, 2)}\n`;
  const note = tr.t('noteProtected', {n: count});
  return writeResult(json, values.out, note, tr);
}

/** The prerenderer (lib/prerender/, npm run build); `undefined` before it is built. */
const loadPrerender = async () => (await fromLib('prerender/prerender.js'))?.prerender;

/** The page's text, exactly: a byte order mark kept, so that it is written back. */
async function readPage(source) {
  const bytes = await readBytes(source);
  try {
    return new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes);
  } catch {
    throw new ReadError('not-utf8');
  }
}

async function prerenderPage(positionals, values, tr) {
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError('errNoPage');
  if (extra.length) throw new UsageError('errExtraArgument', {argument: extra[0]});
  const source = values.feed;
  if (source === undefined) throw new UsageError('errNoPageFeed');
  if (file === '-' && source === '-') throw new UsageError('errBothStdin');
  const timeout = parseTimeout(values.timeout);
  const validateFeed = await requireValidator(tr);
  const prerender = validateFeed && (await loadPrerender());
  if (!prerender) {
    if (validateFeed) err(tr.t('errNoValidator', {file: validatorFile()}));
    return EXIT.unreadable;
  }
  let page;
  try {
    page = await readPage(file);
  } catch (error) {
    return reportReadError(error, file, {timeout}, tr);
  }
  const {data, exit} = await readValidFeed(validateFeed, source, timeout, tr);
  if (exit !== undefined) return exit;
  const rendered = await prerender(page, data, {
    language: values['page-lang'],
    feedUrl: source,
  });
  // What the elements would log in the page: an unknown id, say. They still render.
  for (const {tag, path, message} of rendered.problems)
    err(printable(`<${tag}> ${path} ${message}`));
  const note = tr.t('notePrerendered', {n: rendered.elements});
  if (rendered.styleHashes.length)
    err(tr.t('noteStyleHashes', {hashes: rendered.styleHashes.join(' ')}));
  return writeResult(rendered.html, values.out, note, tr);
}

async function version() {
  const pkg = JSON.parse(
    await readFile(new URL('../package.json', import.meta.url), 'utf8'),
  );
  out(pkg.version);
}

/** Runs the command line; resolves to the exit code. */
async function main(args) {
  // A first, lenient pass finds --lang so that even errors in the command line
  // itself are reported in the language asked for.
  const loose = parseArgs({
    args,
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
  });
  const asked = typeof loose.values.lang === 'string' ? loose.values.lang : undefined;
  const language = asked && LANGUAGES.includes(asked) ? asked : languageFromEnv();
  const tr = translator(language);
  try {
    if (asked !== undefined && !LANGUAGES.includes(asked)) {
      throw new UsageError('errLang', {lang: asked, languages: tr.or(LANGUAGES)});
    }
    let parsed;
    try {
      parsed = parseArgs({args, options: OPTIONS, allowPositionals: true});
    } catch (error) {
      throw new UsageError('errOption', {detail: error.message});
    }
    const {values, positionals} = parsed;
    const [command, ...rest] = positionals;
    if (values.version) {
      await version();
      return EXIT.valid;
    }
    if (values.help || command === 'help') {
      out(tr.t('usage'));
      return EXIT.valid;
    }
    if (command === undefined) {
      err(tr.t('usage'));
      return EXIT.unreadable;
    }
    if (!Object.hasOwn(COMMAND_OPTIONS, command)) {
      throw new UsageError('errUnknownCommand', {command});
    }
    for (const option of Object.keys(values)) {
      if (
        !GLOBAL_OPTIONS.includes(option) &&
        !COMMAND_OPTIONS[command].includes(option)
      ) {
        throw new UsageError('errOptionNotFor', {option, command});
      }
    }
    if (command === 'validate') return await validate(rest, values, tr);
    if (command === 'protect-emails') return await protectEmails(rest, values, tr);
    if (command === 'prerender') return await prerenderPage(rest, values, tr);
    return await fromCsv(rest, values, tr);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(printable(tr.t(error.key, error.params)));
    err(tr.t('errSeeHelp'));
    return EXIT.unreadable;
  }
}

process.exitCode = await main(process.argv.slice(2));
