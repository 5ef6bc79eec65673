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
  });

  it('leaves other URLs alone', () => {
    expect(redactUrl('/api/v1/needs?q=token&page=2')).toBe('/api/v1/needs?q=token&page=2');
  });
});
