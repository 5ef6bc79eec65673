import { formatValue } from './format';
import { statisticsPath } from './paths';
import { defaultPeriod, periodOf } from './period';

describe('periodOf', () => {
  const today = new Date(2026, 10, 27);

  it('defaults to the five calendar years up to this one', () => {
    expect(defaultPeriod(today)).toEqual({ from: '2022-01-01', to: '2026-12-31' });
    expect(periodOf(new URLSearchParams(), today)).toEqual({ from: '2022-01-01', to: '2026-12-31' });
  });

  it('takes the dates from the address, and the default for a malformed one', () => {
    expect(periodOf(new URLSearchParams('from=2025-03-01&to=31-12-2025'), today)).toEqual({
      from: '2025-03-01',
      to: '2026-12-31',
    });
  });
});

describe('statisticsPath', () => {
  it('builds a page address with its query, leaving out what is empty', () => {
    expect(statisticsPath('rows', { figure: 'companies', cluster: '', from: '2025-01-01', page: 2 })).toBe(
      '/statistics/rows?figure=companies&from=2025-01-01&page=2',
    );
    expect(statisticsPath('dashboard')).toBe('/statistics');
  });
});

describe('formatValue', () => {
  it('reads a count, a share, kroner and a ratio in the language of the page', () => {
    expect(formatValue(11050, 'count', 'da')).toBe('11.050');
    expect(formatValue(11050, 'count', 'en')).toBe('11,050');
    expect(formatValue(0.4567, 'share', 'en')).toBe('45.7%');
    expect(formatValue(365000000, 'dkk', 'da')).toBe('365.000.000\u00a0kr.');
    expect(formatValue(2.3287, 'ratio', 'da')).toBe('2,33');
  });

  it('shows a dash for a share of nothing', () => {
    expect(formatValue(null, 'share', 'da')).toBe('–');
  });
});
