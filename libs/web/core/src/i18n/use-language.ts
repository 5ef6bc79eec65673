import { useQueryClient } from '@tanstack/react-query';
import type { ApiUser } from '@videnbro/api-client';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { authKeys } from '../session/auth-keys';
import { useUpdateMe } from '../session/session';
import { isLanguage, rememberLanguage, storedLanguage, type Language } from './languages';

/**
 * The current language and a way to switch it. A switch applies at once, is remembered on this
 * device and, for a signed-in user, saved to the account (`PATCH /auth/me`).
 */
export function useLanguage(): { language: Language; setLanguage: (language: Language) => void } {
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  const { mutate: updateMe } = useUpdateMe();
  const current = i18n.resolvedLanguage ?? i18n.language;
  const language: Language = isLanguage(current) ? current : 'en';

  const setLanguage = useCallback(
    (next: Language) => {
      rememberLanguage(next);
      void i18n.changeLanguage(next);
      const user = queryClient.getQueryData<ApiUser | null>(authKeys.me);
      if (user && user.locale !== next) updateMe({ locale: next });
    },
    [i18n, queryClient, updateMe],
  );
  return { language, setLanguage };
}

/**
 * On a device where no language has been chosen yet, the signed-in user's account language applies
 * (and is remembered). A choice made on this device is kept.
 */
export function useAccountLanguage(user: ApiUser | null | undefined): void {
  const { i18n } = useTranslation();
  const locale = user?.locale;
  useEffect(() => {
    if (!locale || storedLanguage()) return;
    rememberLanguage(locale);
    if (i18n.language !== locale) void i18n.changeLanguage(locale);
  }, [i18n, locale]);
}
