import { QueryFailedError } from 'typeorm';
import { containsPattern, isUniqueViolation } from './database-errors';
import { invitationStatus } from './entities';

describe('containsPattern', () => {
  it('matches the text literally, wildcards and the escape character included', () => {
    expect(containsPattern('robot')).toBe('%robot%');
    expect(containsPattern('100%_a\\b')).toBe('%100\\%\\_a\\\\b%');
  });
});

describe('isUniqueViolation', () => {
  const violation = (constraint: string) =>
    new QueryFailedError('insert', [], Object.assign(new Error('duplicate'), { code: '23505', constraint }));

  it('recognises a unique violation, of a given constraint when named', () => {
    expect(isUniqueViolation(violation('uq_a'))).toBe(true);
    expect(isUniqueViolation(violation('uq_a'), 'uq_a')).toBe(true);
    expect(isUniqueViolation(violation('uq_a'), 'uq_b')).toBe(false);
    expect(isUniqueViolation(new Error('duplicate'))).toBe(false);
  });
});

describe('invitationStatus', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  const open = { acceptedAt: null, revokedAt: null, expiresAt: new Date('2026-03-08T12:00:00Z') };

  it('is pending until accepted, withdrawn or past its expiry (the expiry instant counts as expired)', () => {
    expect(invitationStatus(open, now)).toBe('pending');
    expect(invitationStatus({ ...open, acceptedAt: now }, now)).toBe('accepted');
    expect(invitationStatus({ ...open, revokedAt: now }, now)).toBe('revoked');
    expect(invitationStatus(open, open.expiresAt)).toBe('expired');
    expect(invitationStatus({ ...open, acceptedAt: now }, new Date('2027-01-01'))).toBe('accepted');
  });
});
