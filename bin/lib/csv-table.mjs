// The rules of `municipal-widgets from-csv`, with nothing of Node in them, so
// that the feed editor (src/editor/) runs the very same code in the browser.
// The columns are derived from the feed schema, so a property added there is a
// column here with no change: `name` or `name.sv`, `name.en` for localised
// texts, `|` between the values of a list, `address.city` for parts of an
// object, `phones.work` for lists of kinded values, `languages.da` for a
// value per language.

/** The CSV kinds: command-line name → feed list and schema definition. */
export const KINDS = {
  networks: {section: 'networks', definition: 'Network'},
  contacts: {section: 'contacts', definition: 'Contact'},
  'twin-towns': {section: 'twinTowns', definition: 'TwinTown'},
  news: {section: 'news', definition: 'NewsItem'},
  pages: {section: 'pages', definition: 'Page'},
};

const LIST_SEPARATOR = '|';

function resolve(schema, node) {
  let current = node;
  while (current?.$ref) current = schema.$defs[current.$ref.replace('#/$defs/', '')];
  return current ?? {};
}

const isL10n = (node) => node?.$ref === '#/$defs/L10n';
const scalarShape = (node) =>
  node.type === 'integer' || node.type === 'number' ? 'number' : 'text';

/**
 * How each property of a schema definition maps to columns, in the schema's
 * property order (which is also the order of the properties written).
 */
export function columnsFor(schema, definition) {
  const {properties} = schema.$defs[definition];
  return Object.entries(properties).map(([property, raw]) => {
    const node = resolve(schema, raw);
    if (isL10n(raw)) return {property, shape: 'l10n'};
    if (node.type === 'array') {
      const items = resolve(schema, node.items);
      if (isL10n(node.items)) return {property, shape: 'l10n-list'};
      if (items.type === 'object') {
        // A list of {kind, value} pairs, like phones: one column per kind.
        const [kindProperty, valueProperty] = Object.keys(items.properties);
        return {
          property,
          shape: 'kinded',
          kindProperty,
          valueProperty,
          kinds: items.properties[kindProperty].enum,
        };
      }
      return {property, shape: 'list'};
    }
    // An object keyed by language tag (a page's `languages`): a column per language.
    if (node.type === 'object' && !node.properties)
      return {property, shape: 'by-language'};
    if (node.type === 'object') {
      return {
        property,
        shape: 'object',
        parts: Object.entries(node.properties).map(([part, sub]) => ({
          part,
          shape: scalarShape(resolve(schema, sub)),
        })),
      };
    }
    return {property, shape: scalarShape(node)};
  });
}

/**
 * The column names of a kind, as `--template` prints them: the languages of a
 * by-language column are the user's to name, so it has none here.
 */
export function headerFor(columns) {
  return columns.flatMap((column) => {
    if (column.shape === 'by-language') return [];
    if (column.shape === 'object')
      return column.parts.map(({part}) => `${column.property}.${part}`);
    if (column.shape === 'kinded')
      return column.kinds.map((kind) => `${column.property}.${kind}`);
    return [column.property];
  });
}

/** The column names for messages, with `name.LANG` where languages may follow. */
export function documentedHeader(columns) {
  return columns.flatMap((column) =>
    column.shape === 'l10n' || column.shape === 'l10n-list'
      ? [column.property, `${column.property}.LANG`]
      : column.shape === 'by-language'
        ? [`${column.property}.LANG`]
        : headerFor([column]),
  );
}

/**
 * Decodes a CSV file: UTF-8, with or without a byte order mark. Bytes that are
 * not UTF-8 are, in practice, Excel's legacy "CSV (semicolon delimited)"
 * export, which is Windows-1252 in the Nordic and western European locales.
 */
export function decode(bytes) {
  try {
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes), legacy: false};
  } catch {
    return {text: windows1252(bytes), legacy: true};
  }
}

/**
 * Bytes 0x80–0x9F of Windows-1252 (the WHATWG encoding standard's table):
 * Node's TextDecoder('windows-1252') decodes them as Latin-1 C1 controls
 * (nodejs/node#56542), which would turn – ” € ’ into invisible characters.
 * The five bytes Windows-1252 leaves unassigned stay as they are.
 */
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Windows-1252 text: Latin-1, but for 0x80–0x9F. */
const windows1252 = (bytes) =>
  Array.from(bytes, (byte) =>
    byte >= 0x80 && byte <= 0x9f ? CP1252_80_9F[byte - 0x80] : String.fromCharCode(byte),
  ).join('');

/**
 * The delimiter of the header row: Excel writes `;` where the decimal
 * separator is a comma (sv, da, nb, fi, de, it), `,` elsewhere. Header names
 * never contain either, so counting them on the first line is reliable.
 */
export function sniffDelimiter(text) {
  const header = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/, 1)[0] ?? '';
  const count = (c) => header.split(c).length - 1;
  return [';', '\t', ','].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

/**
 * Parses CSV text into its header and rows, each with its spreadsheet row
 * number (the header is row 1), with csv-parse's `parse` (its Node or its
 * browser build, which the caller imports). Throws csv-parse's error for text that is not
 * CSV at all, such as an unclosed quote.
 */
export function readTable(text, parse) {
  const records = parse(text, {
    delimiter: sniffDelimiter(text),
    bom: true,
    relax_column_count: true,
    // A stray quote inside an unquoted cell (Malmö "City") is text, as in Excel.
    relax_quotes: true,
  });
  const [header = [], ...rest] = records;
  const rows = rest
    .map((cells, index) => ({cells, row: index + 2}))
    // Spreadsheets export trailing blank rows as ";;;;".
    .filter(({cells}) => cells.some((cell) => cell.trim() !== ''));
  return {header, rows};
}

/**
 * Matches header cells to columns, case-insensitively for property names.
 * Returns the mapping per cell (undefined for blank header cells) and
 * problems for unknown and repeated columns.
 */
function mapHeader(header, columns, languagePattern) {
  const byName = new Map(
    columns.map((column) => [column.property.toLowerCase(), column]),
  );
  const seen = new Set();
  const problems = [];
  const mapping = header.map((raw) => {
    const name = raw.trim();
    if (!name) return undefined;
    const dot = name.indexOf('.');
    const head = (dot < 0 ? name : name.slice(0, dot)).toLowerCase();
    const tail = dot < 0 ? undefined : name.slice(dot + 1);
    const column = byName.get(head);
    let target;
    if (
      column &&
      tail === undefined &&
      column.shape !== 'object' &&
      column.shape !== 'kinded' &&
      column.shape !== 'by-language'
    ) {
      target = {column};
    } else if (column && tail !== undefined) {
      if (
        (column.shape === 'l10n' ||
          column.shape === 'l10n-list' ||
          column.shape === 'by-language') &&
        languagePattern.test(tail)
      ) {
        target = {column, language: tail};
      } else if (column.shape === 'object') {
        const part = column.parts.find(
          (p) => p.part.toLowerCase() === tail.toLowerCase(),
        );
        if (part) target = {column, part: part.part};
      } else if (column.shape === 'kinded') {
        const kind = column.kinds.find((k) => k === tail.toLowerCase());
        if (kind) target = {column, kind};
      }
    }
    if (!target) {
      problems.push({column: name, key: 'csvUnknownColumn'});
      return undefined;
    }
    const id = [
      column.property,
      target.language ?? target.part ?? target.kind ?? '',
    ].join('.');
    if (seen.has(id.toLowerCase())) {
      problems.push({column: name, key: 'csvDuplicateColumn'});
      return undefined;
    }
    seen.add(id.toLowerCase());
    return target;
  });
  return {mapping, problems};
}

/**
 * A number as spreadsheets write it: `58.28`, or with the decimal comma of the
 * Nordic and German locales, `58,28`. Anything else is kept as text, so that
 * the validator names the cell ("must be of type integer").
 */
function toNumber(text) {
  return /^[+-]?\d+(?:[.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : text;
}

const splitList = (text) => text.split(LIST_SEPARATOR).map((piece) => piece.trim());

/** Reads one row into an entry, reporting cell problems by property. */
function toEntry(cells, mapping, columns) {
  const values = new Map(columns.map((column) => [column, []]));
  const problems = [];
  if (
    cells.length > mapping.length &&
    cells.slice(mapping.length).some((c) => c.trim())
  ) {
    problems.push({key: 'csvExtraCells'});
  }
  mapping.forEach((target, index) => {
    const cell = (cells[index] ?? '').trim();
    if (target && cell) values.get(target.column).push({...target, cell});
  });
  const entry = {};
  for (const column of columns) {
    const filled = values.get(column);
    if (!filled.length) continue;
    const {property, shape} = column;
    const plain = filled.find((f) => !f.language && !f.part && !f.kind);
    const localised = filled.filter((f) => f.language);
    if ((shape === 'l10n' || shape === 'l10n-list') && plain && localised.length) {
      problems.push({
        property,
        key: 'csvBoth',
        params: {
          column: property,
          columns: localised.map((f) => `${property}.${f.language}`).join(', '),
        },
      });
      continue;
    }
    switch (shape) {
      case 'text':
        entry[property] = plain.cell;
        break;
      case 'number':
        entry[property] = toNumber(plain.cell);
        break;
      case 'list':
        entry[property] = splitList(plain.cell).filter(Boolean);
        break;
      case 'l10n':
        entry[property] = plain
          ? plain.cell
          : Object.fromEntries(localised.map((f) => [f.language, f.cell]));
        break;
      case 'by-language':
        entry[property] = Object.fromEntries(localised.map((f) => [f.language, f.cell]));
        break;
      case 'l10n-list': {
        if (plain) {
          entry[property] = splitList(plain.cell).filter(Boolean);
          break;
        }
        const lists = localised.map((f) => [f.language, splitList(f.cell)]);
        if (new Set(lists.map(([, list]) => list.length)).size > 1) {
          problems.push({
            property,
            key: 'csvListLengths',
            params: {
              columns: localised.map((f) => `${property}.${f.language}`).join(', '),
            },
          });
          continue;
        }
        entry[property] = lists[0][1].map((_, i) =>
          Object.fromEntries(
            lists.filter(([, list]) => list[i]).map(([lang, list]) => [lang, list[i]]),
          ),
        );
        break;
      }
      case 'object':
        entry[property] = Object.fromEntries(
          column.parts
            .map(({part, shape: partShape}) => {
              const cell = filled.find((f) => f.part === part)?.cell;
              return [part, cell && partShape === 'number' ? toNumber(cell) : cell];
            })
            .filter(([, value]) => value !== undefined),
        );
        break;
      case 'kinded':
        entry[property] = column.kinds.flatMap((kind) => {
          const cell = filled.find((f) => f.kind === kind)?.cell;
          return cell
            ? splitList(cell)
                .filter(Boolean)
                .map((value) => ({
                  [column.kindProperty]: kind,
                  [column.valueProperty]: value,
                }))
            : [];
        });
        break;
    }
  }
  return {entry, problems};
}

/**
 * Turns a parsed table into entries of a kind. Problems are
 * `{row, column?, property?, key, params?}`, with message keys of bin/messages.mjs;
 * `rows[i]` is the spreadsheet row of `entries[i]`.
 */
export function tableToEntries(table, schema, definition) {
  const columns = columnsFor(schema, definition);
  const languagePattern = new RegExp(schema.$defs.LanguageTag.pattern, 'u');
  const {mapping, problems} = mapHeader(table.header, columns, languagePattern);
  const headerProblems = problems.map((problem) => ({...problem, row: 1}));
  const entries = [];
  const rows = [];
  const rowProblems = [];
  for (const {cells, row} of table.rows) {
    const {entry, problems: cellProblems} = toEntry(cells, mapping, columns);
    for (const problem of cellProblems) {
      rowProblems.push({...problem, row, index: entries.length});
    }
    entries.push(entry);
    rows.push(row);
  }
  return {entries, rows, problems: [...headerProblems, ...rowProblems], columns};
}
