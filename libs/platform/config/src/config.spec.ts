import { ConfigError, parseConfig } from './config';

const valid = {
  DATABASE_URL: 'postgres://videnbro:secret@127.0.0.1:5432/videnbro',
  MEILI_URL: 'http://127.0.0.1:7700',
  MEILI_MASTER_KEY: 'a-master-key-of-enough-length',
};

describe('parseConfig', () => {
  it('applies defaults to a minimal environment', () => {
    const config = parseConfig(valid);
    expect(config.port).toBe(3000);
    expect(config.env).toBe('development');
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.corsOrigins).toEqual([]);
    expect(config.trustProxy).toBe(false);
    expect(config.mail).toEqual({ smtpUrl: undefined, from: 'Videnbro <no-reply@videnbro.dk>' });
    expect(config.notifications).toEqual({ mailIntervalSeconds: 30, digestHour: 7 });
  });

  it('reads the notification mail settings and refuses an hour that is not one', () => {
    const config = parseConfig({ ...valid, NOTIFY_MAIL_INTERVAL_SECONDS: '5', NOTIFY_DIGEST_HOUR: '18' });
    expect(config.notifications).toEqual({ mailIntervalSeconds: 5, digestHour: 18 });
    expect(() => parseConfig({ ...valid, NOTIFY_DIGEST_HOUR: '24' })).toThrow(/NOTIFY_DIGEST_HOUR/);
  });

  it('reads the mail settings', () => {
    const config = parseConfig({
      ...valid,
      SMTP_URL: 'smtps://user:pass@smtp.example.dk:465',
      MAIL_FROM: 'Videnbro <hej@videnbro.dk>',
    });
    expect(config.mail).toEqual({
      smtpUrl: 'smtps://user:pass@smtp.example.dk:465',
      from: 'Videnbro <hej@videnbro.dk>',
    });
    expect(() => parseConfig({ ...valid, SMTP_URL: 'http://smtp.example.dk' })).toThrow(
      /SMTP_URL must be an smtp/,
    );
    expect(parseConfig({ ...valid, SMTP_URL: '' }).mail.smtpUrl).toBeUndefined();
  });

  it('requires the case link secret in production only, and random per process elsewhere', () => {
    const secret = 'x'.repeat(32);
    expect(parseConfig({ ...valid, CASE_LINK_SECRET: secret }).caseLinkSecret).toBe(secret);
    expect(parseConfig(valid).caseLinkSecret).toMatch(/^[0-9a-f]{64}$/);
    expect(parseConfig(valid).caseLinkSecret).not.toBe(parseConfig(valid).caseLinkSecret);
    expect(() => parseConfig({ ...valid, NODE_ENV: 'production' })).toThrow(
      /CASE_LINK_SECRET is required in production/,
    );
    expect(() => parseConfig({ ...valid, CASE_LINK_SECRET: 'short' })).toThrow(
      /CASE_LINK_SECRET must be at least 32 characters/,
    );
  });

  it('parses numbers, lists and booleans', () => {
    const config = parseConfig({
      ...valid,
      PORT: '8080',
      CORS_ORIGINS: 'https://a.dk, https://b.dk',
      TRUST_PROXY: 'true',
      PUBLIC_URL: 'https://videnbro.dk/',
    });
    expect(config.port).toBe(8080);
    expect(config.corsOrigins).toEqual(['https://a.dk', 'https://b.dk']);
    expect(config.trustProxy).toBe(true);
    expect(config.publicUrl).toBe('https://videnbro.dk');
  });

  it('names every missing variable', () => {
    expect(() => parseConfig({})).toThrow(ConfigError);
    try {
      parseConfig({});
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        'DATABASE_URL is required',
        'MEILI_URL is required',
        'MEILI_MASTER_KEY is required',
      ]);
    }
  });

  it('names a bad variable and says what is wrong', () => {
    expect(() => parseConfig({ ...valid, PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => parseConfig({ ...valid, DATABASE_URL: 'mysql://x@y/z' })).toThrow(
      /DATABASE_URL must be a postgres/,
    );
    expect(() => parseConfig({ ...valid, MEILI_MASTER_KEY: 'short' })).toThrow(
      /MEILI_MASTER_KEY must be at least 16/,
    );
  });
});
