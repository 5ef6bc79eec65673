import { Anchor, Badge, Button, Group, Modal, NativeSelect, NumberInput, Table, Text } from '@mantine/core';
import {
  isOneOf,
  label,
  ORGANIZATION_KIND_IDS,
  ORGANIZATION_KIND_LABELS,
  PARTICIPATION_ROLE_LABELS,
  PARTICIPATION_ROLES,
  type ParticipationRole,
} from '@videnbro/domain';
import { ErrorAlert } from '@videnbro/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { describeError } from '../lib/errors';
import { organizationPath } from '../lib/paths';
import { useRemoveParticipation, useUpdateParticipation } from '../queries/participations';
import type { Participation } from '../queries/types';

export interface ParticipantsTableProps {
  activityId: string;
  participations: readonly Participation[];
  editable: boolean;
  /** Says what happened, for the page's live region. */
  onChanged: (announcement: string) => void;
}

export function kindLabel(kind: string, locale: string): string {
  return isOneOf(ORGANIZATION_KIND_IDS, kind) ? label(ORGANIZATION_KIND_LABELS[kind], locale) : kind;
}

/** The organisations taking part: kind, role and persons; brokers change the role and persons, or remove one. */
export function ParticipantsTable({
  activityId,
  participations,
  editable,
  onChanged,
}: ParticipantsTableProps) {
  const { t, i18n } = useTranslation('activities');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Participation | null>(null);

  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" data-testid="participants-table">
          <Table.Caption>{t('participants.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('participants.organization')}</Table.Th>
              <Table.Th>{t('participants.kind')}</Table.Th>
              <Table.Th>{t('participants.role')}</Table.Th>
              <Table.Th>{t('participants.persons')}</Table.Th>
              {editable && <Table.Th>{t('participants.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {participations.map((participation) =>
              editing === participation.id ? (
                <EditRow
                  key={participation.id}
                  activityId={activityId}
                  participation={participation}
                  kind={kindLabel(participation.organization.kind, locale)}
                  onDone={(saved) => {
                    setEditing(null);
                    if (saved) onChanged(t('participants.saved', { name: participation.organization.name }));
                  }}
                />
              ) : (
                <Table.Tr key={participation.id} data-testid="participant-row">
                  <Table.Td>
                    <Group gap="xs">
                      <Anchor component={Link} to={organizationPath(participation.organization.id)}>
                        {participation.organization.name}
                      </Anchor>
                      {!participation.organization.verified && (
                        <Badge variant="light" color="yellow" size="sm">
                          {t('participants.unverified')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{kindLabel(participation.organization.kind, locale)}</Table.Td>
                  <Table.Td>{label(PARTICIPATION_ROLE_LABELS[participation.role], locale)}</Table.Td>
                  <Table.Td>{participation.persons}</Table.Td>
                  {editable && (
                    <Table.Td>
                      <Group gap="xs">
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          aria-label={t('participants.editLabel', { name: participation.organization.name })}
                          onClick={() => setEditing(participation.id)}
                        >
                          {t('participants.edit')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          aria-label={t('participants.removeLabel', {
                            name: participation.organization.name,
                          })}
                          onClick={() => setRemoving(participation)}
                        >
                          {t('participants.remove')}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ),
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <RemoveParticipant
        activityId={activityId}
        participation={removing}
        onClose={(removed) => {
          if (removed && removing) onChanged(t('participants.removed', { name: removing.organization.name }));
          setRemoving(null);
        }}
      />
    </>
  );
}

function EditRow({
  activityId,
  participation,
  kind,
  onDone,
}: {
  activityId: string;
  participation: Participation;
  kind: string;
  onDone: (saved: boolean) => void;
}) {
  const { t, i18n } = useTranslation('activities');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const update = useUpdateParticipation(activityId);
  const [role, setRole] = useState<ParticipationRole>(participation.role);
  const [persons, setPersons] = useState<number | string>(participation.persons);
  const name = participation.organization.name;
  const valid = typeof persons === 'number' && Number.isInteger(persons) && persons >= 1;

  return (
    <Table.Tr data-testid="participant-row">
      <Table.Td>{name}</Table.Td>
      <Table.Td>{kind}</Table.Td>
      <Table.Td>
        <NativeSelect
          aria-label={t('participants.roleOf', { name })}
          value={role}
          onChange={(event) => setRole(event.currentTarget.value as ParticipationRole)}
          autoFocus
          data-testid="edit-role"
        >
          {PARTICIPATION_ROLES.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {label(entry, locale)}
            </option>
          ))}
        </NativeSelect>
      </Table.Td>
      <Table.Td>
        <NumberInput
          aria-label={t('participants.personsOf', { name })}
          min={1}
          allowDecimal={false}
          allowNegative={false}
          value={persons}
          onChange={setPersons}
          error={valid ? undefined : t('validation.personsMin')}
          w="6rem"
          data-testid="edit-persons"
        />
        {update.error && <ErrorAlert error={describeError(update.error, t)} />}
      </Table.Td>
      <Table.Td>
        <Group gap="xs">
          <Button
            size="compact-sm"
            disabled={!valid}
            loading={update.isPending}
            onClick={() =>
              update.mutate(
                { participationId: participation.id, role, persons: Number(persons) },
                { onSuccess: () => onDone(true) },
              )
            }
            data-testid="save-participant"
          >
            {t('participants.save')}
          </Button>
          <Button size="compact-sm" variant="default" onClick={() => onDone(false)}>
            {t('editor.cancel')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

function RemoveParticipant({
  activityId,
  participation,
  onClose,
}: {
  activityId: string;
  participation: Participation | null;
  onClose: (removed: boolean) => void;
}) {
  const { t } = useTranslation('activities');
  const remove = useRemoveParticipation(activityId);
  const close = (removed: boolean) => {
    remove.reset();
    onClose(removed);
  };
  return (
    <Modal
      opened={participation !== null}
      onClose={() => close(false)}
      title={t('participants.removeTitle')}
      centered
    >
      <Text mb="md">{t('participants.removeConfirm', { name: participation?.organization.name ?? '' })}</Text>
      {remove.error && <ErrorAlert error={describeError(remove.error, t)} />}
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={() => close(false)}>
          {t('editor.cancel')}
        </Button>
        <Button
          color="red"
          loading={remove.isPending}
          data-testid="confirm-remove"
          onClick={() =>
            participation &&
            remove.mutate({ participationId: participation.id }, { onSuccess: () => close(true) })
          }
        >
          {t('participants.remove')}
        </Button>
      </Group>
    </Modal>
  );
}
