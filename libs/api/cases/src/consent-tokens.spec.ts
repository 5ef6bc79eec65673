import { hashConsentToken, signConsentToken, verifyConsentToken } from './consent-tokens';

const secret = 'a-test-secret-of-at-least-32-characters';
const id = '0b8a2f6e-5c1d-4e2b-9a7f-3d6c8e1f2a4b';
const expires = new Date('2026-12-11T10:00:00Z');

describe('consent tokens', () => {
  it('verifies its own tokens, giving back the consent and the expiry', () => {
    const token = signConsentToken(secret, id, expires);
    expect(verifyConsentToken(secret, token)).toEqual({ consentId: id, expiresAt: expires });
    expect(token.length).toBeLessThan(100);
    expect(signConsentToken(secret, id, expires)).not.toBe(token);
  });

  it('refuses tampered, forged and malformed tokens', () => {
    const token = signConsentToken(secret, id, expires);
    const [consent, seconds, nonce, sig] = token.split('.');
    const later = (parseInt(seconds, 36) + 86_400).toString(36);
    expect(verifyConsentToken(secret, [consent, later, nonce, sig].join('.'))).toBeNull();
    expect(
      verifyConsentToken(secret, [consent.replace(/^0/, '1'), seconds, nonce, sig].join('.')),
    ).toBeNull();
    expect(verifyConsentToken('another-secret-of-at-least-32-chars!', token)).toBeNull();
    expect(verifyConsentToken(secret, `${token}x`)).toBeNull();
    expect(verifyConsentToken(secret, 'not-a-token')).toBeNull();
  });

  it('hashes a token to 64 hex characters', () => {
    expect(hashConsentToken('abc')).toMatch(/^[0-9a-f]{64}$/);
  });
});
