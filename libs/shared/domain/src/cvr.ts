import type { LocalizedText } from './labels';

/**
 * CVR numbers (Det Centrale Virksomhedsregister): 8 digits, the last a modulus-11 check digit.
 * A valid checksum does not prove that the company exists; only the registry can tell that.
 */

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/**
 * The 8 digits of a CVR number as people write it: `DK12345674`, `DK-1234 5674`, `12 34 56 74`,
 * `12.34.56.74`. Returns null when what is left is not exactly 8 digits. Does not check the check digit.
 */
export function normaliseCvr(input: string): string | null {
  if (typeof input !== 'string') return null;
  // Separators people use, including the non-breaking and thin spaces that copy-paste brings along.
  let value = input.trim().replace(/[\s\u00a0\u2009\u202f.\-\u2010-\u2013]/g, '');
  if (/^dk/i.test(value)) value = value.slice(2);
  return /^\d{8}$/.test(value) ? value : null;
}

/** True for exactly 8 digits, not starting with 0, whose weighted sum (2,7,6,5,4,3,2,1) is divisible by 11. */
export function isValidCvr(cvr: string): boolean {
  if (typeof cvr !== 'string' || !/^[1-9]\d{7}$/.test(cvr)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(cvr[i]) * CVR_WEIGHTS[i];
  return sum % 11 === 0;
}

export const CVR_PROBLEM_IDS = ['shape', 'leading_zero', 'check_digit'] as const;
export type CvrProblem = (typeof CVR_PROBLEM_IDS)[number];

/** What is wrong with a CVR number, for the web app's live validation. */
export const CVR_PROBLEM_MESSAGES: Readonly<Record<CvrProblem, LocalizedText>> = {
  shape: { da: 'CVR-nummeret skal være 8 cifre', en: 'CVR must be 8 digits' },
  leading_zero: { da: 'Et CVR-nummer begynder ikke med 0', en: 'CVR cannot start with 0' },
  check_digit: {
    da: 'CVR-nummerets kontrolciffer passer ikke — tjek nummeret',
    en: 'CVR check digit is wrong — check the number',
  },
};

export type CvrCheck =
  { readonly ok: true; readonly cvr: string } | { readonly ok: false; readonly problem: CvrProblem };

/** Normalises and validates in one go: the 8 digits to store, or the reason they cannot be stored. */
export function checkCvr(input: string): CvrCheck {
  const cvr = normaliseCvr(input);
  if (cvr === null) return { ok: false, problem: 'shape' };
  if (cvr.startsWith('0')) return { ok: false, problem: 'leading_zero' };
  if (!isValidCvr(cvr)) return { ok: false, problem: 'check_digit' };
  return { ok: true, cvr };
}

/** Null for an acceptable CVR number (in any accepted notation), else an English message for an API response. */
export function cvrProblem(input: string): string | null {
  const result = checkCvr(input);
  return result.ok ? null : CVR_PROBLEM_MESSAGES[result.problem].en;
}
