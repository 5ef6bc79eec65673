import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { COMPANY_KINDS, KNOWLEDGE_INSTITUTION_KINDS, NACE_DIVISIONS } from '@videnbro/domain';
import type { FundingSource, FundingStatus } from '@videnbro/domain';
import { DataSource, EntityManager } from 'typeorm';
import { ClusterStrengthIndustry, ClusterTarget } from './entities';
import type { ActivityFilter, FundingSelection, OrganizationFilter } from './figures';

/** Which activities, organisations and funding records count: the clusters' and the period's. */
export interface StatisticsScope {
  clusterIds: readonly string[];
  /** First and last day of the period, YYYY-MM-DD, both included. */
  from: string;
  to: string;
}

export interface GroupingOptions {
  /** One group per cluster (the programme view) instead of one group for all of them. */
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
}

export interface OrganizationCounts {
  groupId: string | null;
  year: number | null;
  /** Set on the rows per organisation kind. */
  kind: string | null;
  /** Set on the rows per region: a region id, `abroad` or `unknown`. */
  region: string | null;
  organizations: number;
  participations: number;
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

/** The activities in scope, with their clusters in scope and the years of the period they fall in. */
const ACTIVITIES = `
  act as (
    select a.id, a.title, a.type, a.starts_on, a.ends_on, s.clusters,
           greatest(extract(year from a.starts_on)::int, extract(year from :from::date)::int) as first_year,
           case when :perYear then least(extract(year from a.ends_on)::int, extract(year from :to::date)::int)
                else greatest(extract(year from a.starts_on)::int, extract(year from :from::date)::int) end as last_year
      from (select ac.activity_id, array_agg(ac.cluster_id order by ac.cluster_id) as clusters
              from activity_clusters ac
             where ac.cluster_id = any(:clusters::uuid[])
             group by ac.activity_id) s
      join activities a on a.id = s.activity_id
     where a.deleted_at is null and a.starts_on <= :to::date and a.ends_on >= :from::date
  )`;

/** Per activity: its participation counts by kind, and whether a foreign organisation took part. */
const PER_ACTIVITY = `
  per_activity as (
    select a.id, a.title, a.type, a.starts_on, a.ends_on, a.clusters, a.first_year, a.last_year,
           count(o.id)::int as participations,
           (count(o.id) filter (where ${COMPANY}))::int as company_participations,
           (count(o.id) filter (where ${INSTITUTION}))::int as institution_participations,
           coalesce(bool_or(o.country <> 'DK'), false) as international
      from act a
      left join activity_participations p on p.activity_id = a.id
      left join organizations o on o.id = p.organization_id
     group by a.id, a.title, a.type, a.starts_on, a.ends_on, a.clusters, a.first_year, a.last_year
  )`;

/**
 * Per organisation, year and cluster of the scope: participations counted once per group (per year,
 * and for the whole period at the activity's first year in it). :divisions and :sections list the NACE
 * divisions and their sections, so that a mapped section covers its divisions.
 */
const PER_ORGANIZATION_CLUSTER = `
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
  oyc as (
    select p.organization_id, y.year, c.cluster_id,
           (count(*) filter (where :perCluster or c.ord = 1))::int as year_participations,
           (count(*) filter (where (:perCluster or c.ord = 1) and y.year = a.first_year))::int as period_participations
      from act a
      join activity_participations p on p.activity_id = a.id
     cross join lateral generate_series(a.first_year, a.last_year) as y(year)
     cross join lateral unnest(a.clusters) with ordinality as c(cluster_id, ord)
     group by p.organization_id, y.year, c.cluster_id
  ),
  covered as (
    select pair.organization_id, pair.cluster_id
      from (select distinct organization_id, cluster_id from oyc) pair
      join organizations o on o.id = pair.organization_id
      join mapped m on m.cluster_id = pair.cluster_id
     where (o.industry_codes::text[]
            || array(select left(code, 2) from unnest(o.industry_codes::text[]) code where code ~ '^[0-9]{2}[.]'))
           && m.codes
  )`;

const num = (value: unknown) => Number(value);
const offsetLimit = (page: { page: number; limit: number }) => ({
  offset: (page.page - 1) * page.limit,
  limit: page.limit,
});

/**
 * The statistics, as SQL aggregates over the activities, participations and funding records (tables of
 * the activities feature, read here with SQL) and this feature's own tables: the strength-area mapping
 * and the targets. Nothing is precomputed: every answer is counted from the rows as they are now.
 */
@Injectable()
export class StatisticsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs SQL with named parameters (`:name`), which may each be used several times or not at all. */
  private query<T>(sql: string, parameters: Record<string, unknown>): Promise<T> {
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, parameters, {});
    return this.dataSource.query(text, values);
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
    const rows = await this.query<Record<string, unknown>[]>(
      `with ${ACTIVITIES}, ${PER_ACTIVITY},
       grouped as (
         select pa.*, g.group_id
           from per_activity pa
          cross join lateral (select case when :perCluster then c end as group_id
                                from unnest(pa.clusters) with ordinality u(c, ord)
                               where :perCluster or ord = 1) g
       ),
       by_year as (
         select g.*, null::int as year from grouped g
          union all
         select g.*, y.year from grouped g cross join lateral generate_series(g.first_year, g.last_year) y(year)
          where :perYear
       )
       select group_id, year, type, grouping(type) as all_types,
              count(*) as activities,
              count(*) filter (where company_participations > 0) as company_activities,
              count(*) filter (where institution_participations > 0) as institution_activities,
              count(*) filter (where international) as international_activities,
              coalesce(sum(participations), 0) as participations,
              coalesce(sum(company_participations), 0) as company_participations,
              coalesce(sum(institution_participations), 0) as institution_participations
         from by_year
        group by grouping sets ((group_id, year), (group_id, year, type))`,
      scopeParameters(scope, options),
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
    }));
  }

  /** Distinct organisations per group and year, by kind and by region too. */
  async organizationCounts(scope: StatisticsScope, options: GroupingOptions): Promise<OrganizationCounts[]> {
    const rows = await this.query<Record<string, unknown>[]>(
      `with ${ACTIVITIES}, ${PER_ORGANIZATION_CLUSTER},
       org_rows as (
         select case when :perCluster then x.cluster_id end as group_id, x.year, x.organization_id,
                sum(x.participations) as participations,
                bool_or(cv.organization_id is not null) as inside
           from (select organization_id, cluster_id, year, year_participations as participations from oyc where :perYear
                  union all
                 select organization_id, cluster_id, null::int, period_participations from oyc) x
           left join covered cv on cv.organization_id = x.organization_id and cv.cluster_id = x.cluster_id
          group by 1, 2, 3
       )
       select r.group_id, r.year, o.kind, rk.region, grouping(o.kind) as all_kinds, grouping(rk.region) as all_regions,
              count(*) as organizations,
              sum(r.participations) as participations,
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
        group by grouping sets ((r.group_id, r.year), (r.group_id, r.year, o.kind), (r.group_id, r.year, rk.region))`,
      scopeParameters(scope, options),
    );
    return rows.map((row) => ({
      groupId: row.group_id as string | null,
      year: row.year === null ? null : num(row.year),
      kind: num(row.all_kinds) ? null : (row.kind as string),
      region: num(row.all_regions) ? null : (row.region as string),
      organizations: num(row.organizations),
      participations: num(row.participations),
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

  /** The organisations behind a figure, most participations first. */
  async organizationRows(
    scope: StatisticsScope,
    filter: OrganizationFilter,
    page: { page: number; limit: number },
  ): Promise<Page<OrganizationRow>> {
    const rows = await this.query<Record<string, unknown>[]>(
      `with ${ACTIVITIES}, ${PER_ORGANIZATION_CLUSTER},
       per_org as (
         select x.organization_id, sum(x.period_participations) as participations,
                bool_or(cv.organization_id is not null) as inside
           from oyc x
           left join covered cv on cv.organization_id = x.organization_id and cv.cluster_id = x.cluster_id
          group by x.organization_id
       )
       select o.id, o.name, o.kind, o.employee_band, o.industry_codes, o.country, o.region,
              r.participations, r.inside, count(*) over () as total
         from per_org r
         join organizations o on o.id = r.organization_id
        where ${ORGANIZATION_FILTERS[filter]}
        order by r.participations desc, o.name, o.id
       offset :offset limit :limit`,
      { ...scopeParameters(scope, PERIOD_ONLY), ...offsetLimit(page) },
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
        participations: num(row.participations),
        insideStrengthAreas: row.inside as boolean,
      })),
    };
  }

  /** For a page past the end: the total alone. */
  private async countOrganizationRows(scope: StatisticsScope, filter: OrganizationFilter): Promise<number> {
    const [row] = await this.query<{ total: string }[]>(
      `with ${ACTIVITIES}
       select count(distinct o.id) as total
         from act a
         join activity_participations p on p.activity_id = a.id
         join organizations o on o.id = p.organization_id
        where ${ORGANIZATION_FILTERS[filter]}`,
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
    const [{ total }] = await this.query<{ total: string }[]>(
      `with ${ACTIVITIES}, ${PER_ACTIVITY}
       select count(*) as total from per_activity where ${ACTIVITY_FILTERS[filter]}`,
      scopeParameters(scope, PERIOD_ONLY),
    );
    const rows = await this.query<Record<string, unknown>[]>(
      `with ${ACTIVITIES}, ${PER_ACTIVITY}
       select id, title, type, to_char(starts_on, 'YYYY-MM-DD') as starts_on, to_char(ends_on, 'YYYY-MM-DD') as ends_on,
              clusters, participations, company_participations, institution_participations, international
         from per_activity
        where ${ACTIVITY_FILTERS[filter]}
        order by starts_on desc, id
       offset :offset limit :limit`,
      { ...scopeParameters(scope, PERIOD_ONLY), ...offsetLimit(page) },
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
