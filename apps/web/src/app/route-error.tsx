import { Button, Container, Stack } from '@mantine/core';
import { ErrorAlert } from '@videnbro/web-ui';
import { useTranslation } from 'react-i18next';

/** When a page fails to render or its chunk fails to load (say, just after a deploy). */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl" component="main">
      <Stack align="flex-start">
        <ErrorAlert error={t('common:errors.unexpected')} />
        <Button onClick={() => window.location.reload()}>{t('common:actions.reload')}</Button>
      </Stack>
    </Container>
  );
}
