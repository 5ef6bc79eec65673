import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import {
  BUDGET_BANDS,
  COLLABORATION_FORMATS,
  DESCRIPTION_LENGTH,
  isBudgetBand,
  isTimeframe,
  label,
  LANGUAGES,
  normaliseTags,
  ORGANIZATION_KINDS,
  REGIONS,
  TAG_LIMITS,
  TIMEFRAMES,
  TITLE_LENGTH,
  VISIBILITIES,
  type CollaborationFormat,
  type Language,
  type OrganizationKind,
  type RegionId,
  type Visibility,
} from '@videnbro/domain';
import { ErrorAlert, splitFieldErrors, type ErrorLike } from '@videnbro/web-ui';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Markdown } from '../lib/markdown';
import type { PostingType } from '../lib/posting-type';
import {
  POSTING_FIELDS,
  postingProblems,
  type PostingField,
  type PostingProblem,
  type PostingValues,
} from '../lib/values';
import { useMembers } from '../queries/postings';

/** How the author saves: a new posting as a draft or published (open), an existing one as it is. */
export type SaveAs = 'draft' | 'open' | 'unchanged';

export interface PostingEditorProps {
  type: PostingType;
  initial: PostingValues;
  /** The organisations the user may publish for; on edit, only the posting's own. */
  organizations: readonly { id: string; name: string }[];
  mode: 'create' | 'edit';
  pending: boolean;
  error: ErrorLike | null;
  onSubmit: (values: PostingValues, saveAs: SaveAs) => void;
  /** Next to the save buttons: the way back. */
  cancel: ReactNode;
}

/** Checked while typing once there is something to check; the rest wait until the field is left. */
const LIVE: ReadonlySet<PostingField> = new Set(['title', 'description', 'tags']);

/**
 * The need and competence editor: every field the API takes, checked against the same limits while
 * the author types, with a live preview of how others will see the posting.
 */
export function PostingEditor(props: PostingEditorProps) {
  const { type, mode, organizations } = props;
  const { t, i18n } = useTranslation('postings');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const [values, setValues] = useState<PostingValues>(props.initial);
  const [touched, setTouched] = useState<Partial<Record<PostingField, boolean>>>({});
  const members = useMembers(values.organizationId);
  const organizationRef = useRef<HTMLSelectElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const descriptionRef = useRef<HTMLTextAreaElement>(null);
  const tagsRef = useRef<HTMLInputElement>(null);

  const problems = postingProblems(values);
  // The API's messages go on their fields until the field is changed; the rest above the form.
  const server = props.error ? splitFieldErrors(props.error, POSTING_FIELDS) : null;
  const [edited, setEdited] = useState<ReadonlySet<PostingField>>(new Set());
  const message = (field: PostingField): string | undefined => {
    const fromServer = server?.fields[field];
    if (fromServer && !edited.has(field)) return fromServer;
    const problem: PostingProblem | undefined = problems[field];
    if (!problem) return undefined;
    const required = problem.key.endsWith('Required');
    const show = touched[field] || (LIVE.has(field) && !required);
    return show ? t(`validation.${problem.key}`, problem) : undefined;
  };
  const set = (changes: Partial<PostingValues>) => {
    setValues((current) => ({ ...current, ...changes }));
    setEdited((current) => new Set([...current, ...(Object.keys(changes) as PostingField[])]));
  };
  const leave = (field: PostingField) => () => setTouched((current) => ({ ...current, [field]: true }));

  const save = (saveAs: SaveAs) => {
    setEdited(new Set());
    setTouched(Object.fromEntries(POSTING_FIELDS.map((field) => [field, true])));
    const first = POSTING_FIELDS.find((field) => problems[field]);
    if (first) {
      const targets: Partial<Record<PostingField, { current: HTMLElement | null }>> = {
        organizationId: organizationRef,
        title: titleRef,
        description: descriptionRef,
        tags: tagsRef,
      };
      targets[first]?.current?.focus();
      return;
    }
    props.onSubmit(values, saveAs);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save(mode === 'create' ? 'open' : 'unchanged');
  };

  const count = (length: number, max: number) => t('fields.count', { count: length, max });
  const hint = t(`types.${type}.descriptionHint`);

  return (
    <form noValidate data-testid="posting-editor" onSubmit={submit}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <Stack gap="md">
          <ErrorAlert error={server?.general} />
          <NativeSelect
            ref={organizationRef}
            label={t('fields.organization')}
            required
            disabled={mode === 'edit'}
            value={values.organizationId}
            // Another organisation has other members: back to the first contact (the author, a member
            // of every organisation offered here).
            onChange={(event) =>
              set({ organizationId: event.currentTarget.value, contactUserId: props.initial.contactUserId })
            }
            onBlur={leave('organizationId')}
            error={message('organizationId')}
            data-testid="organization-select"
          >
            {organizations.length !== 1 && <option value="">{t('fields.chooseOrganization')}</option>}
            {organizations.map((organization) => (
              <option key={organization.id} value={organization.id}>
                {organization.name}
              </option>
            ))}
          </NativeSelect>

          <TextInput
            ref={titleRef}
            label={t('fields.title')}
            required
            value={values.title}
            onChange={(event) => set({ title: event.currentTarget.value })}
            onBlur={leave('title')}
            error={message('title')}
            description={count(values.title.trim().length, TITLE_LENGTH.max)}
            data-testid="title-input"
          />

          <Textarea
            ref={descriptionRef}
            label={t('fields.description')}
            required
            autosize
            minRows={8}
            maxRows={24}
            value={values.description}
            onChange={(event) => set({ description: event.currentTarget.value })}
            onBlur={leave('description')}
            error={message('description')}
            description={`${hint} ${count(values.description.length, DESCRIPTION_LENGTH.max)}`}
            data-testid="description-input"
          />
          {values.description.trim() === '' && (
            <Button
              variant="subtle"
              size="compact-sm"
              style={{ alignSelf: 'flex-start' }}
              onClick={() => set({ description: t(`types.${type}.descriptionTemplate`) })}
            >
              {t('fields.useTemplate')}
            </Button>
          )}

          <TagsInput
            ref={tagsRef}
            label={t('fields.tags')}
            description={t('fields.tagsHint', { max: TAG_LIMITS.maxTags, length: TAG_LIMITS.maxLength })}
            value={values.tags}
            // Stored trimmed, lower-case and without duplicates: shown that way at once.
            onChange={(tags) => set({ tags: normaliseTags(tags) })}
            splitChars={[',', ';']}
            acceptValueOnBlur
            onBlur={leave('tags')}
            error={message('tags')}
            data-testid="tags-input"
          />

          <Checkbox.Group
            label={t('fields.formats')}
            value={values.formats}
            onChange={(formats) => set({ formats: formats as CollaborationFormat[] })}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
              {COLLABORATION_FORMATS.map((format) => (
                <Checkbox key={format.id} value={format.id} label={label(format, locale)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>

          {type === 'need' && (
            <Checkbox.Group
              label={t('fields.partnerKinds')}
              value={values.partnerKinds}
              onChange={(kinds) => set({ partnerKinds: kinds as OrganizationKind[] })}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
                {ORGANIZATION_KINDS.map((kind) => (
                  <Checkbox key={kind.id} value={kind.id} label={label(kind, locale)} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          )}

          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('fields.regionPreference')}
              value={values.regionPreference}
              onChange={(event) => set({ regionPreference: event.currentTarget.value as RegionId | '' })}
            >
              <option value="">{t('fields.noPreference')}</option>
              {REGIONS.map((region) => (
                <option key={region.id} value={region.id}>
                  {label(region, locale)}
                </option>
              ))}
            </NativeSelect>
            {type === 'need' && (
              <>
                <NativeSelect
                  label={t('fields.budgetBand')}
                  value={values.budgetBand}
                  onChange={(event) => {
                    const band = event.currentTarget.value;
                    set({ budgetBand: isBudgetBand(band) ? band : '' });
                  }}
                >
                  <option value="">{t('fields.notSpecified')}</option>
                  {BUDGET_BANDS.map((band) => (
                    <option key={band.id} value={band.id}>
                      {label(band, locale)}
                    </option>
                  ))}
                </NativeSelect>
                <NativeSelect
                  label={t('fields.timeframe')}
                  value={values.timeframe}
                  onChange={(event) => {
                    const timeframe = event.currentTarget.value;
                    set({ timeframe: isTimeframe(timeframe) ? timeframe : '' });
                  }}
                >
                  <option value="">{t('fields.notSpecified')}</option>
                  {TIMEFRAMES.map((timeframe) => (
                    <option key={timeframe.id} value={timeframe.id}>
                      {label(timeframe, locale)}
                    </option>
                  ))}
                </NativeSelect>
              </>
            )}
            <NativeSelect
              label={t('fields.contact')}
              description={t('fields.contactHint')}
              value={values.contactUserId}
              onChange={(event) => set({ contactUserId: event.currentTarget.value })}
              disabled={!members.data}
              error={message('contactUserId')}
              data-testid="contact-select"
            >
              <option value="">{t('fields.noContact')}</option>
              {(members.data ?? []).map((member) => (
                <option key={member.userId} value={member.userId}>
                  {member.name}
                </option>
              ))}
            </NativeSelect>
          </SimpleGrid>

          <Checkbox.Group
            label={t('fields.languages')}
            value={values.languages}
            onChange={(languages) => set({ languages: languages as Language[] })}
          >
            <Group mt="xs" gap="md">
              {LANGUAGES.map((language) => (
                <Checkbox key={language.id} value={language.id} label={label(language, locale)} />
              ))}
            </Group>
          </Checkbox.Group>

          <Radio.Group
            label={t('fields.visibility')}
            value={values.visibility}
            onChange={(visibility) => set({ visibility: visibility as Visibility })}
            data-testid="visibility-group"
          >
            <Stack mt="xs" gap="sm">
              {VISIBILITIES.map((visibility) => (
                <Radio
                  key={visibility.id}
                  value={visibility.id}
                  label={label(visibility, locale)}
                  description={label(visibility.explanation, locale)}
                  data-testid={`visibility-${visibility.id}`}
                />
              ))}
            </Stack>
          </Radio.Group>

          <Group>
            {mode === 'create' ? (
              <>
                <Button type="submit" loading={props.pending} data-testid="publish">
                  {t('editor.publish')}
                </Button>
                <Button
                  variant="default"
                  disabled={props.pending}
                  onClick={() => save('draft')}
                  data-testid="save-draft"
                >
                  {t('editor.saveDraft')}
                </Button>
              </>
            ) : (
              <Button type="submit" loading={props.pending} data-testid="save">
                {t('editor.save')}
              </Button>
            )}
            {props.cancel}
          </Group>
        </Stack>

        <Paper component="section" withBorder p="md" aria-labelledby="posting-preview" data-testid="preview">
          <Title order={2} size="h4" id="posting-preview">
            {t('preview.title')}
          </Title>
          <Text size="sm" mb="md">
            {t('preview.intro')}
          </Text>
          <Text fw={700} size="lg" mb="sm">
            {values.title.trim() || t('preview.untitled')}
          </Text>
          {values.description.trim() ? (
            <Markdown source={values.description} testId="preview-description" />
          ) : (
            <Text fs="italic">{t('preview.emptyDescription')}</Text>
          )}
        </Paper>
      </SimpleGrid>
    </form>
  );
}
