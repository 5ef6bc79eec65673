import { entriesOf, isOneOf, type LabelledEntry, type LocalizedText } from './labels';

export const ORGANIZATION_KIND_IDS = [
  'sme',
  'large_company',
  'university',
  'business_academy',
  'university_college',
  'artistic_institution',
  'gts_institute',
  'research_institute',
  'cluster',
  'public_authority',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KIND_IDS)[number];

export const ORGANIZATION_KIND_LABELS: Readonly<Record<OrganizationKind, LocalizedText>> = {
  sme: { da: 'SMV (lille eller mellemstor virksomhed)', en: 'SME (small or medium-sized company)' },
  large_company: { da: 'Stor virksomhed', en: 'Large company' },
  university: { da: 'Universitet', en: 'University' },
  business_academy: { da: 'Erhvervsakademi', en: 'Business academy' },
  university_college: { da: 'Professionshøjskole', en: 'University college' },
  artistic_institution: { da: 'Kunstnerisk uddannelsesinstitution', en: 'Artistic institution' },
  gts_institute: { da: 'GTS-institut', en: 'GTS institute (approved technological service)' },
  research_institute: { da: 'Forskningsinstitut', en: 'Research institute' },
  cluster: { da: 'Klyngeorganisation', en: 'Cluster organisation' },
  public_authority: { da: 'Offentlig myndighed', en: 'Public authority' },
  other: { da: 'Anden organisation', en: 'Other organisation' },
};

export const ORGANIZATION_KINDS: readonly LabelledEntry<OrganizationKind>[] = entriesOf(
  ORGANIZATION_KIND_IDS,
  ORGANIZATION_KIND_LABELS,
);

/** The kinds that publish competencies: universities and the other knowledge institutions. */
export const KNOWLEDGE_INSTITUTION_KINDS = [
  'university',
  'business_academy',
  'university_college',
  'artistic_institution',
  'gts_institute',
  'research_institute',
] as const satisfies readonly OrganizationKind[];
export type KnowledgeInstitutionKind = (typeof KNOWLEDGE_INSTITUTION_KINDS)[number];

/** The kinds that are companies (and post needs). */
export const COMPANY_KINDS = ['sme', 'large_company'] as const satisfies readonly OrganizationKind[];
export type CompanyKind = (typeof COMPANY_KINDS)[number];

export function isOrganizationKind(value: unknown): value is OrganizationKind {
  return isOneOf(ORGANIZATION_KIND_IDS, value);
}

export function isKnowledgeInstitution(kind: string): kind is KnowledgeInstitutionKind {
  return isOneOf(KNOWLEDGE_INSTITUTION_KINDS, kind);
}

export function isCompany(kind: string): kind is CompanyKind {
  return isOneOf(COMPANY_KINDS, kind);
}

/** Employee bands as the EU SME definition cuts them: micro, small, medium, large. */
export const EMPLOYEE_BAND_IDS = ['1-9', '10-49', '50-249', '250+'] as const;
export type EmployeeBand = (typeof EMPLOYEE_BAND_IDS)[number];

export interface EmployeeBandEntry extends LabelledEntry<EmployeeBand> {
  /** Fewest employees in the band. */
  readonly min: number;
  /** Most employees in the band; null for no upper limit. */
  readonly max: number | null;
}

export const EMPLOYEE_BANDS: readonly EmployeeBandEntry[] = Object.freeze([
  { id: '1-9', min: 1, max: 9, label: { da: '1–9 ansatte', en: '1–9 employees' } },
  { id: '10-49', min: 10, max: 49, label: { da: '10–49 ansatte', en: '10–49 employees' } },
  { id: '50-249', min: 50, max: 249, label: { da: '50–249 ansatte', en: '50–249 employees' } },
  { id: '250+', min: 250, max: null, label: { da: '250 eller flere ansatte', en: '250 or more employees' } },
] as const satisfies readonly EmployeeBandEntry[]);

export function isEmployeeBand(value: unknown): value is EmployeeBand {
  return isOneOf(EMPLOYEE_BAND_IDS, value);
}

/** The band for a head count (0 counts as the smallest band: a company run by its owner alone). */
export function employeeBandOf(employees: number): EmployeeBand {
  if (employees < 10) return '1-9';
  if (employees < 50) return '10-49';
  if (employees < 250) return '50-249';
  return '250+';
}

/**
 * True for a small or medium-sized company: kind `sme` with fewer than 250 employees. An `sme` without a
 * known band counts as one; a `large_company` never does, nor does any company in the `250+` band, nor any
 * organisation that is not a company. (Turnover and balance sheet, the EU definition's other half, are
 * not recorded.)
 */
export function isSme(organization: {
  readonly kind: string;
  readonly employees?: EmployeeBand | number | null;
}): boolean {
  if (organization.kind !== 'sme') return false;
  const { employees } = organization;
  if (employees === undefined || employees === null) return true;
  const band = typeof employees === 'number' ? employeeBandOf(employees) : employees;
  return band !== '250+';
}
