import { detectLanguage, LANGUAGE_STORAGE_KEY, rememberLanguage, storedLanguage } from './languages';

describe('detectLanguage', () => {
  it.each([
    ['da', 'da'],
    ['da-DK', 'da'],
    ['DA-dk', 'da'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    ['', 'en'],
  ])('maps the browser language %p to %p', (browser, expected) => {
    expect(detectLanguage(browser)).toBe(expected);
  });

  it('prefers the language remembered on this device', () => {
    rememberLanguage('en');
    expect(detectLanguage('da-DK')).toBe('en');
  });

  it('reads the browser language from navigator by default', () => {
    const spy = jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('da-DK');
    expect(detectLanguage()).toBe('da');
    spy.mockRestore();
  });

  it('ignores a remembered value that is not a supported language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'sv');
    expect(storedLanguage()).toBeNull();
    expect(detectLanguage('da')).toBe('da');
  });
});
