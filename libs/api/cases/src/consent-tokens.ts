import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Consent links: `<consentId, hex>.<expires, unix seconds in base 36>.<random>.<HMAC-SHA256 of the rest>`
 * (base64url), under 100 characters so that it fits a path parameter (Fastify's limit).
 * The signature lets the server refuse a tampered or forged link before touching the database and
 * makes the expiry trustworthy; the consent row keeps only the token's SHA-256, so a database reader
 * cannot answer for a party, and a link is void once used or replaced.
 */
export function signConsentToken(secret: string, consentId: string, expiresAt: Date): string {
  const seconds = Math.floor(expiresAt.getTime() / 1000).toString(36);
  const payload = `${consentId.replace(/-/g, '')}.${seconds}.${randomBytes(8).toString('base64url')}`;
  return `${payload}.${signature(secret, payload)}`;
}

export interface VerifiedConsentToken {
  consentId: string;
  expiresAt: Date;
}

/** The token's consent and expiry when its signature holds; null for anything malformed or tampered. */
export function verifyConsentToken(secret: string, token: string): VerifiedConsentToken | null {
  const match = /^([0-9a-f]{32})\.([0-9a-z]{1,10})\.([\w-]{11})\.([\w-]{43})$/.exec(token);
  if (!match) return null;
  const payload = `${match[1]}.${match[2]}.${match[3]}`;
  const expected = Buffer.from(signature(secret, payload));
  const given = Buffer.from(match[4]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const hex = match[1];
  const consentId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { consentId, expiresAt: new Date(parseInt(match[2], 36) * 1000) };
}

export function hashConsentToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function signature(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}
