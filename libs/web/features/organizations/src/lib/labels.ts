import { label, ORGANIZATION_KIND_LABELS, isOrganizationKind } from '@videnbro/domain';

/** The label of an organisation kind in the given locale (the id itself for an unknown kind). */
export function kindLabel(kind: string, locale: string): string {
  return isOrganizationKind(kind) ? label(ORGANIZATION_KIND_LABELS[kind], locale) : kind;
}
