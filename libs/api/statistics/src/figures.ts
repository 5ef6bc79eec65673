import { CASE_STAGE_LABELS, REGION_IDS } from '@videnbro/domain';
import type { CaseStage, FundingSource, FundingStatus, LocalizedText } from '@videnbro/domain';

/** The figures the statistics report, in the order a dashboard shows them. */
export const FIGURE_IDS = [
  'activities',
  'companies',
  'company_activities',
  'company_participations',
  'sme_share',
  'sme_10_49_share',
  'institutions',
  'institution_participations',
  'institution_activities',
  'outside_strength_share',
  'unknown_industry_companies',
  'base_grant_spent',
  'external_funding_secured',
  'external_to_base_ratio',
  'membership_fees',
  'international_activities',
  'eu_funding',
  'cases',
  'case_conversion_introduced',
  'case_conversion_meeting_held',
  'case_conversion_collaboration_agreed',
  'case_conversion_funded',
  'case_funding_secured',
] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

export const FIGURE_UNITS = ['count', 'share', 'dkk', 'ratio'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/** Regions as the statistics group organisations: the five Danish regions, abroad, and not recorded. */
export const STATISTICS_REGIONS = [...REGION_IDS, 'abroad', 'unknown'] as const;

/** What the rows behind a figure are. */
export const ROW_KINDS = ['organizations', 'activities', 'funding_records', 'cases'] as const;
export type RowKind = (typeof ROW_KINDS)[number];

/** Which organisations a figure is about (the rows behind it): before paging, in SQL. */
export type OrganizationFilter =
  'companies' | 'smes' | 'institutions' | 'companies_with_industry' | 'companies_without_industry';
export type ActivityFilter = 'all' | 'with_companies' | 'with_institutions' | 'international';

/**
 * The pipeline of a case, in order: conversion is from each of these stages to the next. Declined and
 * stalled lie outside it (a case can be declined or stall at any open stage).
 */
export const CASE_PIPELINE = [
  'suggested',
  'introduced',
  'meeting_held',
  'collaboration_agreed',
  'funded',
] as const satisfies readonly CaseStage[];
export type PipelineStage = (typeof CASE_PIPELINE)[number];
/** The stages a conversion leads to: every pipeline stage but the first. */
type ConversionStage = Exclude<PipelineStage, 'suggested'>;

/** Which cases a figure is about: all of them, those with funding, or those that reached a stage. */
export type CaseFilter = 'all' | 'with_funding' | { reached: PipelineStage };

/** Which funding records a funding figure sums: these sources with this status. */
export interface FundingSelection {
  sources: readonly FundingSource[];
  status: FundingStatus;
}

/** What stands behind a figure: its rows, and for a share which of them are in the numerator. */
export type FigureRows =
  | {
      kind: 'organizations';
      filter: OrganizationFilter;
      numerator?: 'sme' | 'sme_10_49' | 'outside_strength';
    }
  | { kind: 'activities'; filter: ActivityFilter }
  | { kind: 'funding_records'; selections: readonly FundingSelection[] }
  | { kind: 'cases'; filter: CaseFilter; numerator?: { reached: PipelineStage } };

const BASE_GRANT_SPENT: FundingSelection = { sources: ['innovation_power'], status: 'spent' };
/** External: every source but the base grant and the members' own fees. */
const EXTERNAL_SECURED: FundingSelection = {
  sources: ['sponsorships', 'foundation_grants', 'danish_public', 'eu', 'private_cofunding'],
  status: 'secured',
};
const MEMBERSHIP_FEES: FundingSelection = { sources: ['membership_fees'], status: 'secured' };
const EU_SECURED: FundingSelection = { sources: ['eu'], status: 'secured' };

/** The sum of the amounts that a selection picks out. */
export function fundingTotal(
  sums: readonly { source: FundingSource; status: FundingStatus; amountDkk: number }[],
  selection: FundingSelection,
): number {
  return sums
    .filter((sum) => sum.status === selection.status && selection.sources.includes(sum.source))
    .reduce((total, sum) => total + sum.amountDkk, 0);
}

/** The counts and sums of one scope (a cluster or several) over one period; figures are computed from them. */
export interface Aggregate {
  activities: number;
  companyActivities: number;
  institutionActivities: number;
  internationalActivities: number;
  companyParticipations: number;
  institutionParticipations: number;
  companies: number;
  smes: number;
  smes10To49: number;
  institutions: number;
  /** Companies with at least one industry code. */
  companiesWithIndustry: number;
  /** Of those, the ones with no code under a mapped code of the clusters they took part through. */
  companiesOutsideStrength: number;
  companiesWithoutIndustry: number;
  baseGrantSpent: number;
  externalFundingSecured: number;
  membershipFees: number;
  euFunding: number;
  cases: number;
  /** Cases that reached each pipeline stage. */
  casesReached: Readonly<Record<PipelineStage, number>>;
  /** Cases that reached each pipeline stage and the next one (none for the last). */
  casesAdvanced: Readonly<Record<PipelineStage, number>>;
  caseFundingSecured: number;
}

/** The funding part of an aggregate, from the sums per source and status. */
export function fundingAggregate(
  sums: readonly { source: FundingSource; status: FundingStatus; amountDkk: number }[],
): Pick<Aggregate, 'baseGrantSpent' | 'externalFundingSecured' | 'membershipFees' | 'euFunding'> {
  return {
    baseGrantSpent: fundingTotal(sums, BASE_GRANT_SPENT),
    externalFundingSecured: fundingTotal(sums, EXTERNAL_SECURED),
    membershipFees: fundingTotal(sums, MEMBERSHIP_FEES),
    euFunding: fundingTotal(sums, EU_SECURED),
  };
}

export const EMPTY_AGGREGATE: Aggregate = {
  activities: 0,
  companyActivities: 0,
  institutionActivities: 0,
  internationalActivities: 0,
  companyParticipations: 0,
  institutionParticipations: 0,
  companies: 0,
  smes: 0,
  smes10To49: 0,
  institutions: 0,
  companiesWithIndustry: 0,
  companiesOutsideStrength: 0,
  companiesWithoutIndustry: 0,
  baseGrantSpent: 0,
  externalFundingSecured: 0,
  membershipFees: 0,
  euFunding: 0,
  cases: 0,
  casesReached: noCases(),
  casesAdvanced: noCases(),
  caseFundingSecured: 0,
};

export function noCases(): Record<PipelineStage, number> {
  return Object.fromEntries(CASE_PIPELINE.map((stage) => [stage, 0])) as Record<PipelineStage, number>;
}

export interface FigureValue {
  id: FigureId;
  /** Null for a share or ratio whose denominator is 0. */
  value: number | null;
  numerator?: number;
  denominator?: number;
}

export interface FigureDefinition {
  id: FigureId;
  unit: FigureUnit;
  rows: FigureRows;
  label: LocalizedText;
  definition: LocalizedText;
  value(aggregate: Aggregate): Omit<FigureValue, 'id'>;
}

// The period rules, said once and repeated in each definition so that each stands on its own.
const ACTIVITY_RULE: LocalizedText = {
  da: 'En aktivitet tæller med i perioden, når den finder sted helt eller delvis i den (startdato senest periodens sidste dag og slutdato tidligst periodens første dag, begge dage medregnet); et år er 1. januar–31. december, så en aktivitet hen over et årsskifte tæller i begge år. Slettede aktiviteter tæller ikke.',
  en: 'An activity counts in the period when it takes place wholly or partly in it (start date on or before the last day and end date on or after the first day, both days included); a year is 1 January–31 December, so an activity across New Year counts in both years. Deleted activities do not count.',
};
const FUNDING_RULE: LocalizedText = {
  da: 'Finansieringsposter er registreret pr. år og tæller, når året ligger i perioden (fra periodens første til dens sidste år).',
  en: 'Funding records are kept per year and count when the year lies in the period (from its first to its last year).',
};
const EXTERNAL =
  'sources other than the base grant and membership fees (sponsorships, foundation grants, Danish public, EU and private co-funding)';
const EXTERNAL_DA =
  'andre kilder end basisbevillingen og medlemskontingenter (sponsorater, fondsmidler, dansk offentlig finansiering, EU-midler og privat medfinansiering)';

const CASE_RULE: LocalizedText = {
  da: 'En sag tæller med i perioden, når den er oprettet i den (oprettelsesdatoen i dansk tid, periodens første og sidste dag medregnet), og et år med de sager, der er oprettet i det; sagen tæller med de stadier, den har nået indtil i dag. En sag tæller én gang, også når flere klynger formidler den.',
  en: 'A case counts in the period when it was created in it (its creation date in Danish time, the first and last day of the period included), and a year with the cases created in it; a case counts with the stages it has reached up to today. A case counts once, also when several clusters broker it.',
};
/** What "reached a stage" means, for the conversion definitions. */
const REACHED: LocalizedText = {
  da: 'En sag har nået et stadie, når den står på det nu eller på et tidspunkt er flyttet til det (sagens tidslinje); alle sager har nået Foreslået.',
  en: 'A case has reached a stage when it is at that stage now or was moved to it at some point (its timeline); every case has reached Suggested.',
};

const withRule = (text: LocalizedText, rule: LocalizedText): LocalizedText => ({
  da: `${text.da} ${rule.da}`,
  en: `${text.en} ${rule.en}`,
});

const count = (pick: (a: Aggregate) => number) => (a: Aggregate) => ({ value: pick(a) });
const share =
  (numerator: (a: Aggregate) => number, denominator: (a: Aggregate) => number) => (a: Aggregate) => {
    const d = denominator(a);
    return { value: d ? numerator(a) / d : null, numerator: numerator(a), denominator: d };
  };

export const FIGURES: readonly FigureDefinition[] = [
  {
    id: 'activities',
    unit: 'count',
    rows: { kind: 'activities', filter: 'all' },
    label: { da: 'Aktiviteter', en: 'Activities' },
    definition: withRule(
      {
        da: 'Antal aktiviteter, som klyngen har afholdt eller været medarrangør af.',
        en: 'Activities the cluster organised or co-organised.',
      },
      ACTIVITY_RULE,
    ),
    value: count((a) => a.activities),
  },
  {
    id: 'companies',
    unit: 'count',
    rows: { kind: 'organizations', filter: 'companies' },
    label: { da: 'Unikke virksomheder', en: 'Distinct companies' },
    definition: withRule(
      {
        da: 'Antal forskellige virksomheder (SMV eller stor virksomhed), der har deltaget i mindst én aktivitet; en virksomhed tæller én gang, uanset hvor mange aktiviteter den deltog i.',
        en: 'Distinct companies (SME or large company) that took part in at least one activity; a company counts once however many activities it took part in.',
      },
      ACTIVITY_RULE,
    ),
    value: count((a) => a.companies),
  },
  {
    id: 'company_activities',
    unit: 'count',
    rows: { kind: 'activities', filter: 'with_companies' },
    label: { da: 'Aktiviteter med virksomheder', en: 'Activities with companies' },
    definition: withRule(
      {
        da: 'Antal aktiviteter med mindst én deltagende virksomhed.',
        en: 'Activities with at least one participating company.',
      },
      ACTIVITY_RULE,
    ),
    value: count((a) => a.companyActivities),
  },
  {
    id: 'company_participations',
    unit: 'count',
    rows: { kind: 'organizations', filter: 'companies' },
    label: { da: 'Virksomhedsdeltagelser', en: 'Company participations' },
    definition: withRule(
      {
        da: 'Antal deltagelser af virksomheder: én pr. virksomhed pr. aktivitet.',
        en: 'Participations of companies: one per company per activity.',
      },
      ACTIVITY_RULE,
    ),
    value: count((a) => a.companyParticipations),
  },
  {
    id: 'sme_share',
    unit: 'share',
    rows: { kind: 'organizations', filter: 'companies', numerator: 'sme' },
    label: { da: 'SMV-andel', en: 'SME share' },
    definition: withRule(
      {
        da: 'Andel af de unikke deltagende virksomheder, der er SMV’er: art SMV og under 250 ansatte (en SMV uden registreret antal ansatte tæller som SMV; en stor virksomhed aldrig).',
        en: 'Share of the distinct participating companies that are SMEs: kind SME with fewer than 250 employees (an SME without a recorded employee band counts as one; a large company never does).',
      },
      ACTIVITY_RULE,
    ),
    value: share(
      (a) => a.smes,
      (a) => a.companies,
    ),
  },
  {
    id: 'sme_10_49_share',
    unit: 'share',
    rows: { kind: 'organizations', filter: 'smes', numerator: 'sme_10_49' },
    label: { da: 'Andel SMV’er med 10–49 ansatte', en: 'Share of SMEs with 10–49 employees' },
    definition: withRule(
      {
        da: 'Andel af de unikke deltagende SMV’er, der har 10–49 ansatte; SMV’er uden registreret antal ansatte tæller med i nævneren.',
        en: 'Share of the distinct participating SMEs with 10–49 employees; SMEs without a recorded employee band count in the denominator.',
      },
      ACTIVITY_RULE,
    ),
    value: share(
      (a) => a.smes10To49,
      (a) => a.smes,
    ),
  },
  {
    id: 'institutions',
    unit: 'count',
    rows: { kind: 'organizations', filter: 'institutions' },
    label: { da: 'Unikke videninstitutioner', en: 'Distinct knowledge institutions' },
    definition: withRule(
      {
        da: 'Antal forskellige videninstitutioner (universiteter, erhvervsakademier, professionshøjskoler, kunstneriske institutioner, GTS-institutter og forskningsinstitutter), der har deltaget i mindst én aktivitet.',
        en: 'Distinct knowledge institutions (universities, business academies, university colleges, artistic institutions, GTS and research institutes) that took part in at least one activity.',
      },
      ACTIVITY_RULE,
    ),
    value: count((a) => a.institutions),
  },
  {
    id: 'institution_participations',
    unit: 'count',
    rows: { kind: 'organizations', filter: 'institutions' },
    label: { da: 'Videninstitutionsdeltagelser', en: 'Knowledge-institution participations' },
    definition: withRule(
      {
        da: 'Antal deltagelser af videninstitutioner: én pr. institution pr. aktivitet.',
        en: 'Participations of knowledge institutions: one per institution per activity.',
      },
      ACTIVITY_RULE,
    ),
    value: count((a) => a.institutionParticipations),
  },
  {
    id: 'institution_activities',
    unit: 'count',
    rows: { kind: 'activities', filter: 'with_institutions' },
    label: { da: 'Aktiviteter med videninstitutioner', en: 'Activities with knowledge institutions' },
    definition: withRule(
      {
        da: 'Antal aktiviteter med mindst én deltagende videninstitution.',
        en: 'Activities with at least one participating knowledge institution.',
      },
      ACTIVITY_RULE,
    ),
    value: count((a) => a.institutionActivities),
  },
  {
    id: 'outside_strength_share',
    unit: 'share',
    rows: { kind: 'organizations', filter: 'companies_with_industry', numerator: 'outside_strength' },
    label: {
      da: 'Andel virksomheder uden for styrkepositionerne',
      en: 'Share of companies outside the strength areas',
    },
    definition: withRule(
      {
        da: 'Andel af de unikke deltagende virksomheder med mindst én branchekode, hvor ingen af virksomhedens DB07-koder ligger under de koder, klyngens styrkepositioner er knyttet til (samme kode, en underkode af en kodet hovedgruppe eller en hovedgruppe i et kodet afsnit). En virksomhed, der deltog gennem flere klynger, ligger inden for, når den ligger inden for mindst én af dem. Virksomheder uden branchekode tælles for sig og indgår ikke.',
        en: "Share of the distinct participating companies with at least one industry code for which none of the company's DB07 codes falls under the codes the cluster's strength areas are mapped to (the same code, a subclass of a mapped division, or a division in a mapped section). A company that took part through several clusters is inside when it is inside for at least one of them. Companies without an industry code are counted separately and left out.",
      },
      ACTIVITY_RULE,
    ),
    value: share(
      (a) => a.companiesOutsideStrength,
      (a) => a.companiesWithIndustry,
    ),
  },
  {
    id: 'unknown_industry_companies',
    unit: 'count',
    rows: { kind: 'organizations', filter: 'companies_without_industry' },
    label: { da: 'Virksomheder uden branchekode', en: 'Companies without an industry code' },
    definition: withRule(
      {
        da: 'Antal unikke deltagende virksomheder uden registreret branchekode; de indgår ikke i andelen uden for styrkepositionerne.',
        en: 'Distinct participating companies without a recorded industry code; they are left out of the share outside the strength areas.',
      },
      ACTIVITY_RULE,
    ),
    value: count((a) => a.companiesWithoutIndustry),
  },
  {
    id: 'base_grant_spent',
    unit: 'dkk',
    rows: { kind: 'funding_records', selections: [BASE_GRANT_SPENT] },
    label: { da: 'Forbrugt basisbevilling', en: 'Base grant spent' },
    definition: withRule(
      {
        da: 'Sum af finansieringsposter med kilden Innovationskraft (basisbevilling) og status forbrugt, i kroner.',
        en: 'Sum of the funding records with source innovation power (base grant) and status spent, in kroner.',
      },
      FUNDING_RULE,
    ),
    value: count((a) => a.baseGrantSpent),
  },
  {
    id: 'external_funding_secured',
    unit: 'dkk',
    rows: { kind: 'funding_records', selections: [EXTERNAL_SECURED] },
    label: { da: 'Hjemtaget ekstern finansiering', en: 'External funding secured' },
    definition: withRule(
      {
        da: `Sum af finansieringsposter med status hjemtaget fra ${EXTERNAL_DA}, i kroner.`,
        en: `Sum of the funding records with status secured from ${EXTERNAL}, in kroner.`,
      },
      FUNDING_RULE,
    ),
    value: count((a) => a.externalFundingSecured),
  },
  {
    id: 'external_to_base_ratio',
    unit: 'ratio',
    rows: { kind: 'funding_records', selections: [BASE_GRANT_SPENT, EXTERNAL_SECURED] },
    label: {
      da: 'Ekstern finansiering pr. basisbevillingskrone',
      en: 'External funding per base-grant krone',
    },
    definition: withRule(
      {
        da: 'Hjemtaget ekstern finansiering divideret med forbrugt basisbevilling (ingen værdi, når der ikke er forbrugt basisbevilling).',
        en: 'External funding secured divided by base grant spent (no value when no base grant was spent).',
      },
      FUNDING_RULE,
    ),
    value: share(
      (a) => a.externalFundingSecured,
      (a) => a.baseGrantSpent,
    ),
  },
  {
    id: 'membership_fees',
    unit: 'dkk',
    rows: { kind: 'funding_records', selections: [MEMBERSHIP_FEES] },
    label: { da: 'Medlemskontingenter', en: 'Membership fees' },
    definition: withRule(
      {
        da: 'Sum af finansieringsposter med kilden medlemskontingenter og status hjemtaget, i kroner.',
        en: 'Sum of the funding records with source membership fees and status secured, in kroner.',
      },
      FUNDING_RULE,
    ),
    value: count((a) => a.membershipFees),
  },
  {
    id: 'international_activities',
    unit: 'count',
    rows: { kind: 'activities', filter: 'international' },
    label: { da: 'Aktiviteter med udenlandske deltagere', en: 'Activities with foreign participants' },
    definition: withRule(
      {
        da: 'Antal aktiviteter med mindst én deltagende organisation med land uden for Danmark.',
        en: 'Activities with at least one participating organisation whose country is not Denmark.',
      },
      ACTIVITY_RULE,
    ),
    value: count((a) => a.internationalActivities),
  },
  {
    id: 'eu_funding',
    unit: 'dkk',
    rows: { kind: 'funding_records', selections: [EU_SECURED] },
    label: { da: 'Hjemtagne EU-midler', en: 'EU funding secured' },
    definition: withRule(
      {
        da: 'Sum af finansieringsposter med kilden EU-midler og status hjemtaget, i kroner.',
        en: 'Sum of the funding records with source EU funding and status secured, in kroner.',
      },
      FUNDING_RULE,
    ),
    value: count((a) => a.euFunding),
  },
  {
    id: 'cases',
    unit: 'count',
    rows: { kind: 'cases', filter: 'all' },
    label: { da: 'Sager', en: 'Cases' },
    definition: withRule(
      {
        da: 'Antal formidlingssager (introduktioner mellem en virksomhed og en videninstitution), som klyngen formidler alene eller sammen med andre klynger; fordelingen på stadier viser hvert stadie, sagerne står på nu.',
        en: 'Brokering cases (introductions of a company to a knowledge institution) the cluster brokers, alone or with other clusters; the breakdown by stage shows the stage each case is at now.',
      },
      CASE_RULE,
    ),
    value: count((a) => a.cases),
  },
  conversion('introduced'),
  conversion('meeting_held'),
  conversion('collaboration_agreed'),
  conversion('funded'),
  {
    id: 'case_funding_secured',
    unit: 'dkk',
    rows: { kind: 'cases', filter: 'with_funding' },
    label: { da: 'Finansiering hjemtaget gennem sager', en: 'Funding secured through cases' },
    definition: withRule(
      {
        da: 'Sum af den finansiering, der er registreret som hjemtaget på sagerne (sagens resultat, alle kilder), i kroner; fordelingen på kilder vises for sig.',
        en: "Sum of the funding recorded as secured on the cases (the case's outcome, every source), in kroner; the breakdown by source is shown separately.",
      },
      CASE_RULE,
    ),
    value: count((a) => a.caseFundingSecured),
  },
];

/** The conversion from the pipeline stage before `to` into `to`. */
function conversion(to: ConversionStage): FigureDefinition {
  const from = CASE_PIPELINE[CASE_PIPELINE.indexOf(to) - 1];
  const [fromLabel, toLabel] = [CASE_STAGE_LABELS[from], CASE_STAGE_LABELS[to]];
  return {
    id: `case_conversion_${to}`,
    unit: 'share',
    rows: { kind: 'cases', filter: { reached: from }, numerator: { reached: to } },
    label: {
      da: `Konvertering: ${fromLabel.da.toLowerCase()} → ${toLabel.da.toLowerCase()}`,
      en: `Conversion: ${fromLabel.en.toLowerCase()} → ${toLabel.en.toLowerCase()}`,
    },
    definition: withRule(
      {
        da: `Af de sager, der har nået stadiet ${fromLabel.da}, andelen der også har nået ${toLabel.da}. ${REACHED.da}`,
        en: `Of the cases that reached ${fromLabel.en}, the share that also reached ${toLabel.en}. ${REACHED.en}`,
      },
      CASE_RULE,
    ),
    value: share(
      (a) => a.casesAdvanced[from],
      (a) => a.casesReached[from],
    ),
  };
}

const byId = new Map(FIGURES.map((figure) => [figure.id, figure]));

export function figureById(id: FigureId): FigureDefinition {
  return byId.get(id) as FigureDefinition;
}

/** Every figure's value for one aggregate. */
export function figuresOf(aggregate: Aggregate): FigureValue[] {
  return FIGURES.map((figure) => ({ id: figure.id, ...figure.value(aggregate) }));
}
