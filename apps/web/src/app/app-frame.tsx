import { useSignOutAction } from '@videnbro/web-auth';
import { useAccountLanguage, useLanguage, useMe, useRights } from '@videnbro/web-core';
import { NotificationBell } from '@videnbro/web-notifications';
import { AppLayout, ErrorAlert, LoadingState, PublicLayout } from '@videnbro/web-ui';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';

/**
 * The frame around every page: the signed-in layout (navigation by rights, notification bell, user
 * menu) or the public one, with the page's chunk loading inside it.
 */
export function AppFrame() {
  const { t } = useTranslation('auth');
  const me = useMe();
  const rights = useRights();
  const { language, setLanguage } = useLanguage();
  const signOut = useSignOutAction();
  useAccountLanguage(me.data);

  if (me.isPending) return <LoadingState />;

  const page = (
    <Suspense fallback={<LoadingState />}>
      <Outlet />
    </Suspense>
  );
  if (!me.data) {
    return (
      <PublicLayout language={language} onLanguageChange={setLanguage}>
        {page}
      </PublicLayout>
    );
  }
  return (
    <AppLayout
      user={me.data}
      rights={rights}
      language={language}
      onLanguageChange={setLanguage}
      onSignOut={signOut.signOut}
      signingOut={signOut.isPending}
      headerActions={
        // The bell loads on its own: the frame never waits for it.
        <Suspense fallback={null}>
          <NotificationBell />
        </Suspense>
      }
    >
      {signOut.error && <ErrorAlert error={t('signOut.failed')} />}
      {page}
    </AppLayout>
  );
}
