import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('accepts a long, uncommon password', () => {
    expect(passwordProblem('fjord-kaffe-Sommer-42', 'anna@firma.dk')).toBeNull();
  });

  it('refuses passwords from the bundled common list, whatever the case', () => {
    expect(passwordProblem('qwerty123456')).toMatch(/too common/);
    expect(passwordProblem('QWERTY123456')).toMatch(/too common/);
  });

  it('refuses one repeated character', () => {
    expect(passwordProblem('aaaaaaaaaaaaaa')).toMatch(/repeated/);
  });

  it('refuses a password built on the email address', () => {
    expect(passwordProblem('annasorensen2024', 'annasorensen@firma.dk')).toMatch(/email/);
  });
});
