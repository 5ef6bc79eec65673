import { TextInput } from '@mantine/core';
import { checkCvr, CVR_PROBLEM_MESSAGES, label } from '@videnbro/domain';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

export interface CvrInputProps {
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  /** Left once: a number still too short is then reported too. */
  touched: boolean;
  required: boolean;
  /** An error to show instead of the live check's (the API's, or "required"). */
  error?: string;
  ref?: Ref<HTMLInputElement>;
}

/** Characters that have no place in a CVR number in any notation (digits, DK, spaces, dots, dashes). */
const FOREIGN = /[^\dDdKk\s.\-\u2010-\u2013\u00a0\u2009\u202f]/;

/**
 * The CVR number, checked while typed with the shared rule (`checkCvr`: 8 digits, modulus 11): a wrong
 * check digit or a stray character is reported at once, a number still being typed only once left.
 * A right check digit is confirmed; only the registry can tell whether the company exists.
 */
export function CvrInput({ value, onChange, onBlur, touched, required, error, ref }: CvrInputProps) {
  const { t, i18n } = useTranslation('organizations');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const check = value.trim() ? checkCvr(value) : null;
  const digits = value.replace(/\D/g, '').length;
  const problem = check && !check.ok ? check.problem : null;
  const live = problem !== null && (touched || problem !== 'shape' || digits >= 8 || FOREIGN.test(value));
  const shown = error ?? (live && problem ? label(CVR_PROBLEM_MESSAGES[problem], locale) : undefined);
  return (
    <TextInput
      ref={ref}
      label={t('fields.cvr')}
      name="cvr"
      inputMode="numeric"
      autoComplete="off"
      required={required}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={onBlur}
      error={shown}
      description={check?.ok ? t('cvr.valid', { cvr: check.cvr }) : t('cvr.hint')}
      data-testid="cvr-input"
      descriptionProps={{ 'data-testid': 'cvr-status' } as Record<string, string>}
    />
  );
}
