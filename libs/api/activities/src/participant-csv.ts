import { checkCvr, CVR_PROBLEM_MESSAGES } from '@videnbro/domain';
import type { FieldErrorDto } from '@videnbro/http';

/** The columns of a participant list; only `name` is required. */
export const PARTICIPANT_COLUMNS = ['name', 'cvr', 'email_domain', 'country'] as const;
export type ParticipantColumn = (typeof PARTICIPANT_COLUMNS)[number];
export const MAX_PARTICIPANT_LINES = 5_000;
export const MAX_NAME_LENGTH = 200;

/** One data line of the file as written (trimmed; empty cells as null). */
export type ParticipantInput = Record<ParticipantColumn, string | null>;

/** A data line, checked: what it says, normalised, or what is wrong with it. */
export interface ParticipantLine {
  /** The line number in the file; the header is line 1. */
  line: number;
  input: ParticipantInput;
  errors: FieldErrorDto[];
  name: string;
  cvr: string | null;
  /** The email or web domain, lower-case, without `www.`. */
  domain: string | null;
  /** ISO 3166-1 alpha-2, upper-case; DK when the column is empty or missing. */
  country: string;
}

export class ParticipantCsvError extends Error {}

/**
 * Reads a participant list: a header row naming the columns (any order, any case; unknown columns
 * are ignored), then one organisation per line. Cells are separated by `;` or `,` (whichever the
 * header uses) and may be quoted with `"` (a doubled `""` inside is a quote). UTF-8 with or without
 * a byte-order mark. Blank lines are skipped. A file it cannot read at all throws ParticipantCsvError;
 * a bad line gets its errors and the rest are read.
 */
export function readParticipantCsv(text: string): ParticipantLine[] {
  const records = parseCsv(text.replace(/^\uFEFF/, ''));
  const header = records.shift();
  if (!header) throw new ParticipantCsvError('The file is empty: the first line must name the columns');
  const names = header.cells.map((cell) =>
    cell
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );
  const index = Object.fromEntries(PARTICIPANT_COLUMNS.map((column) => [column, names.indexOf(column)]));
  if (index.name < 0) {
    throw new ParticipantCsvError(
      `The first line must name the columns, among them "name" (columns: ${PARTICIPANT_COLUMNS.join(', ')})`,
    );
  }
  const lines = records.filter((record) => record.cells.some((cell) => cell.trim() !== ''));
  if (lines.length > MAX_PARTICIPANT_LINES) {
    throw new ParticipantCsvError(`At most ${MAX_PARTICIPANT_LINES} lines can be imported at once`);
  }
  return lines.map((record) => {
    const cell = (column: ParticipantColumn) => {
      const value = index[column] >= 0 ? (record.cells[index[column]] ?? '').trim() : '';
      return value === '' ? null : value;
    };
    const input: ParticipantInput = {
      name: cell('name'),
      cvr: cell('cvr'),
      email_domain: cell('email_domain'),
      country: cell('country'),
    };
    return checkLine(record.line, input);
  });
}

function checkLine(line: number, input: ParticipantInput): ParticipantLine {
  const errors: FieldErrorDto[] = [];
  const name = input.name?.replace(/\s+/g, ' ') ?? '';
  if (!name) errors.push({ field: 'name', message: 'The name is missing' });
  else if (name.length > MAX_NAME_LENGTH) {
    errors.push({ field: 'name', message: `The name can be at most ${MAX_NAME_LENGTH} characters` });
  } else if (/\p{Cc}/u.test(name)) {
    errors.push({ field: 'name', message: 'The name must not contain control characters' });
  }

  let cvr: string | null = null;
  if (input.cvr) {
    const check = checkCvr(input.cvr);
    if (check.ok) cvr = check.cvr;
    else errors.push({ field: 'cvr', message: CVR_PROBLEM_MESSAGES[check.problem].en });
  }

  let domain: string | null = null;
  if (input.email_domain) {
    domain = emailDomainOf(input.email_domain);
    if (!domain) {
      errors.push({
        field: 'email_domain',
        message: 'Give an email address or a domain, such as anna@firma.dk or firma.dk',
      });
    }
  }

  const country = (input.country ?? 'DK').toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) {
    errors.push({ field: 'country', message: 'The country must be a two-letter code, such as DK or SE' });
  }
  return { line, input, errors, name, cvr, domain, country };
}

/** `Anna@Firma.dk`, `firma.dk`, `https://www.firma.dk/om` → `firma.dk`; null when it is not a domain. */
export function emailDomainOf(text: string): string | null {
  const host = text
    .trim()
    .toLowerCase()
    .replace(/^.*@/, '')
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/:?#].*$/, '');
  return /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+$/u.test(
    host,
  )
    ? host
    : null;
}

/**
 * A name as the import compares it: lower-case, every run of other characters than letters and
 * digits one space. "Fjord-Mejeriet  ApS" and "fjord mejeriet aps" are the same name.
 */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The key the import uses for "the same organisation" without a CVR number: name and country. */
export function nameKey(name: string, country: string): string {
  return `${normaliseName(name)}|${country}`;
}

interface CsvRecord {
  /** The line the record starts on. */
  line: number;
  cells: string[];
}

/** RFC 4180 records; the delimiter is the first `;` or `,` outside quotes on the first line. */
function parseCsv(text: string): CsvRecord[] {
  const delimiter = detectDelimiter(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      cell = '';
      quoted = true;
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      records.push({ line: start, cells: [...cells, cell] });
      cells = [];
      cell = '';
      line++;
      start = line;
    } else cell += char;
  }
  if (cell !== '' || cells.length) records.push({ line: start, cells: [...cells, cell] });
  return records;
}

function detectDelimiter(text: string): ';' | ',' {
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === ';' || char === ',')) return char;
    else if (!quoted && (char === '\n' || char === '\r')) break;
  }
  return ',';
}
