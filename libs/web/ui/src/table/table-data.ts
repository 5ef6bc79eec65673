import type { ReactNode } from 'react';

/** A cell as exported: text, a number (kept a number in XLSX), or empty. */
export type CellValue = string | number | null;

/** A column of a table: its header, its raw value (exported) and, optionally, how the page shows it. */
export interface TableColumn<Row> {
  key: string;
  header: string;
  value: (row: Row) => CellValue;
  /** What the page shows; the raw value when absent. */
  render?: (row: Row) => ReactNode;
  /** Right-aligned on the page. */
  numeric?: boolean;
}

/** A table as exported: the header row and the data rows, raw values only. */
export interface TableData {
  headers: string[];
  rows: CellValue[][];
}

export function tableData<Row>(columns: readonly TableColumn<Row>[], rows: readonly Row[]): TableData {
  return {
    headers: columns.map((column) => column.header),
    rows: rows.map((row) => columns.map((column) => column.value(row))),
  };
}
