import { Button, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  COLLABORATION_TYPES,
  FUNDING_SOURCES,
  isOneOf,
  COLLABORATION_TYPE_IDS,
  label,
  type FundingSource,
} from '@videnbro/domain';
import { ErrorAlert } from '@videnbro/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/errors';
import { formatDkk } from '../lib/format';
import { useUpdateCase } from '../queries/cases';
import type { Case } from '../queries/types';

const wholeKroner = (value: number | string) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** What came of the case: collaboration type, applications submitted, funding secured by source. */
export function OutcomeForm({ value: c }: { value: Case }) {
  const { t, i18n } = useTranslation('cases');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const update = useUpdateCase(c.id);
  const [type, setType] = useState<string>(c.outcome.collaborationType ?? '');
  const [applications, setApplications] = useState<number | string>(c.outcome.applicationsSubmitted);
  const [funding, setFunding] = useState<Partial<Record<FundingSource, number | string>>>(() =>
    Object.fromEntries(c.outcome.funding.map(({ source, amountDkk }) => [source, amountDkk])),
  );
  const amounts = FUNDING_SOURCES.map(({ id }) => ({ source: id, value: funding[id] ?? '' }));
  const bad = amounts.filter(({ value }) => value !== '' && !wholeKroner(value)).map(({ source }) => source);
  const total = amounts.reduce((sum, { value }) => sum + (wholeKroner(value) ? Number(value) : 0), 0);

  const save = () => {
    if (bad.length > 0 || !wholeKroner(applications)) return;
    update.mutate({
      collaborationType: isOneOf(COLLABORATION_TYPE_IDS, type) ? type : null,
      applicationsSubmitted: Number(applications),
      funding: amounts
        .filter(({ value }) => Number(value) > 0)
        .map(({ source, value }) => ({ source, amountDkk: Number(value) })),
    });
  };

  return (
    <Paper
      component="form"
      withBorder
      p="md"
      aria-labelledby="case-outcome"
      data-testid="outcome-form"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id="case-outcome">
          {t('outcome.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('outcome.collaborationType')}
            data={[
              { value: '', label: t('outcome.notYet') },
              ...COLLABORATION_TYPES.map((entry) => ({ value: entry.id, label: label(entry, locale) })),
            ]}
            value={type}
            onChange={(event) => setType(event.currentTarget.value)}
            data-testid="outcome-type"
          />
          <NumberInput
            label={t('outcome.applications')}
            value={applications}
            onChange={setApplications}
            min={0}
            max={1000}
            allowDecimal={false}
            allowNegative={false}
            error={wholeKroner(applications) ? undefined : t('outcome.badAmount')}
          />
        </SimpleGrid>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <Text component="legend" fw={600} mb="xs">
            {t('outcome.funding')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {FUNDING_SOURCES.map((entry) => (
              <NumberInput
                key={entry.id}
                label={label(entry, locale)}
                value={funding[entry.id] ?? ''}
                onChange={(value) => setFunding((current) => ({ ...current, [entry.id]: value }))}
                min={0}
                allowDecimal={false}
                allowNegative={false}
                thousandSeparator="."
                decimalSeparator=","
                error={bad.includes(entry.id) ? t('outcome.badAmount') : undefined}
                data-testid={`funding-${entry.id}`}
              />
            ))}
          </SimpleGrid>
        </fieldset>
        <Text data-testid="outcome-total">{t('outcome.total', { amount: formatDkk(total, locale) })}</Text>
        {update.error && <ErrorAlert error={describeError(update.error, t)} />}
        <Button
          type="submit"
          loading={update.isPending}
          style={{ alignSelf: 'flex-start' }}
          data-testid="save-outcome"
        >
          {t('outcome.save')}
        </Button>
        <Text size="sm" role="status">
          {update.isSuccess ? t('outcome.saved') : ''}
        </Text>
      </Stack>
    </Paper>
  );
}
