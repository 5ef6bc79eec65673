import { isValidCvr } from '@videnbro/domain';
import type { Prng } from './prng';

/**
 * A fictional CVR number with a valid modulus-11 check digit. The numbers start with 9: outside the
 * ranges the registry has issued so far (check), so a demo company does not borrow a real company's
 * number. A valid checksum proves nothing about existence.
 */
export function fictionalCvr(rng: Prng, taken: Set<string>): string {
  for (;;) {
    const stem = `9${Array.from({ length: 6 }, () => rng.int(0, 9)).join('')}`;
    // At most one check digit makes the weighted sum divisible by 11; for some stems none does.
    const cvr = Array.from({ length: 10 }, (_, digit) => `${stem}${digit}`).find(isValidCvr);
    if (!cvr || taken.has(cvr)) continue;
    taken.add(cvr);
    return cvr;
  }
}
