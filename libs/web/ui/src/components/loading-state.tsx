import { Center, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A polite status message with a spinner, while something loads. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation('ui');
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" aria-hidden />
        <Text size="sm">{label ?? t('loading')}</Text>
      </Group>
    </Center>
  );
}
