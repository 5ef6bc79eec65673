import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import {
  CASE_NEXT_ACTION_MAX_LENGTH,
  CASE_STAGE_LABELS,
  CASE_TRANSITIONS,
  label,
  type CaseStage,
} from '@videnbro/domain';
import { useAllClusters } from '@videnbro/web-core';
import { ErrorAlert } from '@videnbro/web-ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/errors';
import { useCaseBrokers, useHandover, useUpdateCase } from '../queries/cases';
import type { Case } from '../queries/types';

/** What the case's brokers run: its stage (only the allowed moves), owner, next action, handover. */
export function BrokerPanel({ value: c }: { value: Case }) {
  const { t } = useTranslation('cases');
  return (
    <Stack component="section" aria-labelledby="case-brokering" gap="sm" data-testid="case-brokering">
      <Title order={2} size="h3" id="case-brokering">
        {t('broker.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <StageForm value={c} />
        <OwnerForm value={c} />
        <NextActionForm value={c} />
        <HandoverForm value={c} />
      </SimpleGrid>
    </Stack>
  );
}

/** A bordered form with its error and, once saved, a status line screen readers announce. */
function PanelForm({
  children,
  onSubmit,
  error,
  done,
  testId,
}: {
  children: ReactNode;
  onSubmit: () => void;
  error: ReturnType<typeof useUpdateCase>['error'];
  done: string;
  testId: string;
}) {
  const { t } = useTranslation('cases');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} data-testid={testId}>
      <Stack gap="sm" align="flex-start">
        {children}
        {error && <ErrorAlert error={describeError(error, t)} />}
        <Text size="sm" role="status">
          {done}
        </Text>
      </Stack>
    </Paper>
  );
}

function StageForm({ value: c }: { value: Case }) {
  const { t, i18n } = useTranslation('cases');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const update = useUpdateCase(c.id);
  const moves = CASE_TRANSITIONS[c.stage];
  const [stage, setStage] = useState<CaseStage | ''>('');
  const target = moves.includes(stage as CaseStage) ? (stage as CaseStage) : moves[0];

  if (moves.length === 0) {
    return (
      <Paper withBorder p="md" data-testid="stage-form">
        <Text>{t('broker.noMoves')}</Text>
      </Paper>
    );
  }
  return (
    <PanelForm
      testId="stage-form"
      onSubmit={() => update.mutate({ stage: target }, { onSuccess: () => setStage('') })}
      error={update.error}
      done={
        update.isSuccess && update.variables.stage
          ? t('broker.moved', { stage: label(CASE_STAGE_LABELS[update.variables.stage], locale) })
          : ''
      }
    >
      <NativeSelect
        label={t('broker.stage')}
        data={moves.map((move) => ({ value: move, label: label(CASE_STAGE_LABELS[move], locale) }))}
        value={target}
        onChange={(event) => setStage(event.currentTarget.value as CaseStage)}
        data-testid="stage-select"
      />
      {target === 'introduced' && <Text size="sm">{t('broker.introducedHint')}</Text>}
      <Button type="submit" loading={update.isPending} data-testid="move-stage">
        {t('broker.move')}
      </Button>
    </PanelForm>
  );
}

function OwnerForm({ value: c }: { value: Case }) {
  const { t } = useTranslation('cases');
  const update = useUpdateCase(c.id);
  const brokers = useCaseBrokers(c.clusters.map(({ id }) => id));
  const [owner, setOwner] = useState(c.ownerUser?.id ?? '');
  // The current owner stays a choice even when the caller may not list their cluster's members.
  const choices =
    c.ownerUser && !brokers.some((b) => b.userId === c.ownerUser?.id)
      ? [{ userId: c.ownerUser.id, name: c.ownerUser.name }, ...brokers]
      : brokers;
  return (
    <PanelForm
      testId="owner-form"
      onSubmit={() => update.mutate({ ownerUserId: owner || null })}
      error={update.error}
      done={update.isSuccess ? t('broker.saved') : ''}
    >
      <NativeSelect
        label={t('broker.owner')}
        data={[
          { value: '', label: t('broker.nobody') },
          ...choices.map(({ userId, name }) => ({ value: userId, label: name })),
        ]}
        value={owner}
        onChange={(event) => setOwner(event.currentTarget.value)}
        data-testid="owner-select"
      />
      <Button type="submit" loading={update.isPending}>
        {t('broker.saveOwner')}
      </Button>
    </PanelForm>
  );
}

function NextActionForm({ value: c }: { value: Case }) {
  const { t } = useTranslation('cases');
  const update = useUpdateCase(c.id);
  const [nextAction, setNextAction] = useState(c.nextAction ?? '');
  const [due, setDue] = useState(c.nextActionDue ?? '');
  return (
    <PanelForm
      testId="next-action-form"
      onSubmit={() => update.mutate({ nextAction: nextAction.trim() || null, nextActionDue: due || null })}
      error={update.error}
      done={update.isSuccess ? t('broker.saved') : ''}
    >
      <TextInput
        label={t('broker.nextAction')}
        value={nextAction}
        onChange={(event) => setNextAction(event.currentTarget.value)}
        maxLength={CASE_NEXT_ACTION_MAX_LENGTH}
        w="100%"
      />
      <TextInput
        type="date"
        label={t('broker.nextActionDue')}
        value={due}
        onChange={(event) => setDue(event.currentTarget.value)}
      />
      <Button type="submit" loading={update.isPending}>
        {t('broker.saveNextAction')}
      </Button>
    </PanelForm>
  );
}

function HandoverForm({ value: c }: { value: Case }) {
  const { t } = useTranslation('cases');
  const handover = useHandover(c.id);
  const clusters = (useAllClusters().data ?? []).filter(({ id }) => id !== c.ownerCluster.id);
  const [clusterId, setClusterId] = useState('');
  const [reason, setReason] = useState('');
  // After a handover the chosen cluster owns the case and leaves the list.
  const target = clusters.some(({ id }) => id === clusterId) ? clusterId : (clusters[0]?.id ?? '');
  const handedTo = handover.data?.ownerCluster.name;
  return (
    <PanelForm
      testId="handover-form"
      onSubmit={() => target && handover.mutate({ clusterId: target, reason: reason.trim() || undefined })}
      error={handover.error}
      done={handover.isSuccess && handedTo ? t('broker.handedOver', { cluster: handedTo }) : ''}
    >
      <Text fw={600}>{t('broker.handover')}</Text>
      <NativeSelect
        label={t('broker.handoverCluster')}
        data={clusters.map(({ id, name }) => ({ value: id, label: name }))}
        value={target}
        onChange={(event) => setClusterId(event.currentTarget.value)}
        data-testid="handover-cluster"
      />
      <TextInput
        label={t('broker.handoverReason')}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        maxLength={1000}
        w="100%"
      />
      <Group>
        <Button type="submit" variant="light" loading={handover.isPending} disabled={!target}>
          {t('broker.handoverSubmit')}
        </Button>
      </Group>
    </PanelForm>
  );
}
