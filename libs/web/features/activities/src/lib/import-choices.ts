import type { OrganizationKind } from '@videnbro/domain';
import type { ImportLine, ImportRow } from '../queries/types';

/** What the broker does with a line of the CSV: add the matched organisation, create a new one, or skip it. */
export type ImportChoice = 'match' | 'create' | 'skip';

/**
 * The choices a line allows: lines with errors, organisations already taking part and lines repeating an
 * earlier one can only be skipped.
 */
export function choicesFor(row: ImportLine): ImportChoice[] {
  if (row.errors.length > 0 || row.alreadyParticipating || row.duplicateOfLine !== null) return ['skip'];
  return [...(row.match ? ['match' as const] : []), ...(row.proposal ? ['create' as const] : []), 'skip'];
}

/** The first choice offered: a match where there is one, else a new organisation, else skip. */
export function defaultChoice(row: ImportLine): ImportChoice {
  return choicesFor(row)[0];
}

/** The commit's rows: one per line that is not skipped; new organisations of the kind the broker chose. */
export function commitRows(
  rows: readonly ImportLine[],
  choices: Readonly<Record<number, ImportChoice>>,
  kinds: Readonly<Record<number, OrganizationKind>> = {},
): ImportRow[] {
  return rows.flatMap((row): ImportRow[] => {
    const choice = choices[row.line] ?? defaultChoice(row);
    if (choice === 'match' && row.match)
      return [{ line: row.line, organizationId: row.match.organizationId }];
    if (choice === 'create' && row.proposal)
      return [{ line: row.line, create: { ...row.proposal, kind: kinds[row.line] ?? row.proposal.kind } }];
    return [];
  });
}

/** How many lines each choice has, for the review's summary. */
export function choiceCounts(
  rows: readonly ImportLine[],
  choices: Readonly<Record<number, ImportChoice>>,
): Record<ImportChoice, number> {
  const counts: Record<ImportChoice, number> = { match: 0, create: 0, skip: 0 };
  for (const row of rows) counts[choices[row.line] ?? defaultChoice(row)] += 1;
  return counts;
}
