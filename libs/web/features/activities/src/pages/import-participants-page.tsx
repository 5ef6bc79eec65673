import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Input,
  List,
  NativeSelect,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { label, ORGANIZATION_KINDS, type OrganizationKind, type ParticipationRole } from '@videnbro/domain';
import type { DescribedError } from '@videnbro/web-core';
import { ErrorAlert, LoadingState, NotFound, PageTitle } from '@videnbro/web-ui';
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isValidPersons, RolePersonsFields } from '../components/role-persons-fields';
import { describeError } from '../lib/errors';
import {
  choiceCounts,
  choicesFor,
  commitRows,
  defaultChoice,
  type ImportChoice,
} from '../lib/import-choices';
import { activityPath } from '../lib/paths';
import { useActivity } from '../queries/activities';
import { useImportCommit, useImportPreview } from '../queries/participations';
import type { ImportLine, ImportPreview, ImportResult, ImportRow } from '../queries/types';

type Step =
  { name: 'input' } | { name: 'review'; preview: ImportPreview } | { name: 'done'; summary: ImportResult };

/**
 * `/activities/:id/import`: participants from a CSV in three steps. The file is read by the API, which
 * says per line what it found (and writes nothing); the broker decides per line; then one commit adds
 * them all and says what it did.
 */
export function ImportParticipantsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('activities');
  const activity = useActivity(id);
  const [csv, setCsv] = useState('');
  const [step, setStep] = useState<Step>({ name: 'input' });

  if (activity.isPending) return <LoadingState />;
  if (activity.error?.status === 404 || activity.error?.status === 400) return <NotFound />;
  if (activity.error) return <ErrorAlert error={describeError(activity.error, t)} />;

  return (
    <Stack gap="lg" data-testid="import-participants">
      <Anchor component={Link} to={activityPath(id)} size="sm">
        {t('import.back', { title: activity.data.title })}
      </Anchor>
      <PageTitle documentTitle={t('import.title')}>
        {t('import.titleFor', { title: activity.data.title })}
      </PageTitle>
      {!activity.data.canEdit ? (
        <ErrorAlert error={t('errors.forbidden')} />
      ) : step.name === 'input' ? (
        <CsvStep
          activityId={id}
          csv={csv}
          onCsv={setCsv}
          onPreview={(preview) => setStep({ name: 'review', preview })}
        />
      ) : step.name === 'review' ? (
        <ReviewStep
          activityId={id}
          rows={step.preview.lines}
          onBack={() => setStep({ name: 'input' })}
          onDone={(summary) => setStep({ name: 'done', summary })}
        />
      ) : (
        <DoneStep activityId={id} summary={step.summary} />
      )}
    </Stack>
  );
}

/** Moves the focus to a step's heading when the step appears, so a screen reader starts there. */
function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

function CsvStep({
  activityId,
  csv,
  onCsv,
  onPreview,
}: {
  activityId: string;
  csv: string;
  onCsv: (csv: string) => void;
  onPreview: (preview: ImportPreview) => void;
}) {
  const { t } = useTranslation('activities');
  const preview = useImportPreview(activityId);
  const [empty, setEmpty] = useState(false);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    if (file) onCsv(await file.text());
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (csv.trim() === '') {
      setEmpty(true);
      return;
    }
    preview.mutate({ csv }, { onSuccess: onPreview });
  };

  return (
    <form noValidate onSubmit={submit} data-testid="import-csv-step">
      <Stack gap="md" maw="48rem">
        <Text>{t('import.intro')}</Text>
        <Text size="sm" c="dimmed">
          {t('import.columns')}
        </Text>
        {preview.error && <ErrorAlert error={describeError(preview.error, t)} />}
        <Input.Wrapper label={t('import.file')} description={t('import.fileHint')} id="import-file">
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            aria-describedby="import-file-description"
            onChange={choose}
            data-testid="import-file"
          />
        </Input.Wrapper>
        <Textarea
          label={t('import.csv')}
          description={t('import.csvHint')}
          autosize
          minRows={6}
          maxRows={20}
          value={csv}
          onChange={(event) => {
            onCsv(event.currentTarget.value);
            setEmpty(false);
          }}
          error={empty ? t('validation.csvRequired') : undefined}
          styles={{ input: { fontFamily: 'monospace' } }}
          data-testid="import-csv"
        />
        <Group>
          <Button type="submit" loading={preview.isPending} data-testid="import-preview">
            {t('import.preview')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ReviewStep({
  activityId,
  rows,
  onBack,
  onDone,
}: {
  activityId: string;
  rows: readonly ImportLine[];
  onBack: () => void;
  onDone: (summary: ImportResult) => void;
}) {
  const { t, i18n } = useTranslation('activities');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const commit = useImportCommit(activityId);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [role, setRole] = useState<ParticipationRole>('participant');
  const [persons, setPersons] = useState<number | string>(1);
  const [choices, setChoices] = useState<Record<number, ImportChoice>>({});
  const [kinds, setKinds] = useState<Record<number, OrganizationKind>>({});
  const validPersons = isValidPersons(persons);
  const counts = choiceCounts(rows, choices);
  const toAdd = counts.match + counts.create;
  const problems = commit.error
    ? lineProblems(describeError(commit.error, t), commit.variables?.rows ?? [])
    : null;

  return (
    <Stack gap="md" data-testid="import-review-step">
      <Title order={2} size="h3" ref={heading} tabIndex={-1}>
        {t('import.reviewTitle')}
      </Title>
      <Text>{t('import.reviewIntro')}</Text>
      {problems && (
        <ErrorAlert
          error={{
            ...problems.error,
            details: problems.error.details?.map((detail) => ({
              ...detail,
              message: detail.line ? t('import.lineProblem', detail) : detail.message,
            })),
          }}
        />
      )}
      <Table.ScrollContainer minWidth={800}>
        <Table verticalSpacing="xs" data-testid="import-review">
          <Table.Caption>{t('import.reviewCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('import.line')}</Table.Th>
              <Table.Th>{t('import.inFile')}</Table.Th>
              <Table.Th>{t('import.found')}</Table.Th>
              <Table.Th>{t('import.choice')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.line} data-testid="import-row" data-line={row.line}>
                <Table.Td>{row.line}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {row.input.name || '—'}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[row.input.cvr && `CVR ${row.input.cvr}`, row.input.email_domain, row.input.country]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td data-testid="import-found">
                  <Found row={row} />
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    aria-label={t('import.choiceFor', { line: row.line, name: row.input.name ?? '' })}
                    value={choices[row.line] ?? defaultChoice(row)}
                    disabled={choicesFor(row).length === 1}
                    onChange={(event) => {
                      const choice = event.currentTarget.value as ImportChoice;
                      setChoices((current) => ({ ...current, [row.line]: choice }));
                    }}
                    error={problems?.byLine.get(row.line)}
                    data-testid="import-choice"
                  >
                    {choicesFor(row).map((choice) => (
                      <option key={choice} value={choice}>
                        {choice === 'match'
                          ? t('import.choices.match', { name: row.match?.name })
                          : t(`import.choices.${choice}`)}
                      </option>
                    ))}
                  </NativeSelect>
                  {(choices[row.line] ?? defaultChoice(row)) === 'create' && row.proposal && (
                    // A new organisation counts in the statistics by its kind: the file does not say it.
                    <NativeSelect
                      mt={4}
                      size="xs"
                      aria-label={t('import.kindFor', { line: row.line, name: row.proposal.name })}
                      value={kinds[row.line] ?? row.proposal.kind}
                      onChange={(event) => {
                        const kind = event.currentTarget.value as OrganizationKind;
                        setKinds((current) => ({ ...current, [row.line]: kind }));
                      }}
                      data-testid="import-kind"
                    >
                      {ORGANIZATION_KINDS.map((kind) => (
                        <option key={kind.id} value={kind.id}>
                          {label(kind, locale)}
                        </option>
                      ))}
                    </NativeSelect>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text role="status" aria-live="polite" data-testid="import-plan">
        {t('import.plan', { match: counts.match, create: counts.create, skip: counts.skip })}
      </Text>
      <Group align="flex-end">
        <RolePersonsFields
          role={role}
          onRoleChange={setRole}
          persons={persons}
          onPersonsChange={setPersons}
          labels={{ role: t('import.role'), persons: t('import.persons') }}
          testIdPrefix="import"
          personsWidth="10rem"
        />
        <Button
          disabled={toAdd === 0 || !validPersons}
          loading={commit.isPending}
          onClick={() =>
            commit.mutate(
              { role, persons: Number(persons), rows: commitRows(rows, choices, kinds) },
              { onSuccess: onDone },
            )
          }
          data-testid="import-commit"
        >
          {t('import.commit', { count: toAdd })}
        </Button>
        <Button variant="default" onClick={onBack} disabled={commit.isPending}>
          {t('import.edit')}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * The API names a refused commit row by its place in the rows sent (`rows.2.create.cvr`): each message
 * goes to its CSV line, so the broker sees which line to change.
 */
function lineProblems(error: DescribedError, sent: readonly ImportRow[]) {
  const byLine = new Map<number, string>();
  const details = error.details?.map((detail) => {
    const line = sent[Number(/^rows\.(\d+)/.exec(detail.field)?.[1] ?? NaN)]?.line;
    if (line !== undefined && !byLine.has(line)) byLine.set(line, detail.message);
    return { ...detail, line };
  });
  return { error: { ...error, details }, byLine };
}

/** What the API found for a line. */
function Found({ row }: { row: ImportLine }) {
  const { t } = useTranslation('activities');
  if (row.errors.length > 0) {
    return (
      <List size="sm" c="red.8" data-testid="import-errors">
        {row.errors.map((error) => (
          <List.Item key={`${error.field}:${error.message}`}>{error.message}</List.Item>
        ))}
      </List>
    );
  }
  return (
    <Stack gap={4} align="flex-start">
      {row.match ? (
        <Text size="sm">{t(`import.matchedBy.${row.match.by}`, { name: row.match.name })}</Text>
      ) : (
        row.proposal && (
          <Badge variant="light" color="yellow">
            {t('import.newUnverified')}
          </Badge>
        )
      )}
      {row.duplicateOfLine !== null && (
        <Badge variant="light" color="gray">
          {t('import.duplicateOf', { line: row.duplicateOfLine })}
        </Badge>
      )}
      {row.alreadyParticipating && (
        <Badge variant="light" color="gray">
          {t('import.alreadyParticipating')}
        </Badge>
      )}
    </Stack>
  );
}

function DoneStep({ activityId, summary }: { activityId: string; summary: ImportResult }) {
  const { t } = useTranslation('activities');
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <Alert color="green" variant="light" data-testid="import-summary">
      <Stack gap="sm">
        <Title order={2} size="h3" ref={heading} tabIndex={-1}>
          {t('import.doneTitle')}
        </Title>
        <List>
          <List.Item data-testid="import-added">{t('import.added', { count: summary.added })}</List.Item>
          <List.Item data-testid="import-created">
            {t('import.created', { count: summary.created })}
          </List.Item>
          <List.Item data-testid="import-skipped">
            {t('import.skipped', { count: summary.skipped })}
          </List.Item>
        </List>
        <Group>
          <Button component={Link} to={activityPath(activityId)} data-testid="import-to-activity">
            {t('import.toActivity')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

export default ImportParticipantsPage;
