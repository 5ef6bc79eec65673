import { NativeSelect, NumberInput } from '@mantine/core';
import { label, PARTICIPATION_ROLES, type ParticipationRole } from '@videnbro/domain';
import { useTranslation } from 'react-i18next';

export interface RolePersonsFieldsProps {
  role: ParticipationRole;
  onRoleChange: (role: ParticipationRole) => void;
  /** What the number field holds: a number, or the text being typed. */
  persons: number | string;
  onPersonsChange: (persons: number | string) => void;
  labels: { role: string; persons: string };
  /** `participant` → `participant-role`, `participant-persons`. */
  testIdPrefix: string;
  personsWidth: string;
}

/** A whole number of at least one person. */
export const isValidPersons = (persons: number | string): persons is number =>
  typeof persons === 'number' && Number.isInteger(persons) && persons >= 1;

/** The role and number of persons of a participation: for one organisation, or for all of an import. */
export function RolePersonsFields(props: RolePersonsFieldsProps) {
  const { t, i18n } = useTranslation('activities');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return (
    <>
      <NativeSelect
        label={props.labels.role}
        value={props.role}
        onChange={(event) => props.onRoleChange(event.currentTarget.value as ParticipationRole)}
        data-testid={`${props.testIdPrefix}-role`}
      >
        {PARTICIPATION_ROLES.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {label(entry, locale)}
          </option>
        ))}
      </NativeSelect>
      <NumberInput
        label={props.labels.persons}
        min={1}
        allowDecimal={false}
        allowNegative={false}
        value={props.persons}
        onChange={props.onPersonsChange}
        error={isValidPersons(props.persons) ? undefined : t('validation.personsMin')}
        w={props.personsWidth}
        data-testid={`${props.testIdPrefix}-persons`}
      />
    </>
  );
}
