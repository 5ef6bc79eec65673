import { backoffMs } from './login-throttle.service';

describe('backoffMs', () => {
  it('lets the free failures pass', () => {
    expect(backoffMs(0, 5)).toBe(0);
    expect(backoffMs(5, 5)).toBe(0);
  });

  it('doubles after the free failures and caps at 15 minutes', () => {
    expect(backoffMs(6, 5)).toBe(1000);
    expect(backoffMs(7, 5)).toBe(2000);
    expect(backoffMs(10, 5)).toBe(16_000);
    expect(backoffMs(40, 5)).toBe(15 * 60_000);
  });
});
