import { BackgroundLoop } from './background-loop';

afterEach(() => jest.useRealTimers());

describe('BackgroundLoop', () => {
  it('passes again after the wait each pass asks for, the first after the start delay', async () => {
    jest.useFakeTimers();
    const waits = [0, 1_000, 5_000];
    let passes = 0;
    const loop = new BackgroundLoop(async () => waits[passes++] ?? 60_000);
    loop.start(500);
    await jest.advanceTimersByTimeAsync(499);
    expect(passes).toBe(0);
    await jest.advanceTimersByTimeAsync(1);
    // The first pass asked for no wait: the second follows at once.
    expect(passes).toBe(2);
    await jest.advanceTimersByTimeAsync(999);
    expect(passes).toBe(2);
    await jest.advanceTimersByTimeAsync(1);
    expect(passes).toBe(3);
    await jest.advanceTimersByTimeAsync(5_000);
    expect(passes).toBe(4);
    await loop.stop();
  });

  it('stops at once while it waits, without another pass', async () => {
    jest.useFakeTimers();
    let passes = 0;
    const loop = new BackgroundLoop(async () => {
      passes++;
      return 60_000;
    });
    loop.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(passes).toBe(1);
    await loop.stop();
    await jest.advanceTimersByTimeAsync(120_000);
    expect(passes).toBe(1);
  });

  it('lets the pass in flight finish before it has stopped', async () => {
    let finish: () => void = () => undefined;
    const events: string[] = [];
    const loop = new BackgroundLoop(async () => {
      events.push('pass started');
      await new Promise<void>((resolve) => (finish = resolve));
      events.push('pass finished');
      return 0;
    });
    loop.start();
    await new Promise((resolve) => setImmediate(resolve));
    const stopped = loop.stop().then(() => events.push('stopped'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual(['pass started']);
    finish();
    await stopped;
    expect(events).toEqual(['pass started', 'pass finished', 'stopped']);
  });
});
