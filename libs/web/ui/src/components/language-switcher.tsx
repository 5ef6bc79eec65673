import { NativeSelect } from '@mantine/core';

export type UiLanguage = 'da' | 'en';

/** Each language named in itself, so that everyone finds their own. */
const OPTIONS: readonly { value: UiLanguage; label: string }[] = [
  { value: 'da', label: 'Dansk' },
  { value: 'en', label: 'English' },
];

export interface LanguageSwitcherProps {
  value: UiLanguage;
  onChange: (language: UiLanguage) => void;
}

/** A native select, labelled in both languages: whoever cannot read the current one still finds it. */
export function LanguageSwitcher({ value, onChange }: LanguageSwitcherProps) {
  return (
    <NativeSelect
      label="Sprog / Language"
      value={value}
      onChange={(event) => {
        const next = OPTIONS.find((option) => option.value === event.currentTarget.value);
        if (next) onChange(next.value);
      }}
      size="xs"
      data-testid="language-switcher"
      styles={{ root: { display: 'flex', alignItems: 'center', gap: 'var(--mantine-spacing-xs)' } }}
    >
      {OPTIONS.map((option) => (
        <option key={option.value} value={option.value} lang={option.value}>
          {option.label}
        </option>
      ))}
    </NativeSelect>
  );
}
