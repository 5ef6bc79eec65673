import { RecordError } from './records';

/**
 * The CSV format for organisations: a header line naming these columns (in any order, all but
 * externalId, name and kind optional), then one organisation a line. `tags` and `nace` hold several
 * values separated by `;`. Fields may be quoted ("…", "" for a quote); a record is one line.
 */
export const CSV_COLUMNS = [
  'externalId',
  'name',
  'kind',
  'country',
  'region',
  'municipality',
  'city',
  'cvr',
  'employees',
  'nace',
  'website',
  'description',
  'tags',
] as const;

/** The fields of one CSV line. */
export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let index = 0;
  while (index < line.length) {
    const char = line[index];
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else {
      field += char;
    }
    index += 1;
  }
  if (quoted) throw new RecordError('a quoted field is not closed');
  fields.push(field);
  return fields;
}

/** Input that cannot be read at all (a bad CSV header): the import is refused before it writes anything. */
export class ImportInputError extends Error {}

/** The header's columns, checked against CSV_COLUMNS. */
export function parseCsvHeader(text: string, line: number): string[] {
  const refuse = (reason: string) => new ImportInputError(`CSV header (line ${line}): ${reason}`);
  let columns: string[];
  try {
    columns = parseCsvLine(text.replace(/^\uFEFF/, '')).map((column) => column.trim());
  } catch (error) {
    throw refuse((error as Error).message);
  }
  const unknown = columns.find((column) => !(CSV_COLUMNS as readonly string[]).includes(column));
  if (unknown !== undefined)
    throw refuse(`unknown column "${unknown}"; the columns are ${CSV_COLUMNS.join(',')}`);
  for (const required of ['externalId', 'name', 'kind']) {
    if (!columns.includes(required)) throw refuse(`the column ${required} is missing`);
  }
  return columns;
}

/** One CSV line as the raw organisation record the JSONL format would hold (empty cells are absent). */
export function csvRecord(columns: string[], line: string): Record<string, unknown> {
  const values = parseCsvLine(line);
  if (values.length !== columns.length) {
    throw new RecordError(`${values.length} fields where the header has ${columns.length}`);
  }
  const record: Record<string, unknown> = { type: 'organization' };
  columns.forEach((column, index) => {
    const value = values[index].trim();
    if (value !== '') record[column] = value;
  });
  return record;
}
