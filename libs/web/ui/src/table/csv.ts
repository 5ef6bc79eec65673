import type { CellValue, TableData } from './table-data';

// Spreadsheets run a text cell that starts with one of these as a formula (CSV injection): an
// organisation named "=HYPERLINK(…)" from an imported file must stay text.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A table as CSV (RFC 4180: comma-separated, CRLF line ends, quotes where needed), numbers with a
 * decimal point so that they read back as numbers. The file gets a UTF-8 byte-order mark (see
 * `csvBlob`) for Excel to read æ, ø and å; XLSX is the export for spreadsheet users.
 */
export function toCsv({ headers, rows }: TableData): string {
  return [headers, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function csvBlob(table: TableData): Blob {
  return new Blob(['\uFEFF', toCsv(table)], { type: 'text/csv;charset=utf-8' });
}
