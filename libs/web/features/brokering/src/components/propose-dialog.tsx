import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '@videnbro/web-ui';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/errors';
import type { Proposal, Proposed, useProposeIntroduction } from '../queries/inbox';

export interface ProposeDialogProps {
  /** The proposal to confirm; null: closed. */
  proposal: (Proposal & { clusterName: string }) | null;
  propose: ReturnType<typeof useProposeIntroduction>;
  onClose: () => void;
  onProposed: (proposed: Proposed) => void;
}

/** The second click: who is introduced to whom, by which cluster, and that both are asked first. */
export function ProposeDialog({ proposal, propose, onClose, onProposed }: ProposeDialogProps) {
  const { t } = useTranslation('brokering');
  if (!proposal) return null;
  const { need, match, clusterName } = proposal;
  const names = {
    cluster: clusterName,
    company: need.company.name,
    institution: match.institution.name,
    need: need.need.name,
  };
  return (
    <Modal opened onClose={onClose} title={t('propose.title')} data-testid="propose-dialog">
      <Stack>
        <Text>{t('propose.text', names)}</Text>
        {match.competence && (
          <Text size="sm">{t('propose.competence', { competence: match.competence.name })}</Text>
        )}
        <Text size="sm" c="dimmed">
          {t('propose.consent')}
        </Text>
        {propose.error && <ErrorAlert error={describeError(propose.error, t)} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('propose.cancel')}
          </Button>
          <Button
            loading={propose.isPending}
            onClick={() => propose.mutate(proposal, { onSuccess: onProposed })}
            data-testid="confirm-proposal"
          >
            {t('propose.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
