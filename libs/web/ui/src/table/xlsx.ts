import type { TableData } from './table-data';

/**
 * A table as an XLSX workbook with one sheet, a bold header row, numbers as numbers. The writer is
 * imported here, on export, so it is a chunk of its own that no page downloads up front.
 */
export async function xlsxBlob({ headers, rows }: TableData, sheet: string): Promise<Blob> {
  const { default: writeExcelFile } = await import('write-excel-file/universal');
  const header = headers.map((value) => ({ value, fontWeight: 'bold' as const }));
  // Sheet names: at most 31 characters, none of : \ / ? * [ ].
  const sheetName = sheet.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1';
  return writeExcelFile([header, ...rows], { sheet: sheetName }).toBlob();
}
