import { MultiSelect } from '@mantine/core';
import {
  label,
  NACE_SECTIONS,
  naceDivision,
  naceDivisionsInSection,
  naceSection,
  type Locale,
} from '@videnbro/domain';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PROFILE_LIMITS } from '../lib/profile';

/** A DB07 code as people read it: `62 Computer programming…`, `62.01.00 (62 Computer programming…)`. */
export function industryLabel(code: string, locale: Locale | string): string {
  const division = naceDivision(code);
  if (division) {
    const name = `${division.code} ${label(division, locale)}`;
    return code === division.code ? name : `${code} (${name})`;
  }
  const section = naceSection(code);
  return section ? `${section.code} ${label(section, locale)}` : code;
}

export interface NacePickerProps {
  value: string[];
  onChange: (codes: string[]) => void;
  error?: string;
}

/**
 * The industries (DB07, the Danish NACE): the 88 divisions grouped by their 21 sections, searchable by
 * name or number. Codes stored in another form (a section, a 6-digit subclass) stay selectable.
 */
export const NacePicker = memo(function NacePicker({ value, onChange, error }: NacePickerProps) {
  const { t, i18n } = useTranslation('organizations');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const data = useMemo(() => {
    const groups = NACE_SECTIONS.map((section) => ({
      group: `${section.code} · ${label(section, locale)}`,
      items: naceDivisionsInSection(section.code).map((division) => ({
        value: division.code,
        label: industryLabel(division.code, locale),
      })),
    }));
    const known = new Set(groups.flatMap((group) => group.items.map((item) => item.value)));
    const others = value.filter((code) => !known.has(code));
    return others.length
      ? [
          ...groups,
          {
            group: t('fields.otherCodes'),
            items: others.map((code) => ({ value: code, label: industryLabel(code, locale) })),
          },
        ]
      : groups;
  }, [locale, t, value]);

  return (
    <MultiSelect
      label={t('fields.industryCodes')}
      description={t('fields.industryCodesHint', { max: PROFILE_LIMITS.industryCodes })}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      hidePickedOptions
      maxValues={PROFILE_LIMITS.industryCodes}
      nothingFoundMessage={t('fields.industryCodesNothing')}
      error={error}
      data-testid="nace-picker"
    />
  );
});
