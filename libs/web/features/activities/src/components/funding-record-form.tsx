import { Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import {
  FUNDING_NOTE_MAX_LENGTH,
  FUNDING_SOURCES,
  FUNDING_STATUSES,
  label,
  type FundingSource,
  type FundingStatus,
} from '@videnbro/domain';
import { ErrorAlert, splitFieldErrors, type ErrorLike } from '@videnbro/web-ui';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { caseLabel } from '../lib/format';
import type { LinkedCase } from '../queries/types';

export interface FundingValues {
  source: FundingSource;
  status: FundingStatus;
  /** Whole kroner; '' while empty. */
  amountDkk: number | '';
  /** The activity the money is for; '' for none. */
  activityId: string;
  /** The case the money came through; '' for none. */
  caseId: string;
  note: string;
}

const FIELDS = ['source', 'status', 'amountDkk', 'activityId', 'caseId', 'note'] as const;
type Field = (typeof FIELDS)[number];

export const EMPTY_FUNDING: FundingValues = {
  source: 'innovation_power',
  status: 'spent',
  amountDkk: '',
  activityId: '',
  caseId: '',
  note: '',
};

function problems(values: FundingValues): Partial<Record<Field, string>> {
  const found: Partial<Record<Field, string>> = {};
  if (values.amountDkk === '') found.amountDkk = 'amountRequired';
  else if (!Number.isInteger(values.amountDkk) || values.amountDkk <= 0) found.amountDkk = 'amountPositive';
  if (values.note.trim().length > FUNDING_NOTE_MAX_LENGTH) found.note = 'noteTooLong';
  return found;
}

export interface FundingRecordFormProps {
  initial: FundingValues;
  pending: boolean;
  error: ErrorLike | null;
  submitLabel: string;
  /** The cluster's activities of the year, to tie the money to one. */
  activities: readonly { id: string; title: string }[];
  /** The cluster's cases, to tie the money to one. */
  cases: readonly LinkedCase[];
  onSubmit: (values: FundingValues & { amountDkk: number }) => void;
  cancel?: ReactNode;
  testId: string;
}

/** A funding record's source, status, amount in DKK and note, checked before it is sent. */
export function FundingRecordForm(props: FundingRecordFormProps) {
  const { t, i18n } = useTranslation('activities');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const [values, setValues] = useState<FundingValues>(props.initial);
  const [submitted, setSubmitted] = useState(false);
  const [edited, setEdited] = useState<ReadonlySet<Field>>(new Set());
  const amountRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLInputElement>(null);
  const found = problems(values);
  const server = props.error ? splitFieldErrors(props.error, FIELDS) : null;
  const message = (field: Field) => {
    const fromServer = server?.fields[field];
    if (fromServer && !edited.has(field)) return fromServer;
    const key = found[field];
    return key && submitted ? t(`validation.${key}`, { max: FUNDING_NOTE_MAX_LENGTH }) : undefined;
  };
  const set = (changes: Partial<FundingValues>) => {
    setValues((current) => ({ ...current, ...changes }));
    setEdited((current) => new Set([...current, ...(Object.keys(changes) as Field[])]));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setEdited(new Set());
    if (found.amountDkk) return amountRef.current?.focus();
    if (found.note) return noteRef.current?.focus();
    props.onSubmit({ ...values, amountDkk: values.amountDkk as number, note: values.note.trim() });
  };

  return (
    <form noValidate onSubmit={submit} data-testid={props.testId}>
      <Stack gap="sm">
        <ErrorAlert error={server?.general} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t('funding.source')}
            value={values.source}
            onChange={(event) => set({ source: event.currentTarget.value as FundingSource })}
            error={message('source')}
            data-testid="funding-source"
          >
            {FUNDING_SOURCES.map((source) => (
              <option key={source.id} value={source.id}>
                {label(source, locale)}
              </option>
            ))}
          </NativeSelect>
          <NativeSelect
            label={t('funding.status')}
            value={values.status}
            onChange={(event) => set({ status: event.currentTarget.value as FundingStatus })}
            error={message('status')}
            data-testid="funding-status"
          >
            {FUNDING_STATUSES.map((status) => (
              <option key={status.id} value={status.id}>
                {label(status, locale)}
              </option>
            ))}
          </NativeSelect>
          <NumberInput
            ref={amountRef}
            label={t('funding.amount')}
            description={t('funding.amountHint')}
            required
            min={1}
            allowDecimal={false}
            allowNegative={false}
            // Danish notation in either language, as in the reports: 1.250.000.
            thousandSeparator="."
            decimalSeparator=","
            value={values.amountDkk}
            onChange={(amount) => set({ amountDkk: typeof amount === 'number' ? amount : '' })}
            error={message('amountDkk')}
            data-testid="funding-amount"
          />
        </SimpleGrid>
        <NativeSelect
          label={t('funding.activity')}
          value={values.activityId}
          onChange={(event) => set({ activityId: event.currentTarget.value })}
          error={message('activityId')}
          data-testid="funding-activity"
        >
          <option value="">{t('funding.noActivity')}</option>
          {props.activities.map((activity) => (
            <option key={activity.id} value={activity.id}>
              {activity.title}
            </option>
          ))}
        </NativeSelect>
        <NativeSelect
          label={t('funding.case')}
          value={values.caseId}
          onChange={(event) => set({ caseId: event.currentTarget.value })}
          error={message('caseId')}
          data-testid="funding-case"
        >
          <option value="">{t('funding.noCase')}</option>
          {props.cases.map((linked) => (
            <option key={linked.id} value={linked.id}>
              {caseLabel(linked, locale)}
            </option>
          ))}
        </NativeSelect>
        <TextInput
          ref={noteRef}
          label={t('funding.note')}
          value={values.note}
          onChange={(event) => set({ note: event.currentTarget.value })}
          error={message('note')}
          data-testid="funding-note"
        />
        <Group>
          <Button type="submit" loading={props.pending} data-testid={`${props.testId}-submit`}>
            {props.submitLabel}
          </Button>
          {props.cancel}
        </Group>
      </Stack>
    </form>
  );
}
