import { Button, Group, Paper, Select, Stack, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ParticipationRole } from '@videnbro/domain';
import { ErrorAlert } from '@videnbro/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/errors';
import { useAddParticipation, useOrganizationSearch } from '../queries/participations';
import { kindLabel } from './participants-table';
import { isValidPersons, RolePersonsFields } from './role-persons-fields';

export interface AddParticipantProps {
  activityId: string;
  /** Says what happened, for the page's live region. */
  onAdded: (announcement: string) => void;
}

/** Adds one organisation, found by name, with its role and number of persons. */
export function AddParticipant({ activityId, onAdded }: AddParticipantProps) {
  const { t, i18n } = useTranslation('activities');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const found = useOrganizationSearch(query);
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [role, setRole] = useState<ParticipationRole>('participant');
  const [persons, setPersons] = useState<number | string>(1);
  const [missing, setMissing] = useState(false);
  const add = useAddParticipation(activityId);
  const options = (found.data ?? []).map((organization) => ({
    value: organization.id,
    label: organization.name,
    kind: kindLabel(organization.kind, locale),
  }));
  const validPersons = isValidPersons(persons);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!organizationId) {
      setMissing(true);
      return;
    }
    if (!validPersons) return;
    const name = options.find((option) => option.value === organizationId)?.label ?? '';
    add.mutate(
      { organizationId, role, persons: Number(persons) },
      {
        onSuccess: () => {
          onAdded(t('participants.added', { name }));
          setOrganizationId(null);
          setSearch('');
          setPersons(1);
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="add-participant">
      <form noValidate onSubmit={submit} data-testid="add-participant">
        <Stack gap="sm">
          <Title order={3} size="h4" id="add-participant">
            {t('participants.addTitle')}
          </Title>
          {add.error && <ErrorAlert error={describeError(add.error, t)} />}
          <Group align="flex-start" wrap="wrap">
            <Select
              label={t('participants.organization')}
              description={t('participants.searchHint')}
              required
              searchable
              clearable
              searchValue={search}
              onSearchChange={setSearch}
              data={options}
              // The API has searched by name already.
              filter={({ options: all }) => all}
              renderOption={({ option }) => `${option.label} · ${(option as (typeof options)[number]).kind}`}
              value={organizationId}
              onChange={(value) => {
                setOrganizationId(value);
                setMissing(false);
              }}
              nothingFoundMessage={query.trim().length >= 2 ? t('participants.nothingFound') : undefined}
              error={missing ? t('validation.organizationRequired') : undefined}
              miw="18rem"
              data-testid="participant-organization"
            />
            <RolePersonsFields
              role={role}
              onRoleChange={setRole}
              persons={persons}
              onPersonsChange={setPersons}
              labels={{ role: t('participants.role'), persons: t('participants.persons') }}
              testIdPrefix="participant"
              personsWidth="8rem"
            />
          </Group>
          <Group>
            <Button type="submit" loading={add.isPending} data-testid="add-participant-submit">
              {t('participants.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
