// Types of csv-table.mjs, for the feed editor (src/editor/), which imports it.
export interface CsvColumn {
  property: string;
  shape:
    | 'text'
    | 'number'
    | 'list'
    | 'l10n'
    | 'l10n-list'
    | 'by-language'
    | 'object'
    | 'kinded';
}
export interface CsvProblem {
  row: number;
  index?: number;
  column?: string;
  property?: string;
  key:
    | 'csvUnknownColumn'
    | 'csvDuplicateColumn'
    | 'csvBoth'
    | 'csvListLengths'
    | 'csvExtraCells';
  params?: Record<string, string>;
}
export interface CsvTable {
  header: string[];
  rows: {cells: string[]; row: number}[];
}
export const KINDS: Record<
  'networks' | 'contacts' | 'twin-towns' | 'news' | 'pages',
  {
    section: 'networks' | 'contacts' | 'twinTowns' | 'news' | 'pages';
    definition: string;
  }
>;
export function columnsFor(schema: unknown, definition: string): CsvColumn[];
export function headerFor(columns: CsvColumn[]): string[];
export function documentedHeader(columns: CsvColumn[]): string[];
export function decode(bytes: Uint8Array): {text: string; legacy: boolean};
export function sniffDelimiter(text: string): string;
export function readTable(
  text: string,
  parse: (text: string, options: Record<string, unknown>) => string[][],
): CsvTable;
export function tableToEntries(
  table: CsvTable,
  schema: unknown,
  definition: string,
): {
  entries: Record<string, unknown>[];
  rows: number[];
  problems: CsvProblem[];
  columns: CsvColumn[];
};
