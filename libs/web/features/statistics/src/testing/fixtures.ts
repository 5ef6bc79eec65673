import type { ApiUser } from '@videnbro/web-core';
import { anna } from '@videnbro/web-testing';
import type {
  ClusterComparison,
  Evaluation,
  Figure,
  Statistics,
  StatisticsRows,
  StrengthIndustries,
} from '../queries/statistics';

export const energy = { id: '5b8f3d8e-7f43-4c1e-9d55-5a0c6f2e9a01', name: 'Energy Cluster Denmark' };
export const clean = { id: '5b8f3d8e-7f43-4c1e-9d55-5a0c6f2e9a02', name: 'CLEAN' };

const membership = (organization: { id: string; name: string }) => ({
  organization: { ...organization, kind: 'cluster' },
  role: 'member',
  since: '2025-01-01T00:00:00.000Z',
});

/** A broker of Energy Cluster Denmark and CLEAN; the fake's answer to GET /me/organizations. */
export const broker: ApiUser = { ...anna, name: 'Bo Broker' };
export const brokerMemberships = { status: 200, body: { items: [membership(energy), membership(clean)] } };
export const programme: ApiUser = { ...anna, name: 'Pia Programme', roles: ['programme'] };
export const admin: ApiUser = { ...anna, name: 'Ada Admin', roles: ['admin'] };
export const allClusters = {
  status: 200,
  body: {
    items: [energy, clean].map((cluster) => ({
      organization: { ...cluster, kind: 'cluster' },
      memberCount: 5,
    })),
  },
};

const text = (da: string, en: string) => ({ da, en });

export const companies: Figure = {
  id: 'companies',
  label: text('Unikke virksomheder', 'Distinct companies'),
  unit: 'count',
  rows: 'organizations',
  definition: text('Antal forskellige virksomheder.', 'Distinct companies that took part.'),
  value: 1234,
};
export const smeShare: Figure = {
  id: 'sme_share',
  label: text('SMV-andel', 'SME share'),
  unit: 'share',
  rows: 'organizations',
  definition: text('Andel SMV’er.', 'Share of SMEs.'),
  value: 0.75,
  numerator: 3,
  denominator: 4,
};
export const baseGrant: Figure = {
  id: 'base_grant_spent',
  label: text('Forbrugt basisbevilling', 'Base grant spent'),
  unit: 'dkk',
  rows: 'funding_records',
  definition: text('Sum af basisbevilling.', 'Sum of the base grant spent.'),
  value: 1250000,
};
export const activities: Figure = {
  id: 'activities',
  label: text('Aktiviteter', 'Activities'),
  unit: 'count',
  rows: 'activities',
  definition: text('Antal aktiviteter.', 'Activities.'),
  value: 12,
};

export const cases: Figure = {
  id: 'cases',
  label: text('Sager', 'Cases'),
  unit: 'count',
  rows: 'cases',
  definition: text('Antal formidlingssager.', 'Brokering cases.'),
  value: 5,
};
export const conversionIntroduced: Figure = {
  id: 'case_conversion_introduced',
  label: text('Konvertering: foreslået → introduceret', 'Conversion: suggested → introduced'),
  unit: 'share',
  rows: 'cases',
  definition: text('Andel der nåede introduceret.', 'Share that reached introduced.'),
  value: 0.6,
  numerator: 3,
  denominator: 5,
};

export const statistics: Statistics = {
  period: { from: '2022-01-01', to: '2026-12-31' },
  cluster: energy,
  clusters: [energy, clean],
  figures: [activities, companies, smeShare, baseGrant, cases, conversionIntroduced],
  perYear: [
    {
      year: 2025,
      figures: [
        { id: 'companies', value: 800 },
        { id: 'activities', value: 7 },
      ],
    },
    {
      year: 2026,
      figures: [
        { id: 'companies', value: 600 },
        { id: 'activities', value: 5 },
      ],
    },
  ],
  breakdowns: {
    byActivityType: [
      {
        type: 'matchmaking',
        activities: 7,
        participations: 40,
        companyParticipations: 30,
        institutionParticipations: 10,
      },
      {
        type: 'course',
        activities: 5,
        participations: 20,
        companyParticipations: 20,
        institutionParticipations: 0,
      },
    ],
    byInstitutionKind: [{ kind: 'university', institutions: 3, participations: 10 }],
    byRegion: [
      { region: 'hovedstaden', organizations: 20, participations: 35 },
      { region: 'abroad', organizations: 2, participations: 3 },
    ],
    byFundingSource: [{ source: 'innovation_power', spentDkk: 1250000, securedDkk: 0 }],
    byCaseStage: [
      { stage: 'suggested', cases: 2, reached: 5 },
      { stage: 'introduced', cases: 1, reached: 3 },
      { stage: 'meeting_held', cases: 0, reached: 2 },
      { stage: 'collaboration_agreed', cases: 0, reached: 1 },
      { stage: 'funded', cases: 1, reached: 1 },
      { stage: 'declined', cases: 1, reached: 1 },
      { stage: 'stalled', cases: 0, reached: 0 },
    ],
    byCaseFundingSource: [
      { source: 'eu', amountDkk: 400000 },
      { source: 'private_cofunding', amountDkk: 0 },
    ],
  },
};

export const comparison: ClusterComparison = {
  period: statistics.period,
  definitions: [companies, smeShare].map(({ id, label, unit, rows, definition }) => ({
    id,
    label,
    unit,
    rows,
    definition,
  })),
  items: [
    {
      cluster: energy,
      figures: [
        { id: 'companies', value: 1234 },
        { id: 'sme_share', value: 0.75 },
      ],
    },
    {
      cluster: clean,
      figures: [
        { id: 'companies', value: 56 },
        { id: 'sme_share', value: null },
      ],
    },
  ],
};

export const organizationRows: StatisticsRows = {
  figure: {
    id: 'companies',
    label: companies.label,
    unit: 'count',
    rows: 'organizations',
    definition: companies.definition,
  },
  period: statistics.period,
  kind: 'organizations',
  total: 2,
  page: 1,
  limit: 50,
  organizations: [
    {
      id: '6b8f3d8e-7f43-4c1e-9d55-5a0c6f2e9a01',
      name: 'Mejeri Nord ApS',
      kind: 'sme',
      isSme: true,
      employeeBand: '10-49',
      industryCodes: ['10.51.00'],
      country: 'DK',
      region: 'nordjylland',
      participations: 3,
      insideStrengthAreas: false,
    },
    {
      id: '6b8f3d8e-7f43-4c1e-9d55-5a0c6f2e9a02',
      name: 'Vind, Vand & "Sol" A/S',
      kind: 'large_company',
      isSme: false,
      employeeBand: '250+',
      industryCodes: [],
      country: 'DE',
      region: 'abroad',
      participations: 1,
      insideStrengthAreas: null,
    },
  ],
};

export const evaluation: Evaluation = {
  cluster: energy,
  fromYear: 2022,
  toYear: 2026,
  figures: [
    {
      ...activities,
      years: [2022, 2023, 2024, 2025, 2026].map((year) => ({
        year,
        value: year - 2020,
        target: year === 2026 ? 10 : null,
      })),
    },
    {
      ...smeShare,
      years: [2022, 2023, 2024, 2025, 2026].map((year) => ({
        year,
        value: 0.5,
        target: year === 2025 ? 0.6 : null,
      })),
    },
  ],
};

export const strengthIndustries: StrengthIndustries = {
  clusterId: energy.id,
  strengthAreas: ['Vindenergi', 'Power-to-X'],
  mappings: [
    {
      strengthArea: 'Vindenergi',
      industryCode: '28',
      label: text('Fremstilling af andre maskiner', 'Manufacture of machinery'),
    },
    {
      strengthArea: 'Power-to-X',
      industryCode: 'D',
      label: text('Energiforsyning', 'Electricity and gas supply'),
    },
  ],
};
