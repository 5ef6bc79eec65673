import { PasswordInput } from '@mantine/core';
import type { ChangeEvent, FocusEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH, passwordLength, passwordMissing } from '../lib/validation';

export interface NewPasswordInputProps {
  label: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onBlur?: (event: FocusEvent<HTMLInputElement>) => void;
  /** An error from elsewhere (the API); the length is checked here, as soon as something is typed. */
  error?: string;
  /** Show the length problem even when nothing is typed (after a submit). */
  checked?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  name?: string;
}

/** A new password: the rules as a hint, the length checked while typed, a keyboard-reachable show toggle. */
export function NewPasswordInput({
  label,
  value,
  onChange,
  onBlur,
  error,
  checked = false,
  inputRef,
  name = 'password',
}: NewPasswordInputProps) {
  const { t } = useTranslation('auth');
  const missing = passwordMissing(value);
  const shown =
    error ??
    ((checked || passwordLength(value) > 0) && missing > 0
      ? t('validation.passwordTooShort', { min: PASSWORD_MIN_LENGTH, missing })
      : undefined);
  return (
    <PasswordInput
      ref={inputRef}
      label={label}
      name={name}
      autoComplete="new-password"
      required
      description={t('register.passwordHint', { min: PASSWORD_MIN_LENGTH })}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      error={shown}
      // Mantine's PasswordInput leaves this out of its inner input.
      aria-invalid={Boolean(shown)}
      visibilityToggleButtonProps={{ 'aria-label': t('showPassword') }}
      visibilityToggleFocusable
    />
  );
}

/** Whether a new password is long enough to send. */
export function newPasswordReady(value: string): boolean {
  return passwordMissing(value) === 0;
}
