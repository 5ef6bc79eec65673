import { EmptyState, Stack } from '@mantine/core';
import { useRights } from '@videnbro/web-core';
import { NotFound, PageTitle, type NavArea } from '@videnbro/web-ui';
import { useTranslation } from 'react-i18next';

/**
 * An area that is still to come (Search, Needs, …): says what it will hold. An area the user has no
 * right to does not exist for them.
 */
export function AreaPage({ area }: { area: NavArea }) {
  const { t } = useTranslation('dashboard');
  const rights = useRights();
  if (!rights[area]) return <NotFound />;
  return (
    <Stack data-testid={`area-${area}`} gap="lg">
      <PageTitle>{t(`ui:areas.${area}`)}</PageTitle>
      <EmptyState>
        <EmptyState.Title order={2}>{t('comingSoon')}</EmptyState.Title>
        <EmptyState.Description>{t(`areas.${area}`)}</EmptyState.Description>
      </EmptyState>
    </Stack>
  );
}

export default AreaPage;
