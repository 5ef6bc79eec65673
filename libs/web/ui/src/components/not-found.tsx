import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageTitle } from './page-title';

/** The 404 page. */
export function NotFound() {
  const { t } = useTranslation('ui');
  return (
    <Stack data-testid="not-found" gap="sm" align="flex-start">
      <PageTitle>{t('notFound.title')}</PageTitle>
      <Text>{t('notFound.text')}</Text>
      <Anchor component={Link} to="/">
        {t('notFound.home')}
      </Anchor>
    </Stack>
  );
}
