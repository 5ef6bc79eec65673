import {
  Button,
  Group,
  MultiSelect,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  ACTIVITY_FORMATS,
  ACTIVITY_FUNDING_SOURCES,
  ACTIVITY_TYPES,
  label,
  type ActivityFormat,
  type ActivityFundingSource,
  type ActivityType,
} from '@videnbro/domain';
import { ErrorAlert, splitFieldErrors, type ErrorLike } from '@videnbro/web-ui';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTIVITY_FIELDS,
  activityProblems,
  type ActivityField,
  type ActivityValues,
} from '../lib/activity-values';
import { caseLabel } from '../lib/format';
import { byParties, useCaseChoices } from '../queries/cases';
import type { LinkedCase } from '../queries/types';
import type { ClusterChoice } from '@videnbro/web-core';

export interface ActivityEditorProps {
  mode: 'create' | 'edit';
  initial: ActivityValues;
  /** The clusters the user may log activities for (the owner is one of them). */
  ownerClusters: readonly ClusterChoice[];
  /** Every cluster, for co-organisers. */
  allClusters: readonly ClusterChoice[];
  /** The cases linked now: choices even when no longer among the clusters' newest. */
  linkedCases?: readonly LinkedCase[];
  pending: boolean;
  error: ErrorLike | null;
  onSubmit: (values: ActivityValues) => void;
  /** Next to the save button: the way back. */
  cancel: ReactNode;
}

/** The API names the clusters `clusterIds`; its messages about them go on the owner field. */
function fieldErrors(error: ErrorLike): ErrorLike {
  return {
    ...error,
    details: error.details?.map((detail) =>
      detail.field.startsWith('clusterIds') ? { ...detail, field: 'ownerClusterId' } : detail,
    ),
  };
}

/**
 * Creates or edits an activity: the rules the API checks are checked here first, each message on its
 * field; what the API still refuses is shown on its field too, until that field is changed.
 */
export function ActivityEditor(props: ActivityEditorProps) {
  const { mode, ownerClusters, allClusters } = props;
  const { t, i18n } = useTranslation('activities');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const [values, setValues] = useState<ActivityValues>(props.initial);
  const [submitted, setSubmitted] = useState(false);
  const [edited, setEdited] = useState<ReadonlySet<ActivityField>>(new Set());
  const ownerRef = useRef<HTMLSelectElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const startsOnRef = useRef<HTMLInputElement>(null);
  const endsOnRef = useRef<HTMLInputElement>(null);
  const placeRef = useRef<HTMLInputElement>(null);
  const descriptionRef = useRef<HTMLTextAreaElement>(null);

  const problems = activityProblems(values);
  const server = props.error ? splitFieldErrors(fieldErrors(props.error), ACTIVITY_FIELDS) : null;
  const message = (field: ActivityField): string | undefined => {
    const fromServer = server?.fields[field];
    if (fromServer && !edited.has(field)) return fromServer;
    const problem = problems[field];
    return problem && submitted ? t(`validation.${problem.key}`, problem) : undefined;
  };
  const set = (changes: Partial<ActivityValues>) => {
    setValues((current) => ({ ...current, ...changes }));
    setEdited((current) => new Set([...current, ...(Object.keys(changes) as ActivityField[])]));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setEdited(new Set());
    const first = ACTIVITY_FIELDS.find((field) => problems[field]);
    if (first) {
      const targets: Partial<Record<ActivityField, { current: HTMLElement | null }>> = {
        ownerClusterId: ownerRef,
        title: titleRef,
        startsOn: startsOnRef,
        endsOn: endsOnRef,
        place: placeRef,
        description: descriptionRef,
      };
      targets[first]?.current?.focus();
      return;
    }
    props.onSubmit(values);
  };

  // Cases of the activity's clusters that the user brokers: the only ones the user may list.
  const caseClusterIds = [values.ownerClusterId, ...values.otherClusterIds].filter((id) =>
    ownerClusters.some((own) => own.id === id),
  );
  const fetchedCases = useCaseChoices([...new Set(caseClusterIds)]);
  const caseChoices = [
    ...(props.linkedCases ?? []).filter((linked) => !fetchedCases.some(({ id }) => id === linked.id)),
    ...fetchedCases,
  ]
    .sort(byParties)
    .map((linked) => ({ value: linked.id, label: caseLabel(linked, locale) }));

  const coOrganisers = allClusters
    .filter(({ id }) => id !== values.ownerClusterId)
    .map(({ id, name }) => ({ value: id, label: name }));

  return (
    <form noValidate onSubmit={submit} data-testid="activity-editor">
      <Stack gap="md" maw="48rem">
        <ErrorAlert error={server?.general} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            ref={ownerRef}
            label={t('fields.ownerCluster')}
            required
            disabled={mode === 'edit'}
            value={values.ownerClusterId}
            onChange={(event) => set({ ownerClusterId: event.currentTarget.value })}
            error={message('ownerClusterId')}
            data-testid="owner-cluster-select"
          >
            {ownerClusters.length !== 1 && <option value="">{t('fields.chooseCluster')}</option>}
            {/* On edit the owner may be a cluster the user co-organises with, not one of theirs. */}
            {[
              ...ownerClusters,
              ...allClusters.filter(
                ({ id }) => id === values.ownerClusterId && !ownerClusters.some((own) => own.id === id),
              ),
            ].map((cluster) => (
              <option key={cluster.id} value={cluster.id}>
                {cluster.name}
              </option>
            ))}
          </NativeSelect>
          <MultiSelect
            label={t('fields.otherClusters')}
            description={t('fields.otherClustersHint')}
            data={coOrganisers}
            value={values.otherClusterIds.filter((id) => id !== values.ownerClusterId)}
            onChange={(otherClusterIds) => set({ otherClusterIds })}
            searchable
            error={message('otherClusterIds')}
            data-testid="other-clusters"
          />
        </SimpleGrid>
        <TextInput
          ref={titleRef}
          label={t('fields.title')}
          required
          value={values.title}
          onChange={(event) => set({ title: event.currentTarget.value })}
          error={message('title')}
          data-testid="activity-title"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('fields.type')}
            required
            value={values.type}
            onChange={(event) => set({ type: event.currentTarget.value as ActivityType })}
            error={message('type')}
            data-testid="activity-type"
          >
            {ACTIVITY_TYPES.map((type) => (
              <option key={type.id} value={type.id}>
                {label(type, locale)}
              </option>
            ))}
          </NativeSelect>
          <NativeSelect
            label={t('fields.fundingSource')}
            required
            value={values.fundingSource}
            onChange={(event) => set({ fundingSource: event.currentTarget.value as ActivityFundingSource })}
            error={message('fundingSource')}
            data-testid="activity-funding-source"
          >
            {ACTIVITY_FUNDING_SOURCES.map((source) => (
              <option key={source.id} value={source.id}>
                {label(source, locale)}
              </option>
            ))}
          </NativeSelect>
          <TextInput
            ref={startsOnRef}
            type="date"
            label={t('fields.startsOn')}
            required
            value={values.startsOn}
            onChange={(event) => {
              const startsOn = event.currentTarget.value;
              // A one-day activity is the usual case: the end follows the start until it is set.
              set(values.endsOn && values.endsOn >= startsOn ? { startsOn } : { startsOn, endsOn: startsOn });
            }}
            error={message('startsOn')}
            data-testid="activity-starts-on"
          />
          <TextInput
            ref={endsOnRef}
            type="date"
            label={t('fields.endsOn')}
            required
            min={values.startsOn || undefined}
            value={values.endsOn}
            onChange={(event) => set({ endsOn: event.currentTarget.value })}
            error={message('endsOn')}
            data-testid="activity-ends-on"
          />
        </SimpleGrid>
        <Radio.Group
          label={t('fields.format')}
          value={values.format}
          onChange={(format) => set({ format: format as ActivityFormat })}
          error={message('format')}
        >
          <Group mt="xs">
            {ACTIVITY_FORMATS.map((format) => (
              <Radio key={format.id} value={format.id} label={label(format, locale)} />
            ))}
          </Group>
        </Radio.Group>
        <TextInput
          ref={placeRef}
          label={t('fields.place')}
          value={values.place}
          onChange={(event) => set({ place: event.currentTarget.value })}
          error={message('place')}
          data-testid="activity-place"
        />
        <Textarea
          ref={descriptionRef}
          label={t('fields.description')}
          autosize
          minRows={4}
          maxRows={16}
          value={values.description}
          onChange={(event) => set({ description: event.currentTarget.value })}
          error={message('description')}
          data-testid="activity-description"
        />
        <MultiSelect
          label={t('fields.cases')}
          description={t('fields.casesHint')}
          data={caseChoices}
          value={values.caseIds}
          onChange={(caseIds) => set({ caseIds })}
          searchable
          nothingFoundMessage={t('fields.noCases')}
          error={message('caseIds')}
          data-testid="activity-cases"
        />
        <Group>
          <Button type="submit" loading={props.pending} data-testid="save-activity">
            {mode === 'create' ? t('editor.create') : t('editor.save')}
          </Button>
          {props.cancel}
        </Group>
      </Stack>
    </form>
  );
}
