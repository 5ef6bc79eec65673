import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/** Every environment variable the platform reads, parsed once at boot. `.env.example` documents them. */
const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('localhost'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    PUBLIC_URL: z.url().optional(),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, message: 'must be a postgres:// URL' }),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    MEILI_URL: z.url({ protocol: /^https?$/, message: 'must be an http(s):// URL' }),
    MEILI_MASTER_KEY: z.string().min(16, 'must be at least 16 characters'),
    MEILI_INDEX_PREFIX: z
      .string()
      .regex(/^[a-z0-9_]*$/, 'may hold only a-z, 0-9 and _')
      .default(''),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      ),
    TRUST_PROXY: z.stringbool().default(false),
    WEB_DIST: z.string().default('dist/apps/web'),
    DATA_DIR: z.string().default('.data'),
    // Empty counts as unset, as in .env.example.
    SMTP_URL: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z.url({ protocol: /^smtps?$/, message: 'must be an smtp:// or smtps:// URL' }).optional(),
    ),
    MAIL_FROM: z.string().trim().min(3).max(254).default('Videnbro <no-reply@videnbro.dk>'),
    CASE_LINK_SECRET: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z.string().min(32, 'must be at least 32 characters').optional(),
    ),
    NOTIFY_MAIL_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    NOTIFY_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
  })
  .refine((c) => c.NODE_ENV !== 'production' || c.CASE_LINK_SECRET, {
    path: ['CASE_LINK_SECRET'],
    message: 'is required in production (at least 32 characters, e.g. `openssl rand -hex 32`)',
  });

type Schema = z.output<typeof schema>;

export interface AppConfig {
  env: Schema['NODE_ENV'];
  host: string;
  port: number;
  /** The origin users reach the platform on; links in emails and the CSRF origin check use it. */
  publicUrl: string;
  database: { url: string; poolSize: number };
  meili: { url: string; masterKey: string; indexPrefix: string };
  logLevel: Schema['LOG_LEVEL'];
  sessionTtlDays: number;
  bodyLimitBytes: number;
  corsOrigins: string[];
  trustProxy: boolean;
  webDist: string;
  dataDir: string;
  /** Without an SMTP URL, mail is written to files under `<dataDir>/mail/` (development and tests). */
  mail: { smtpUrl: string | undefined; from: string };
  /**
   * Signs the consent links in case emails (HMAC). Required in production; elsewhere a random secret
   * per process, so development links stop working when the api restarts.
   */
  caseLinkSecret: string;
  /**
   * The worker's notification mail: how often it mails `email` notifications and checks whether a
   * daily digest is due, and the hour (Europe/Copenhagen) from which each user's digest goes out.
   */
  notifications: { mailIntervalSeconds: number; digestHour: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses and validates the environment; throws a ConfigError naming every bad or missing variable. */
export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const name = issue.path.join('.');
        return issue.code === 'invalid_type' && env[name] === undefined
          ? `${name} is required`
          : `${name} ${issue.message}`;
      }),
    );
  }
  const c = result.data;
  return {
    env: c.NODE_ENV,
    host: c.HOST,
    port: c.PORT,
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ''),
    database: { url: c.DATABASE_URL, poolSize: c.DATABASE_POOL_SIZE },
    meili: { url: c.MEILI_URL, masterKey: c.MEILI_MASTER_KEY, indexPrefix: c.MEILI_INDEX_PREFIX },
    logLevel: c.LOG_LEVEL,
    sessionTtlDays: c.SESSION_TTL_DAYS,
    bodyLimitBytes: c.BODY_LIMIT_BYTES,
    corsOrigins: c.CORS_ORIGINS,
    trustProxy: c.TRUST_PROXY,
    webDist: c.WEB_DIST,
    dataDir: c.DATA_DIR,
    mail: { smtpUrl: c.SMTP_URL, from: c.MAIL_FROM },
    caseLinkSecret: c.CASE_LINK_SECRET ?? randomBytes(32).toString('hex'),
    notifications: { mailIntervalSeconds: c.NOTIFY_MAIL_INTERVAL_SECONDS, digestHour: c.NOTIFY_DIGEST_HOUR },
  };
}

/** For process entry points: parse, or print what is wrong and exit. */
export function loadConfigOrExit(env: Record<string, string | undefined> = process.env): AppConfig {
  try {
    return parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
