import { isLocale, isOneOf, label, LOCALES, ORGANIZATION_KINDS, POSTING_STATUS_LABELS } from './index';

describe('label', () => {
  it('picks the text of a label or an entry in the locale', () => {
    expect(label(POSTING_STATUS_LABELS.open, 'da')).toBe('Åben');
    expect(label(POSTING_STATUS_LABELS.open, 'en')).toBe('Open');
    expect(label(ORGANIZATION_KINDS[0], 'en')).toBe('SME (small or medium-sized company)');
  });

  it('falls back to Danish for an unknown locale', () => {
    expect(label({ da: 'Lukket', en: 'Closed' }, 'de')).toBe('Lukket');
  });

  it('knows its locales', () => {
    expect(LOCALES).toEqual(['da', 'en']);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('EN')).toBe(false);
    expect(isOneOf(['a', 'b'], 'b')).toBe(true);
    expect(isOneOf(['a', 'b'], 1)).toBe(false);
  });
});
