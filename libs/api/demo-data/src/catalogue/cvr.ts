import { isValidCvr } from '@videnbro/domain';
import type { Prng } from './prng';

const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/**
 * A fictional CVR number with a valid modulus-11 check digit (weights 2,7,6,5,4,3,2,1). The numbers
 * start with 9: outside the ranges the registry has issued so far (check), so a demo company does not
 * borrow a real company's number. A valid checksum proves nothing about existence.
 */
export function fictionalCvr(rng: Prng, taken: Set<string>): string {
  for (;;) {
    const digits = [9, ...Array.from({ length: 6 }, () => rng.int(0, 9))];
    const sum = digits.reduce((total, digit, i) => total + digit * WEIGHTS[i], 0);
    const check = (11 - (sum % 11)) % 11;
    if (check === 10) continue;
    const cvr = [...digits, check].join('');
    if (taken.has(cvr) || !isValidCvr(cvr)) continue;
    taken.add(cvr);
    return cvr;
  }
}
