/** The API refuses shorter passwords; the form says so while the user types. */
export const PASSWORD_MIN_LENGTH = 12;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type EmailProblem = 'emailRequired' | 'emailInvalid';

export function emailProblem(email: string): EmailProblem | undefined {
  const value = email.trim();
  if (!value) return 'emailRequired';
  if (!EMAIL.test(value)) return 'emailInvalid';
  return undefined;
}

/** Characters as people count them (and as the API does): code points, not UTF-16 units. */
export function passwordLength(password: string): number {
  return [...password].length;
}

/** How many characters the password lacks (0 when long enough). */
export function passwordMissing(password: string): number {
  return Math.max(0, PASSWORD_MIN_LENGTH - passwordLength(password));
}
