import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  CVR_PROBLEM_MESSAGES,
  EMPLOYEE_BANDS,
  isCompany,
  isEmployeeBand,
  isLanguage,
  isOrganizationKind,
  label,
  LANGUAGES,
  normaliseTags,
  ORGANIZATION_KINDS,
  TAG_LIMITS,
} from '@videnbro/domain';
import { ErrorAlert, type ErrorLike } from '@videnbro/web-ui';
import type { TFunction } from 'i18next';
import { useCallback, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isDanish,
  PROFILE_FIELDS,
  profileProblems,
  type ProfileField,
  type ProfileProblem,
  type ProfileValues,
} from '../lib/profile';
import { CvrInput } from './cvr-input';
import { LocationFields, type LocationValue } from './location-fields';
import { NacePicker } from './nace-picker';

export function problemText(problem: ProfileProblem, t: TFunction, locale: string): string {
  if (problem.key === 'cvr') return label(CVR_PROBLEM_MESSAGES[problem.problem], locale);
  return t(`organizations:validation.${problem.key}`, problem);
}

/** Problems shown while typing, before the field is left (the others wait for that). */
const LIVE: ReadonlySet<ProfileField> = new Set(['description', 'tags', 'name']);

export interface OrganizationFormProps {
  initial: ProfileValues;
  submitLabel: string;
  pending: boolean;
  onSubmit: (values: ProfileValues) => void;
  /** The API's messages for fields; a field's message goes when the field is changed. */
  serverErrors: Partial<Record<ProfileField, string>>;
  onFieldChange: (field: ProfileField) => void;
  generalError: ErrorLike | null;
  /** Next to the submit button, e.g. a cancel link. */
  actions?: ReactNode;
  testId: string;
}

/**
 * An organisation's profile, for creating one (onboarding) and editing it: type, name, CVR number
 * (checked live), size, location (region and municipality), industries (DB07), languages, a
 * description, keywords and, for clusters, strength areas. Checks what it can before sending and
 * puts the API's field messages on their fields.
 */
export function OrganizationForm(props: OrganizationFormProps) {
  const { initial, submitLabel, pending, onSubmit, serverErrors, onFieldChange, generalError } = props;
  const { t, i18n } = useTranslation('organizations');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const [values, setValues] = useState<ProfileValues>(initial);
  const [touched, setTouched] = useState<Partial<Record<ProfileField, boolean>>>({});
  const kindRef = useRef<HTMLSelectElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const cvrRef = useRef<HTMLInputElement>(null);
  const countryRef = useRef<HTMLInputElement>(null);
  const descriptionRef = useRef<HTMLTextAreaElement>(null);
  const tagsRef = useRef<HTMLInputElement>(null);

  const problems = profileProblems(values);
  const shown = (field: ProfileField): string | undefined => {
    if (serverErrors[field]) return serverErrors[field];
    const problem = problems[field];
    if (!problem) return undefined;
    const live = LIVE.has(field) && problem.key !== 'nameRequired';
    return touched[field] || live ? problemText(problem, t, locale) : undefined;
  };

  // Stable callbacks and values for the memoised location and industry pickers, which are costly to
  // render (about a hundred options each) and would otherwise render again on every keystroke.
  const set = useCallback(
    (changes: Partial<ProfileValues>) => {
      setValues((current) => ({ ...current, ...changes }));
      for (const field of Object.keys(changes)) onFieldChange(field as ProfileField);
    },
    [onFieldChange],
  );
  const setIndustryCodes = useCallback((industryCodes: string[]) => set({ industryCodes }), [set]);
  const touch = useCallback(
    (field: ProfileField) => setTouched((current) => ({ ...current, [field]: true })),
    [],
  );
  const leave = (field: ProfileField) => () => touch(field);

  const company = values.kind !== '' && isCompany(values.kind);
  const cvrRequired = company && isDanish(values);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(Object.fromEntries(PROFILE_FIELDS.map((field) => [field, true])));
    const first = PROFILE_FIELDS.find((field) => problems[field]);
    if (first) {
      const targets: Partial<Record<ProfileField, { current: HTMLElement | null }>> = {
        kind: kindRef,
        name: nameRef,
        cvr: cvrRef,
        country: countryRef,
        description: descriptionRef,
        tags: tagsRef,
      };
      targets[first]?.current?.focus();
      return;
    }
    onSubmit(values);
  };

  const location: LocationValue = useMemo(
    () => ({
      location: values.location,
      municipality: values.municipality,
      country: values.country,
      city: values.city,
    }),
    [values.location, values.municipality, values.country, values.city],
  );

  return (
    <form data-testid={props.testId} noValidate onSubmit={submit}>
      <Stack gap="md">
        <ErrorAlert error={generalError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            ref={kindRef}
            label={t('fields.kind')}
            name="kind"
            required
            value={values.kind}
            onChange={(event) => {
              const kind = event.currentTarget.value;
              set({ kind: isOrganizationKind(kind) ? kind : '' });
            }}
            onBlur={leave('kind')}
            error={shown('kind')}
            data-testid="kind-select"
          >
            <option value="">{t('fields.kindPlaceholder')}</option>
            {ORGANIZATION_KINDS.map((kind) => (
              <option key={kind.id} value={kind.id}>
                {label(kind, locale)}
              </option>
            ))}
          </NativeSelect>
          <TextInput
            ref={nameRef}
            label={t('fields.name')}
            name="name"
            autoComplete="organization"
            required
            value={values.name}
            onChange={(event) => set({ name: event.currentTarget.value })}
            onBlur={leave('name')}
            error={shown('name')}
            data-testid="name-input"
          />
          <CvrInput
            ref={cvrRef}
            value={values.cvr}
            onChange={(cvr) => set({ cvr })}
            onBlur={leave('cvr')}
            touched={Boolean(touched.cvr)}
            required={cvrRequired}
            error={
              serverErrors.cvr ??
              (problems.cvr?.key === 'cvrRequired' && touched.cvr
                ? problemText(problems.cvr, t, locale)
                : undefined)
            }
          />
          {company && (
            <NativeSelect
              label={t('fields.employeeBand')}
              name="employeeBand"
              value={values.employeeBand}
              onChange={(event) => {
                const band = event.currentTarget.value;
                set({ employeeBand: isEmployeeBand(band) ? band : '' });
              }}
              description={
                values.kind === 'sme' && values.employeeBand === '250+' ? t('cvr.smeHint') : undefined
              }
              error={serverErrors.employeeBand}
            >
              <option value="">{t('fields.employeeBandNone')}</option>
              {EMPLOYEE_BANDS.map((band) => (
                <option key={band.id} value={band.id}>
                  {label(band, locale)}
                </option>
              ))}
            </NativeSelect>
          )}
        </SimpleGrid>

        <LocationFields
          value={location}
          onChange={set}
          onBlur={touch}
          countryRef={countryRef}
          regionError={serverErrors.location}
          municipalityError={serverErrors.municipality}
          countryError={shown('country')}
          cityError={serverErrors.city}
        />

        <TextInput
          label={t('fields.website')}
          description={t('fields.websiteHint')}
          name="website"
          type="url"
          autoComplete="url"
          maxLength={300}
          value={values.website}
          onChange={(event) => set({ website: event.currentTarget.value })}
          error={serverErrors.website}
        />

        <NacePicker
          value={values.industryCodes}
          onChange={setIndustryCodes}
          error={serverErrors.industryCodes}
        />

        <Checkbox.Group
          label={t('fields.languages')}
          value={values.languages}
          onChange={(languages) => set({ languages: languages.filter(isLanguage) })}
          error={serverErrors.languages}
        >
          <Group mt="xs">
            {LANGUAGES.map((language) => (
              <Checkbox key={language.id} value={language.id} label={label(language, locale)} />
            ))}
          </Group>
        </Checkbox.Group>

        <Textarea
          ref={descriptionRef}
          label={t('fields.description')}
          description={t('fields.descriptionHint')}
          name="description"
          autosize
          minRows={4}
          maxRows={12}
          value={values.description}
          onChange={(event) => set({ description: event.currentTarget.value })}
          onBlur={leave('description')}
          error={shown('description')}
        />

        <TagsInput
          ref={tagsRef}
          label={t('fields.tags')}
          description={t('fields.tagsHint', { max: TAG_LIMITS.maxTags, length: TAG_LIMITS.maxLength })}
          value={values.tags}
          onChange={(tags) => set({ tags: normaliseTags(tags) })}
          error={shown('tags')}
          data-testid="tags-input"
        />

        {values.kind === 'cluster' && (
          <TagsInput
            label={t('fields.strengthAreas')}
            description={t('fields.strengthAreasHint')}
            value={values.strengthAreas}
            onChange={(strengthAreas) => set({ strengthAreas })}
            error={serverErrors.strengthAreas}
          />
        )}

        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          {props.actions}
        </Group>
      </Stack>
    </form>
  );
}
