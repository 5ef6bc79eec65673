import { AppShell, Container, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageSwitcher, type UiLanguage } from '../components/language-switcher';
import { MAIN_CONTENT_ID } from './areas';
import { ProductName } from './product-name';
import { SkipLink } from './skip-link';

export interface PublicLayoutProps {
  language: UiLanguage;
  onLanguageChange: (language: UiLanguage) => void;
  children: ReactNode;
}

/** The frame for visitors who are not signed in: product name, language and the content. */
export function PublicLayout({ language, onLanguageChange, children }: PublicLayoutProps) {
  return (
    <>
      <SkipLink />
      <AppShell header={{ height: 64 }} padding="md">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <ProductName />
            <LanguageSwitcher value={language} onChange={onLanguageChange} />
          </Group>
        </AppShell.Header>
        <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
          <Container size="xs" py="xl">
            {children}
          </Container>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
