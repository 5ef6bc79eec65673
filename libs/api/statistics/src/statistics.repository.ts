import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CASE_STAGE_IDS,
  COMPANY_KINDS,
  KNOWLEDGE_INSTITUTION_KINDS,
  NACE_DIVISIONS,
  REGION_IDS,
} from '@videnbro/domain';
import type { CaseStage, FundingSource, FundingStatus } from '@videnbro/domain';
import { DataSource, EntityManager } from 'typeorm';
import { ClusterStrengthIndustry, ClusterTarget } from './entities';
import { CASE_PIPELINE } from './figures';
import type {
  ActivityFilter,
  CaseFilter,
  FundingSelection,
  OrganizationFilter,
  PipelineStage,
} from './figures';

/** Which activities, organisations and funding records count: the clusters' and the period's. */
export interface StatisticsScope {
  clusterIds: readonly string[];
  /** First and last day of the period, YYYY-MM-DD, both included. */
  from: string;
  to: string;
}

export interface GroupingOptions {
  /**
   * One group per cluster (the programme view, which shows no breakdowns: they are left out) instead of
   * one group for all of them.
   */
  perCluster: boolean;
  /** Figures for each year of the period too, besides the whole period. */
  perYear: boolean;
}

/** A group is a cluster id, or null for all the scope's clusters together; a year of null is the whole period. */
export interface ActivityCounts {
  groupId: string | null;
  year: number | null;
  /** Null on the row over every type. */
  type: string | null;
  activities: number;
  companyActivities: number;
  institutionActivities: number;
  internationalActivities: number;
  participations: number;
  companyParticipations: number;
  institutionParticipations: number;
  /** Participations by institution kind. */
  kindParticipations: Record<string, number>;
  /** Participations by region (STATISTICS_REGIONS). */
  regionParticipations: Record<string, number>;
}

export interface OrganizationCounts {
  groupId: string | null;
  year: number | null;
  /** Set on the rows per organisation kind. */
  kind: string | null;
  /** Set on the rows per region: a region id, `abroad` or `unknown`. */
  region: string | null;
  organizations: number;
  companies: number;
  smes: number;
  smes10To49: number;
  institutions: number;
  companiesWithIndustry: number;
  companiesOutsideStrength: number;
  companiesWithoutIndustry: number;
}

export interface FundingSum {
  groupId: string | null;
  year: number;
  source: FundingSource;
  status: FundingStatus;
  amountDkk: number;
}

/** Cases per group and year (null: the period) and stage; or funding through cases by source. */
export type CaseCounts =
  | {
      part: 'stage';
      groupId: string | null;
      year: number | null;
      stage: CaseStage;
      /** Cases at the stage now. */
      current: number;
      /** Cases that reached the stage. */
      reached: number;
      /** Cases that reached the stage and the next of the pipeline. */
      advanced: number;
    }
  | {
      part: 'funding';
      groupId: string | null;
      year: number | null;
      source: FundingSource;
      amountDkk: number;
    };

export interface CaseRow {
  id: string;
  companyName: string;
  institutionName: string;
  stage: CaseStage;
  /** The creation date in Danish time, YYYY-MM-DD. */
  createdOn: string;
  clusterIds: string[];
  /** The pipeline stages it has reached, in order. */
  reached: PipelineStage[];
  funding: { source: FundingSource; amountDkk: number }[];
}

export interface OrganizationRow {
  id: string;
  name: string;
  kind: string;
  employeeBand: string | null;
  industryCodes: string[];
  country: string;
  region: string | null;
  participations: number;
  /** Whether one of its industry codes lies in the strength areas of a cluster it took part through. */
  insideStrengthAreas: boolean;
}

export interface ActivityRow {
  id: string;
  title: string;
  type: string;
  startsOn: string;
  endsOn: string;
  clusterIds: string[];
  participations: number;
  companyParticipations: number;
  institutionParticipations: number;
  international: boolean;
}

export interface FundingRow {
  id: string;
  clusterId: string;
  clusterName: string;
  year: number;
  source: FundingSource;
  status: FundingStatus;
  amountDkk: number;
  activityId: string | null;
  note: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface ClusterRef {
  id: string;
  name: string;
  strengthAreas: string[];
}

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');
const COMPANY = `o.kind in (${list(COMPANY_KINDS)})`;
const INSTITUTION = `o.kind in (${list(KNOWLEDGE_INSTITUTION_KINDS)})`;
const HAS_INDUSTRY = 'cardinality(o.industry_codes) > 0';
/** isSme of libs/shared/domain: kind sme, and not in the 250+ band (an unknown band counts). */
const SME = `o.kind = 'sme' and o.employee_band is distinct from '250+'`;
const ORGANIZATION_FILTERS: Record<OrganizationFilter, string> = {
  companies: COMPANY,
  smes: SME,
  institutions: INSTITUTION,
  companies_with_industry: `${COMPANY} and ${HAS_INDUSTRY}`,
  companies_without_industry: `${COMPANY} and not ${HAS_INDUSTRY}`,
};
const ACTIVITY_FILTERS: Record<ActivityFilter, string> = {
  all: 'true',
  with_companies: 'company_participations > 0',
  with_institutions: 'institution_participations > 0',
  international: 'international',
};
const DIVISIONS = NACE_DIVISIONS.map((division) => division.code);
const SECTIONS = NACE_DIVISIONS.map((division) => division.section);

// The statistics queries share these named parameters: :clusters, :from and :to (the scope),
// :perCluster (one group per cluster) and :perYear. Each activity is read once with the scope's clusters
// that organise it, and counts once per group: in the one group of all clusters through its first
// cluster only (ord = 1).
const scopeParameters = (scope: StatisticsScope, options: GroupingOptions) => ({
  clusters: scope.clusterIds,
  from: scope.from,
  to: scope.to,
  perCluster: options.perCluster,
  perYear: options.perYear,
  divisions: DIVISIONS,
  sections: SECTIONS,
});
const PERIOD_ONLY: GroupingOptions = { perCluster: false, perYear: false };

/**
 * The activities in scope, from activity_figures (one row per live activity, kept up to date by
 * triggers): organised by a cluster of the scope and overlapping the period; with the years of the
 * period they fall in.
 */
const ACTIVITIES = `
  act as (
    select f.*,
           greatest(extract(year from f.starts_on)::int, extract(year from :from::date)::int) as first_year,
           least(extract(year from f.ends_on)::int, extract(year from :to::date)::int) as last_year
      from activity_figures f
     where f.clusters && :clusters::uuid[] and f.starts_on <= :to::date and f.ends_on >= :from::date
  )`;

/**
 * The organisations that took part through a cluster of the scope in the period (pres), from
 * organization_cluster_days (the days of each organisation's activities per cluster, kept up to date by
 * triggers), each pair marked inside when the cluster's strength areas cover the organisation; then per
 * group (per_group). :divisions and :sections list the NACE divisions and their sections, so that a
 * mapped section covers its divisions. Each table is read once, with no join of the pairs to themselves.
 */
const presence = (yearBits: string, perCluster: boolean) => `
  mapped as (
    select m.cluster_id, array_agg(distinct e.code) as codes
      from cluster_strength_industries m
     cross join lateral (
       select m.industry_code::text as code
        union all
       select n.division from unnest(:divisions::text[], :sections::text[]) as n(division, section)
        where n.section = m.industry_code
     ) e
     where m.cluster_id = any(:clusters::uuid[])
     group by m.cluster_id
  ),
  -- An organisation's codes and the division of each subclass: a mapped division covers its subclasses.
  industry_keys as materialized (
    select o.id, o.industry_codes::text[]
             || array(select left(code, 2) from unnest(o.industry_codes::text[]) code where code ~ '^[0-9]{2}[.]')
             as keys
      from organizations o
     where cardinality(o.industry_codes) > 0
       and exists (select 1 from organization_cluster_days d
                    where d.organization_id = o.id and d.cluster_id = any(:clusters::uuid[])
                      and d.days && daterange(:from::date, :to::date, '[]'))
  ),
  -- The years of the period each pair took part in, as bits (bit i: the period's first year + i).
  pres as (
    select d.cluster_id, d.organization_id, coalesce(k.keys && m.codes, false) as inside, ${yearBits} as years
      from organization_cluster_days d
      left join industry_keys k on k.id = d.organization_id
      left join mapped m on m.cluster_id = d.cluster_id
     where d.cluster_id = any(:clusters::uuid[]) and d.days && daterange(:from::date, :to::date, '[]')
  ),
  -- Per group (a cluster, or all of them) and organisation: whether it took part through a cluster whose
  -- strength areas cover it, and the years it took part in, all of them and those through a covering
  -- cluster. Per cluster, a pair is already one organisation of one group (the table's key).
  per_group as (${
    perCluster
      ? `select cluster_id as group_id, organization_id, inside, years,
                case when inside then years else 0 end as inside_years
           from pres`
      : `select null::uuid as group_id, organization_id, bool_or(inside) as inside, bit_or(years) as years,
                coalesce(bit_or(years) filter (where inside), 0) as inside_years
           from pres group by organization_id`
  }
  )`;

/**
 * The years of the period a row's `days` touch, as bits (bit i: the period's first year + i): one
 * expression per year, each the year clipped to the period, written out so that no subquery runs per row.
 */
function yearBits(scope: StatisticsScope, options: GroupingOptions): string {
  if (!options.perYear) return '0';
  const first = Number(scope.from.slice(0, 4));
  const years = Array.from({ length: Number(scope.to.slice(0, 4)) - first + 1 }, (_, i) => first + i);
  return years
    .map(
      (year, bit) =>
        `(case when d.days && daterange(greatest(make_date(${year}, 1, 1), :from::date), ` +
        `least(make_date(${year}, 12, 31), :to::date), '[]') then ${2 ** bit} else 0 end)`,
    )
    .join(' | ');
}

/**
 * The cases in scope: brokered by a cluster of the scope and created in the period (Danish time), with
 * their group (per cluster: each of the scope's clusters that brokers it; else one group, each case
 * once), creation year and the stages they have reached: suggested (where every case starts), the
 * current stage, and every stage the timeline records a move to.
 */
const SCOPED_CASES = `
  scoped as (
    select k.id, k.stage, (k.created_at at time zone 'Europe/Copenhagen')::date as created_on,
           array(select 'suggested' union select k.stage::text
                  union select e.data ->> 'to' from case_events e where e.case_id = k.id and e.kind = 'stage_changed')
             as reached
      from cases k
     where exists (select 1 from case_clusters cc where cc.case_id = k.id and cc.cluster_id = any(:clusters::uuid[]))
       and (k.created_at at time zone 'Europe/Copenhagen')::date between :from::date and :to::date
  )`;
const CASE_GROUPS = `
  case_groups as (
    select s.*, extract(year from s.created_on)::int as year, g.group_id
      from scoped s
     cross join lateral (
       select cc.cluster_id as group_id from case_clusters cc
        where :perCluster and cc.case_id = s.id and cc.cluster_id = any(:clusters::uuid[])
        union all
       select null::uuid where not :perCluster
     ) g
  )`;

/** A case filter as SQL over the scoped cases (s), with :stage for a reached stage. */
const caseFilter = (filter: CaseFilter) =>
  filter === 'all'
    ? 'true'
    : filter === 'with_funding'
      ? 'exists (select 1 from case_funding f where f.case_id = s.id)'
      : ':stage = any(s.reached)';

const INSTITUTION_COLUMNS = KNOWLEDGE_INSTITUTION_KINDS;
const REGION_COLUMNS: Record<string, string> = {
  ...Object.fromEntries(REGION_IDS.map((region) => [region, region])),
  abroad: 'abroad',
  unknown: 'unknown_region',
};

const num = (value: unknown) => Number(value);
const yearOf = (date: string) => Number(date.slice(0, 4));
const offsetLimit = (page: { page: number; limit: number }) => ({
  offset: (page.page - 1) * page.limit,
  limit: page.limit,
});

/**
 * The statistics, as SQL aggregates over activity_figures and organization_cluster_days (derived from
 * the activities feature's tables by triggers in the same transaction as every change: see the
 * StatisticsFigures migration), funding records, and this feature's own tables: the strength-area
 * mapping and the targets.
 */
@Injectable()
export class StatisticsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs SQL with named parameters (`:name`), which may each be used several times or not at all. */
  private query<T>(sql: string, parameters: Record<string, unknown>): Promise<T> {
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, parameters, {});
    return this.dataSource.transaction(async (manager) => {
      // The aggregates' hash tables and CTEs stay in memory instead of spilling to disk (default 4 MB),
      // and no JIT compilation: it costs more than it saves on these short aggregates.
      await manager.query(`select set_config('work_mem', '64MB', true), set_config('jit', 'off', true)`);
      return manager.query(text, values);
    });
  }

  transaction<R>(work: (manager: EntityManager) => Promise<R>): Promise<R> {
    return this.dataSource.transaction(work);
  }

  /** The live cluster organisations, by name. */
  async clusters(ids?: readonly string[]): Promise<ClusterRef[]> {
    const rows = await this.query<{ id: string; name: string; strength_areas: string[] }[]>(
      `select id, name, strength_areas from organizations
        where kind = 'cluster' and deleted_at is null and (:ids::uuid[] is null or id = any(:ids::uuid[]))
        order by name, id`,
      { ids: ids ?? null },
    );
    return rows.map((row) => ({ id: row.id, name: row.name, strengthAreas: row.strength_areas }));
  }

  async cluster(id: string): Promise<ClusterRef | null> {
    return (await this.clusters([id]))[0] ?? null;
  }

  /** Activity counts per group and year (and per activity type). */
  async activityCounts(scope: StatisticsScope, options: GroupingOptions): Promise<ActivityCounts[]> {
    // Per cluster (the programme view) neither types nor participations by kind and region: it shows none.
    const columns = options.perCluster ? [] : [...INSTITUTION_COLUMNS, ...Object.values(REGION_COLUMNS)];
    const basic = ['company_participations', 'institution_participations', 'participations'];
    const counted = [
      'activities',
      'company_activities',
      'institution_activities',
      'international_activities',
    ];
    const counts = (measures: string[]) => `count(*) as activities,
              count(*) filter (where company_participations > 0) as company_activities,
              count(*) filter (where institution_participations > 0) as institution_activities,
              count(*) filter (where international) as international_activities,
              ${measures.map((column) => `coalesce(sum(${column}), 0) as ${column}`).join(', ')}`;
    const totals = (measures: string[]) =>
      [...counted, ...measures].map((column) => `sum(${column}) as ${column}`).join(', ');
    const rest = columns.length ? `, ${columns.map((column) => `null::bigint as ${column}`).join(', ')}` : '';
    // The activities in scope are read once (a materialised CTE) and aggregated twice: per type (per cluster
    // in the programme view) with every sum, and per year with the few sums the yearly figures need; the
    // period is the sum of its types. An activity across New Year counts in each of its years.
    const rows = await this.query<Record<string, unknown>[]>(
      `with grouped as materialized (
         select f.type, f.international, ${[...basic, ...columns].map((column) => `f.${column}`).join(', ')},
                ${options.perCluster ? 'ac.cluster_id' : 'null::uuid'} as group_id,
                greatest(date_part('year', f.starts_on)::int, :firstYear::int) as first_year,
                least(date_part('year', f.ends_on)::int, :lastYear::int) as last_year
           from activity_figures f${
             // Per cluster: joined to activity_clusters, far cheaper than unnesting f.clusters per row.
             options.perCluster
               ? ' join activity_clusters ac on ac.activity_id = f.activity_id where ac.cluster_id = any(:clusters::uuid[]) and'
               : ' where f.clusters && :clusters::uuid[] and'
           } f.starts_on <= :to::date and f.ends_on >= :from::date
       ),
       by_type as (
         select group_id, ${options.perCluster ? 'null::varchar' : 'type'} as type, ${counts([...basic, ...columns])}
           from grouped group by group_id${options.perCluster ? '' : ', type'}
       ),
       by_year as (
         select group_id, first_year as year, ${counts(basic)}
           from grouped where :perYear group by group_id, first_year
          union all
         select group_id, y.year, ${counts(basic)}
           from (select * from grouped where :perYear and last_year > first_year) g
          cross join lateral generate_series(g.first_year + 1, g.last_year) y(year)
          group by group_id, y.year
       )
       select group_id, null::int as year, null::varchar as type, 1 as all_types, ${totals([...basic, ...columns])}
         from by_type group by group_id
        union all
       select group_id, null, type, 0, ${[...counted, ...basic, ...columns].join(', ')}
         from by_type where not :perCluster
        union all
       select group_id, year, null, 1, ${totals(basic)}${rest}
         from by_year group by group_id, year`,
      { ...scopeParameters(scope, options), firstYear: yearOf(scope.from), lastYear: yearOf(scope.to) },
    );
    return rows.map((row) => ({
      groupId: row.group_id as string | null,
      year: row.year === null ? null : num(row.year),
      type: num(row.all_types) ? null : (row.type as string),
      activities: num(row.activities),
      companyActivities: num(row.company_activities),
      institutionActivities: num(row.institution_activities),
      internationalActivities: num(row.international_activities),
      participations: num(row.participations),
      companyParticipations: num(row.company_participations),
      institutionParticipations: num(row.institution_participations),
      kindParticipations: Object.fromEntries(INSTITUTION_COLUMNS.map((kind) => [kind, num(row[kind])])),
      regionParticipations: Object.fromEntries(
        Object.entries(REGION_COLUMNS).map(([region, column]) => [region, num(row[column])]),
      ),
    }));
  }

  /** Distinct organisations per group and year, by kind and by region too. */
  async organizationCounts(scope: StatisticsScope, options: GroupingOptions): Promise<OrganizationCounts[]> {
    const rows = await this.query<Record<string, unknown>[]>(
      `with ${presence(yearBits(scope, options), options.perCluster)},
       org_rows as (
         select group_id, organization_id, null::int as year, inside from per_group
          union all
         select g.group_id, g.organization_id, year, g.inside_years & (1 << (year - extract(year from :from::date)::int)) <> 0
           from per_group g
          cross join generate_series(extract(year from :from::date)::int, extract(year from :to::date)::int) year
          where :perYear and g.years & (1 << (year - extract(year from :from::date)::int)) <> 0
       )
       select r.group_id, r.year, ${
         options.perCluster
           ? 'null as kind, null as region, 1 as all_kinds, 1 as all_regions'
           : 'o.kind, rk.region, grouping(o.kind) as all_kinds, grouping(rk.region) as all_regions'
       },
              count(*) as organizations,
              count(*) filter (where ${COMPANY}) as companies,
              count(*) filter (where ${SME}) as smes,
              count(*) filter (where ${SME} and o.employee_band = '10-49') as smes_10_49,
              count(*) filter (where ${INSTITUTION}) as institutions,
              count(*) filter (where ${COMPANY} and ${HAS_INDUSTRY}) as companies_with_industry,
              count(*) filter (where ${COMPANY} and ${HAS_INDUSTRY} and not r.inside) as companies_outside,
              count(*) filter (where ${COMPANY} and not ${HAS_INDUSTRY}) as companies_without_industry
         from org_rows r
         join organizations o on o.id = r.organization_id
        cross join lateral (select case when o.country <> 'DK' then 'abroad' else coalesce(o.region, 'unknown') end
                              as region) rk
        group by grouping sets (${
          options.perCluster
            ? '(r.group_id, r.year)'
            : '(r.group_id, r.year), (r.group_id, r.year, o.kind), (r.group_id, r.year, rk.region)'
        })`,
      scopeParameters(scope, options),
    );
    return rows.map((row) => ({
      groupId: row.group_id as string | null,
      year: row.year === null ? null : num(row.year),
      kind: num(row.all_kinds) ? null : (row.kind as string),
      region: num(row.all_regions) ? null : (row.region as string),
      organizations: num(row.organizations),
      companies: num(row.companies),
      smes: num(row.smes),
      smes10To49: num(row.smes_10_49),
      institutions: num(row.institutions),
      companiesWithIndustry: num(row.companies_with_industry),
      companiesOutsideStrength: num(row.companies_outside),
      companiesWithoutIndustry: num(row.companies_without_industry),
    }));
  }

  /** Funding records summed per group, year, source and status. */
  async fundingSums(scope: StatisticsScope, perCluster: boolean): Promise<FundingSum[]> {
    const rows = await this.query<Record<string, unknown>[]>(
      `select case when :perCluster then f.cluster_id end as group_id, f.year, f.source, f.status,
              sum(f.amount_dkk)::text as amount
         from funding_records f
        where f.cluster_id = any(:clusters::uuid[])
          and f.year between extract(year from :from::date) and extract(year from :to::date)
        group by 1, 2, 3, 4`,
      { clusters: scope.clusterIds, from: scope.from, to: scope.to, perCluster },
    );
    return rows.map((row) => ({
      groupId: row.group_id as string | null,
      year: num(row.year),
      source: row.source as FundingSource,
      status: row.status as FundingStatus,
      amountDkk: num(row.amount),
    }));
  }

  /**
   * Cases per group, year and stage (now, reached, reached and advanced to the next pipeline stage), and
   * funding secured through cases per group, year and source.
   */
  async caseCounts(scope: StatisticsScope, options: GroupingOptions): Promise<CaseCounts[]> {
    const sets = options.perYear ? '(group_id, %), (group_id, year, %)' : '(group_id, %)';
    const year = options.perYear ? 'case when grouping(year) = 0 then year end' : 'null::int';
    const next = CASE_STAGE_IDS.map((stage) => {
      const at = (CASE_PIPELINE as readonly string[]).indexOf(stage);
      return at >= 0 ? (CASE_PIPELINE[at + 1] ?? null) : null;
    });
    const rows = await this.query<Record<string, unknown>[]>(
      `with ${SCOPED_CASES}, ${CASE_GROUPS}
       select 'stage' as part, group_id, ${year} as year, st.stage,
              null::varchar as source, null::text as amount,
              count(*) filter (where c.stage = st.stage) as current,
              count(*) filter (where st.stage = any(c.reached)) as reached,
              count(*) filter (where st.stage = any(c.reached) and st.next = any(c.reached)) as advanced
         from case_groups c
        cross join unnest(:stages::text[], :nexts::text[]) st(stage, next)
        group by grouping sets (${sets.replaceAll('%', 'st.stage')})
        union all
       select 'funding', group_id, ${year}, null, f.source,
              sum(f.amount_dkk)::text, null, null, null
         from case_groups c
         join case_funding f on f.case_id = c.id
        group by grouping sets (${sets.replaceAll('%', 'f.source')})`,
      { ...scopeParameters(scope, options), stages: CASE_STAGE_IDS, nexts: next },
    );
    return rows.map((row) => {
      const base = { groupId: row.group_id as string | null, year: row.year === null ? null : num(row.year) };
      return row.part === 'stage'
        ? {
            ...base,
            part: 'stage' as const,
            stage: row.stage as CaseStage,
            current: num(row.current),
            reached: num(row.reached),
            advanced: num(row.advanced),
          }
        : {
            ...base,
            part: 'funding' as const,
            source: row.source as FundingSource,
            amountDkk: num(row.amount),
          };
    });
  }

  /** The cases behind a figure, newest first, with the parties' names, stage and funding by source. */
  async caseRows(
    scope: StatisticsScope,
    filter: CaseFilter,
    page: { page: number; limit: number },
  ): Promise<Page<CaseRow>> {
    const rows = await this.query<Record<string, unknown>[]>(
      `with ${SCOPED_CASES}
       select s.id, company.name as company_name, institution.name as institution_name, s.stage,
              to_char(s.created_on, 'YYYY-MM-DD') as created_on, s.reached,
              array(select cc.cluster_id from case_clusters cc
                     where cc.case_id = s.id and cc.cluster_id = any(:clusters::uuid[]) order by cc.cluster_id) as clusters,
              coalesce((select json_agg(json_build_object('source', f.source, 'amountDkk', f.amount_dkk) order by f.source)
                          from case_funding f where f.case_id = s.id), '[]') as funding,
              count(*) over () as total
         from scoped s
         join cases k on k.id = s.id
         join organizations company on company.id = k.company_id
         join organizations institution on institution.id = k.institution_id
        where ${caseFilter(filter)}
        order by s.created_on desc, k.created_at desc, s.id
       offset :offset limit :limit`,
      {
        ...scopeParameters(scope, PERIOD_ONLY),
        stage: typeof filter === 'object' ? filter.reached : null,
        ...offsetLimit(page),
      },
    );
    return {
      total: rows.length ? num(rows[0].total) : 0,
      items: rows.map((row) => ({
        id: row.id as string,
        companyName: row.company_name as string,
        institutionName: row.institution_name as string,
        stage: row.stage as CaseStage,
        createdOn: row.created_on as string,
        clusterIds: row.clusters as string[],
        reached: CASE_PIPELINE.filter((stage) => (row.reached as string[]).includes(stage)),
        funding: (row.funding as { source: FundingSource; amountDkk: string | number }[]).map((f) => ({
          source: f.source,
          amountDkk: num(f.amountDkk),
        })),
      })),
    };
  }

  /** The organisations behind a figure, by name, with the activities of the period each took part in. */
  async organizationRows(
    scope: StatisticsScope,
    filter: OrganizationFilter,
    page: { page: number; limit: number },
  ): Promise<Page<OrganizationRow>> {
    const parameters = scopeParameters(scope, PERIOD_ONLY);
    const rows = await this.query<Record<string, unknown>[]>(
      `with ${presence(yearBits(scope, PERIOD_ONLY), false)},
       per_org as (select organization_id, inside from per_group)
       select o.id, o.name, o.kind, o.employee_band, o.industry_codes, o.country, o.region, r.inside,
              count(*) over () as total
         from per_org r
         join organizations o on o.id = r.organization_id
        where ${ORGANIZATION_FILTERS[filter]}
        order by o.name, o.id
       offset :offset limit :limit`,
      { ...parameters, ...offsetLimit(page) },
    );
    // Participations of this page's organisations only: each activity once, however many clusters organise it.
    const counts = new Map(
      (
        await this.query<{ organization_id: string; participations: string }[]>(
          `select p.organization_id, count(*) as participations
             from activity_participations p
             join activity_figures f on f.activity_id = p.activity_id
            where p.organization_id = any(:ids::uuid[])
              and f.clusters && :clusters::uuid[] and f.starts_on <= :to::date and f.ends_on >= :from::date
            group by p.organization_id`,
          { ...parameters, ids: rows.map((row) => row.id) },
        )
      ).map((row) => [row.organization_id, num(row.participations)]),
    );
    return {
      total: rows.length ? num(rows[0].total) : await this.countOrganizationRows(scope, filter),
      items: rows.map((row) => ({
        id: row.id as string,
        name: row.name as string,
        kind: row.kind as string,
        employeeBand: row.employee_band as string | null,
        industryCodes: row.industry_codes as string[],
        country: row.country as string,
        region: row.region as string | null,
        participations: counts.get(row.id as string) ?? 0,
        insideStrengthAreas: row.inside as boolean,
      })),
    };
  }

  /** For a page past the end: the total alone. */
  private async countOrganizationRows(scope: StatisticsScope, filter: OrganizationFilter): Promise<number> {
    const [row] = await this.query<{ total: string }[]>(
      `select count(distinct o.id) as total
         from organization_cluster_days d
         join organizations o on o.id = d.organization_id
        where d.cluster_id = any(:clusters::uuid[]) and d.days && daterange(:from::date, :to::date, '[]')
          and ${ORGANIZATION_FILTERS[filter]}`,
      scopeParameters(scope, PERIOD_ONLY),
    );
    return num(row.total);
  }

  /** The activities behind a figure, latest first. */
  async activityRows(
    scope: StatisticsScope,
    filter: ActivityFilter,
    page: { page: number; limit: number },
  ): Promise<Page<ActivityRow>> {
    const parameters = scopeParameters(scope, PERIOD_ONLY);
    const [{ total }] = await this.query<{ total: string }[]>(
      `with ${ACTIVITIES} select count(*) as total from act where ${ACTIVITY_FILTERS[filter]}`,
      parameters,
    );
    const rows = await this.query<Record<string, unknown>[]>(
      `with ${ACTIVITIES}
       select a.activity_id as id, x.title, a.type,
              to_char(a.starts_on, 'YYYY-MM-DD') as starts_on, to_char(a.ends_on, 'YYYY-MM-DD') as ends_on,
              array(select c from unnest(a.clusters) c where c = any(:clusters::uuid[])) as clusters,
              a.participations, a.company_participations, a.institution_participations, a.international
         from (select * from act where ${ACTIVITY_FILTERS[filter]}
                order by starts_on desc, activity_id offset :offset limit :limit) a
         join activities x on x.id = a.activity_id
        order by a.starts_on desc, a.activity_id`,
      { ...parameters, ...offsetLimit(page) },
    );
    return {
      total: num(total),
      items: rows.map((row) => ({
        id: row.id as string,
        title: row.title as string,
        type: row.type as string,
        startsOn: row.starts_on as string,
        endsOn: row.ends_on as string,
        clusterIds: row.clusters as string[],
        participations: num(row.participations),
        companyParticipations: num(row.company_participations),
        institutionParticipations: num(row.institution_participations),
        international: row.international as boolean,
      })),
    };
  }

  /** The funding records behind a figure: any of the selections; latest year first. */
  async fundingRows(
    scope: StatisticsScope,
    selections: readonly FundingSelection[],
    page: { page: number; limit: number },
  ): Promise<Page<FundingRow>> {
    const rows = await this.query<Record<string, unknown>[]>(
      `select f.id, f.cluster_id, o.name as cluster_name, f.year, f.source, f.status, f.amount_dkk::text as amount,
              f.activity_id, f.note, count(*) over () as total
         from funding_records f
         join organizations o on o.id = f.cluster_id
         join unnest(:sources::text[], :statuses::text[]) as s(source, status)
           on s.source = f.source and s.status = f.status
        where f.cluster_id = any(:clusters::uuid[])
          and f.year between extract(year from :from::date) and extract(year from :to::date)
        order by f.year desc, o.name, f.source, f.status, f.id
       offset :offset limit :limit`,
      {
        clusters: scope.clusterIds,
        from: scope.from,
        to: scope.to,
        sources: selections.flatMap((s) => s.sources),
        statuses: selections.flatMap((s) => s.sources.map(() => s.status)),
        ...offsetLimit(page),
      },
    );
    return {
      total: rows.length ? num(rows[0].total) : 0,
      items: rows.map((row) => ({
        id: row.id as string,
        clusterId: row.cluster_id as string,
        clusterName: row.cluster_name as string,
        year: num(row.year),
        source: row.source as FundingSource,
        status: row.status as FundingStatus,
        amountDkk: num(row.amount),
        activityId: row.activity_id as string | null,
        note: row.note as string | null,
      })),
    };
  }

  strengthIndustries(clusterId: string, manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(ClusterStrengthIndustry).find({
      where: { clusterId },
      order: { strengthArea: 'ASC', industryCode: 'ASC' },
    });
  }

  /** Replaces the cluster's whole mapping. */
  async replaceStrengthIndustries(
    manager: EntityManager,
    clusterId: string,
    mappings: readonly { strengthArea: string; industryCode: string }[],
  ): Promise<void> {
    const repository = manager.getRepository(ClusterStrengthIndustry);
    await repository.delete({ clusterId });
    if (mappings.length) await repository.insert(mappings.map((m) => ({ clusterId, ...m })));
  }

  targets(clusterId: string, years?: { from: number; to: number }, manager = this.dataSource.manager) {
    const query = manager
      .getRepository(ClusterTarget)
      .createQueryBuilder('t')
      .where('t.cluster_id = :clusterId', { clusterId })
      .orderBy('t.year')
      .addOrderBy('t.figure');
    if (years) query.andWhere('t.year between :from and :to', years);
    return query.getMany();
  }

  /** Sets targets (upsert) and removes those given as null. */
  async setTargets(
    manager: EntityManager,
    clusterId: string,
    targets: readonly { year: number; figure: string; target: number | null }[],
  ): Promise<void> {
    const repository = manager.getRepository(ClusterTarget);
    for (const { year, figure, target } of targets) {
      if (target === null) await repository.delete({ clusterId, year, figure });
      else
        await repository.upsert({ clusterId, year, figure, target: String(target) }, [
          'clusterId',
          'year',
          'figure',
        ]);
    }
  }
}
