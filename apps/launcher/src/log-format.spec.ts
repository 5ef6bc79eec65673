import { formatLogLine } from './log-format';

describe('formatLogLine', () => {
  it('shortens a request log line', () => {
    const line = JSON.stringify({
      level: 30,
      req: { method: 'GET', url: '/api/v1/auth/me' },
      res: { statusCode: 401 },
      responseTime: 3,
      msg: 'request completed',
    });
    expect(formatLogLine('api', line)).toBe('[api] info  GET /api/v1/auth/me 401 3 ms');
  });

  it("hides Nest's start-up chatter but not its warnings", () => {
    expect(
      formatLogLine(
        'api',
        JSON.stringify({ level: 30, context: 'RouterExplorer', msg: 'Mapped {/api, GET}' }),
      ),
    ).toBeNull();
    expect(
      formatLogLine('api', JSON.stringify({ level: 40, context: 'RouterExplorer', msg: 'odd route' })),
    ).toBe('[api] warn  odd route');
  });

  it('shows the message of other lines and passes non-JSON through', () => {
    expect(formatLogLine('worker', JSON.stringify({ level: 30, msg: 'Worker started' }))).toBe(
      '[worker] info  Worker started',
    );
    expect(formatLogLine('web', 'VITE ready')).toBe('[web] VITE ready');
  });
});
