import { redactUrl } from './logging';

describe('redactUrl', () => {
  it('hides the values of secret-bearing query parameters', () => {
    expect(redactUrl('/api/v1/consents/accept?token=abc123&lang=da')).toBe(
      '/api/v1/consents/accept?token=[redacted]&lang=da',
    );
    expect(redactUrl('/x?lang=da&password=hunter2&Key=k')).toBe(
      '/x?lang=da&password=[redacted]&Key=[redacted]',
    );
  });

  it('hides tokens carried in the path', () => {
    expect(redactUrl('/api/v1/invitations/Zm9vYmFy/accept')).toBe('/api/v1/invitations/[redacted]/accept');
    expect(redactUrl('/api/v1/invitations/Zm9vYmFy')).toBe('/api/v1/invitations/[redacted]');
    expect(redactUrl('/api/v1/auth/password-reset/Zm9v')).toBe('/api/v1/auth/password-reset/[redacted]');
    expect(redactUrl('/api/v1/me/email/confirm/Zm9v')).toBe('/api/v1/me/email/confirm/[redacted]');
    expect(redactUrl('/reset-password/Zm9v?x=1')).toBe('/reset-password/[redacted]?x=1');
    expect(redactUrl('/confirm-email/Zm9v')).toBe('/confirm-email/[redacted]');
    expect(redactUrl('/case-consents/Zm9v.YmFy')).toBe('/case-consents/[redacted]');
  });

  it('leaves other URLs alone', () => {
    expect(redactUrl('/api/v1/needs?q=token&page=2')).toBe('/api/v1/needs?q=token&page=2');
  });
});
