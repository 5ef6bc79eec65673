import { createI18n } from './create-i18n';

const bundle = {
  namespace: 'demo',
  resources: { da: { greeting: 'Hej {{name}}' }, en: { greeting: 'Hello {{name}}' } },
};

describe('createI18n', () => {
  it('is ready at once with every bundled namespace, plus common', () => {
    const i18n = createI18n({ bundles: [bundle], language: 'da' });
    expect(i18n.isInitialized).toBe(true);
    expect(i18n.t('demo:greeting', { name: 'Anna' })).toBe('Hej Anna');
    expect(i18n.t('common:errors.unexpected')).toBe('Noget gik galt. Prøv venligst igen.');
  });

  it('keeps <html lang> in step with the language', async () => {
    const i18n = createI18n({ bundles: [bundle], language: 'da' });
    expect(document.documentElement.lang).toBe('da');
    await i18n.changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    expect(i18n.t('demo:greeting', { name: 'Anna' })).toBe('Hello Anna');
  });

  it('loads a lazy namespace when first asked for, in the language and its English fallback', async () => {
    const load = jest.fn(async () => bundle);
    const i18n = createI18n({ bundles: [{ namespace: 'demo', load }], language: 'da' });
    expect(i18n.isInitialized).toBe(true);
    expect(load).not.toHaveBeenCalled();
    expect(i18n.hasLoadedNamespace('demo')).toBe(false);

    await i18n.loadNamespaces('demo');
    expect(i18n.t('demo:greeting', { name: 'Anna' })).toBe('Hej Anna');
    await i18n.changeLanguage('en');
    expect(i18n.t('demo:greeting', { name: 'Anna' })).toBe('Hello Anna');
    expect(load).toHaveBeenCalled();
    expect(i18n.t('common:errors.unexpected')).toBe('Something went wrong. Please try again.');
  });

  it('starts in the detected language when none is given', () => {
    localStorage.setItem('videnbro.language', 'en');
    expect(createI18n({ bundles: [bundle] }).language).toBe('en');
  });
});
