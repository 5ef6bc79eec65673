/** Where the global setup leaves the services' addresses for the test workers. */
export const TEST_ENV = {
  dataDir: 'VIDENBRO_TEST_DATA_DIR',
  databaseUrl: 'VIDENBRO_TEST_DATABASE_URL',
  meiliUrl: 'VIDENBRO_TEST_MEILI_URL',
  meiliKey: 'VIDENBRO_TEST_MEILI_KEY',
} as const;

export function testEnv(name: keyof typeof TEST_ENV): string {
  const value = process.env[TEST_ENV[name]];
  if (!value)
    throw new Error(`${TEST_ENV[name]} is unset: run integration specs through the integration Jest config`);
  return value;
}
