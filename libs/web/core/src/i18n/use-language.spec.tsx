import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useTranslation } from 'react-i18next';
import { authKeys } from '../session/auth-keys';
import { anna, fakeApi, requestsTo } from '@videnbro/web-testing';
import { coreHarness } from '../testing/render-core';
import { LANGUAGE_STORAGE_KEY } from './languages';
import { useAccountLanguage, useLanguage } from './use-language';

function Switcher() {
  const { t } = useTranslation('demo');
  const { language, setLanguage } = useLanguage();
  return (
    <>
      <h1>{t('title')}</h1>
      <p>current: {language}</p>
      <button onClick={() => setLanguage(language === 'da' ? 'en' : 'da')}>switch</button>
    </>
  );
}

describe('useLanguage', () => {
  it('switches the texts, <html lang> and remembers the choice on this device', async () => {
    fakeApi({});
    const { wrapper } = coreHarness('da');
    render(<Switcher />, { wrapper });
    expect(screen.getByRole('heading')).toHaveTextContent('Behov');

    await userEvent.click(screen.getByRole('button', { name: 'switch' }));

    expect(screen.getByRole('heading')).toHaveTextContent('Needs');
    expect(screen.getByText('current: en')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('saves the choice to the account of a signed-in user', async () => {
    const fetch = fakeApi({
      'PATCH /api/v1/auth/me': async (request) => ({
        status: 200,
        body: { user: { ...anna, ...((await request.json()) as object) } },
      }),
    });
    const { wrapper, queryClient } = coreHarness('da');
    queryClient.setQueryData(authKeys.me, anna);
    render(<Switcher />, { wrapper });

    await userEvent.click(screen.getByRole('button', { name: 'switch' }));

    await waitFor(() => expect(requestsTo(fetch, 'PATCH /api/v1/auth/me')).toHaveLength(1));
    await waitFor(() => expect(queryClient.getQueryData(authKeys.me)).toMatchObject({ locale: 'en' }));
  });

  it('does not call the API for a signed-out visitor', async () => {
    const fetch = fakeApi({});
    const { wrapper } = coreHarness('da');
    render(<Switcher />, { wrapper });
    await userEvent.click(screen.getByRole('button', { name: 'switch' }));
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('useAccountLanguage', () => {
  it("applies the account's language on a device without a choice", async () => {
    const { wrapper, i18n } = coreHarness('da');
    render(<Account locale="en" />, { wrapper });
    await waitFor(() => expect(i18n.language).toBe('en'));
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('keeps the choice made on this device', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'da');
    const { wrapper, i18n } = coreHarness('da');
    render(<Account locale="en" />, { wrapper });
    await act(async () => {});
    expect(i18n.language).toBe('da');
  });
});

function Account({ locale }: { locale: 'da' | 'en' }) {
  useAccountLanguage({ ...anna, locale });
  return null;
}
