import { dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

// zxcvbn's list of ~49,000 passwords seen most often in breaches, bundled with the package.
const COMMON_PASSWORDS = new Set(dictionary.passwords.map((password: string) => password.toLowerCase()));

/** Why a password is refused, or null when it is acceptable. Length is checked by the DTO. */
export function passwordProblem(password: string, email?: string): string | null {
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return 'This password is too common; choose another';
  if (/^(.)\1*$/.test(password)) return 'The password must not be one repeated character';
  if (email && lower.includes(email.split('@')[0].toLowerCase()) && email.split('@')[0].length >= 4) {
    return 'The password must not contain your email address';
  }
  return null;
}
