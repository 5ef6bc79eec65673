const LEVELS: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};

/** Nest's start-up chatter (one line per module and route): useful when debugging, noise otherwise. */
const QUIET_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
]);

/**
 * Makes one JSON log line of the api or worker readable on a terminal: `[api] info  GET /api/v1/… 200`.
 * Lines that are not JSON pass through unchanged.
 */
export function formatLogLine(name: string, line: string): string | null {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line);
  } catch {
    return `[${name}] ${line}`;
  }
  if (QUIET_CONTEXTS.has(entry.context as string) && (entry.level as number) < 40) return null;
  const level = LEVELS[entry.level as number] ?? String(entry.level ?? '');
  const request = entry.req as { method?: string; url?: string } | undefined;
  const response = entry.res as { statusCode?: number } | undefined;
  const parts = [
    request ? `${request.method} ${request.url}` : '',
    response?.statusCode ? String(response.statusCode) : '',
    typeof entry.responseTime === 'number' ? `${entry.responseTime} ms` : '',
    request ? '' : String(entry.msg ?? ''),
    entry.err
      ? String(
          (entry.err as { stack?: string; message?: string }).stack ??
            (entry.err as { message?: string }).message,
        )
      : '',
  ].filter(Boolean);
  return `[${name}] ${level.padEnd(5)} ${parts.join(' ')}`;
}
