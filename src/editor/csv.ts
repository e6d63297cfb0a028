/**
 * The CSV import: the rules of `municipal-widgets from-csv` (bin/lib/csv-table.mjs,
 * the same module the command line runs), with csv-parse's browser build.
 */
import {parse} from 'csv-parse/browser/esm/sync';
import {
  KINDS,
  columnsFor,
  decode,
  headerFor,
  readTable,
  tableToEntries,
  type CsvProblem,
} from '../../bin/lib/csv-table.mjs';
import {validateFeed} from '../feed/validate.js';
import {isObject, type Json, type JsonObject, type Section} from './doc.js';
import {CSV_KIND} from './fields.js';
import {schema} from './generated/schema.js';

export interface CsvImport {
  section: Section;
  kind: string;
  /** Set when the file is not CSV at all. */
  error?: string;
  legacy: boolean;
  entries: JsonObject[];
  problems: CsvProblem[];
  /** How many entries the list had. */
  before: number;
  added: string[];
  removed: string[];
  changedIds: string[];
  same: number;
  /** Problems the validator finds in the feed with the new list. */
  validation: number;
}

const idOf = (entry: Json) =>
  isObject(entry) && typeof entry.id === 'string' ? entry.id : '';

/** Reads a CSV file into entries for a list, and what replacing the list would change. */
export function csvImport(
  bytes: Uint8Array,
  section: Section,
  doc: JsonObject,
): CsvImport {
  const kind = CSV_KIND[section];
  const {definition} = KINDS[kind];
  const old = Array.isArray(doc[section]) ? (doc[section] as Json[]) : [];
  const result: CsvImport = {
    section,
    kind,
    legacy: false,
    entries: [],
    problems: [],
    before: old.length,
    added: [],
    removed: [],
    changedIds: [],
    same: 0,
    validation: 0,
  };
  let table;
  try {
    const {text, legacy} = decode(bytes);
    result.legacy = legacy;
    table = readTable(text, parse as never);
  } catch (error) {
    return {...result, error: (error as Error).message};
  }
  if (!table.header.some((cell) => cell.trim())) return {...result, error: '∅'};
  const {entries, problems} = tableToEntries(table, schema, definition);
  result.entries = entries as JsonObject[];
  result.problems = problems;
  const before = new Map(old.map((entry) => [idOf(entry), JSON.stringify(entry)]));
  const after = new Set(entries.map((entry) => idOf(entry as Json)));
  for (const entry of entries) {
    const id = idOf(entry as Json);
    if (!before.has(id)) result.added.push(id || '?');
    else if (before.get(id) === JSON.stringify(entry)) result.same++;
    else result.changedIds.push(id);
  }
  result.removed = [...before.keys()]
    .filter((id) => !after.has(id))
    .map((id) => id || '?');
  result.validation = validateFeed({...doc, [section]: entries}).problems.filter(
    (p) => p.section === section,
  ).length;
  return result;
}

/** The header row `from-csv --template` prints, for a spreadsheet to start from. */
export const csvTemplate = (section: Section) =>
  `${headerFor(columnsFor(schema, KINDS[CSV_KIND[section]].definition)).join(',')}\r\n`;
