// Turns a spreadsheet saved as CSV into entries of one feed list: the rules
// are in csv-table.mjs (shared with the feed editor); this adds what needs
// Node, reading the schema from disk.
import {readFile} from 'node:fs/promises';
import {parse} from 'csv-parse/sync';
import {readTable as readTableWith} from './csv-table.mjs';

export {
  KINDS,
  columnsFor,
  headerFor,
  documentedHeader,
  decode,
  sniffDelimiter,
  tableToEntries,
} from './csv-table.mjs';

/** Parses CSV text into its header and rows (see csv-table.mjs). */
export const readTable = (text) => readTableWith(text, parse);

const SCHEMA_FILES = ['../../dist/feed.schema.json', '../../src/feed/feed.schema.json'];

/** Where the published schema should be, for the message when it is missing. */
export const schemaFile = () =>
  decodeURIComponent(new URL(SCHEMA_FILES[0], import.meta.url).pathname);

/**
 * The published schema (dist/, written by `npm run generate`), or in a
 * checkout that has not generated it yet, its source. Undefined when neither
 * is there.
 */
export async function loadSchema() {
  for (const path of SCHEMA_FILES) {
    try {
      return JSON.parse(await readFile(new URL(path, import.meta.url), 'utf8'));
    } catch (error) {
      if (error?.code !== 'ENOENT') throw error;
    }
  }
  return undefined;
}
