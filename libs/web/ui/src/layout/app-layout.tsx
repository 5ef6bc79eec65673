import { AppShell, Burger, Group } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher, type UiLanguage } from '../components/language-switcher';
import { MAIN_CONTENT_ID, type NavRights } from './areas';
import { MainNavigation } from './main-navigation';
import print from './print.module.css';
import { ProductName } from './product-name';
import { SkipLink } from './skip-link';
import { UserMenu } from './user-menu';

const NAVIGATION_ID = 'main-navigation';

export interface AppLayoutProps {
  user: { name: string; email: string };
  /** Which areas the navigation shows. */
  rights: NavRights;
  language: UiLanguage;
  onLanguageChange: (language: UiLanguage) => void;
  onSignOut: () => void;
  signingOut?: boolean;
  /** Shown in the header before the language switcher (the app puts the notification bell there). */
  headerActions?: ReactNode;
  children: ReactNode;
}

/**
 * The frame of the signed-in app: a skip link, a header (product, the app's actions, language, user
 * menu), the main navigation (a drawer behind a menu button on small screens) and the main content.
 */
export function AppLayout(props: AppLayoutProps) {
  const { user, rights, language, onLanguageChange, onSignOut, signingOut, headerActions, children } = props;
  const { t } = useTranslation('ui');
  const [opened, { toggle, close }] = useDisclosure(false);
  // Off screen on a small screen when closed, so out of the tab order and the accessibility tree too.
  const smallScreen = useMediaQuery('(max-width: 47.99em)', false);

  return (
    <>
      <SkipLink />
      <AppShell
        header={{ height: 64 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding="md"
      >
        <AppShell.Header className={print.screenOnly}>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('toggleNavigation')}
                aria-expanded={opened}
                aria-controls={NAVIGATION_ID}
              />
              <ProductName />
            </Group>
            <Group gap="md" wrap="nowrap">
              {headerActions}
              <LanguageSwitcher value={language} onChange={onLanguageChange} />
              <UserMenu user={user} onSignOut={onSignOut} signingOut={signingOut} />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar
          id={NAVIGATION_ID}
          aria-label={t('mainNavigation')}
          p="sm"
          className={print.screenOnly}
          inert={smallScreen && !opened}
        >
          <MainNavigation rights={rights} onNavigate={close} />
        </AppShell.Navbar>
        <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} className={print.main}>
          {children}
        </AppShell.Main>
      </AppShell>
    </>
  );
}
