import { ForbiddenException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@videnbro/access';
import { AuditLog } from '@videnbro/audit';
import {
  ACTIVITY_TYPE_IDS,
  CASE_STAGE_IDS,
  FUNDING_SOURCE_IDS,
  isSme,
  KNOWLEDGE_INSTITUTION_KINDS,
  naceDivision,
  naceSection,
  normaliseNaceCode,
} from '@videnbro/domain';
import type { EmployeeBand, LocalizedText } from '@videnbro/domain';
import { fieldError } from '@videnbro/http';
import {
  CASE_PIPELINE,
  EMPTY_AGGREGATE,
  FIGURES,
  figureById,
  figuresOf,
  fundingAggregate,
  STATISTICS_REGIONS,
} from './figures';
import type { Aggregate, FigureDefinition, FigureId, FigureValue } from './figures';
import { MEMBERSHIP_DIRECTORY } from './membership-directory';
import type { MembershipDirectory } from './membership-directory';
import { StatisticsRepository } from './statistics.repository';
import type {
  ActivityCounts,
  ActivityRow,
  CaseCounts,
  CaseRow,
  ClusterRef,
  FundingRow,
  FundingSum,
  GroupingOptions,
  OrganizationCounts,
  OrganizationRow,
  Page,
  StatisticsScope,
} from './statistics.repository';

/** The longest period asked for at once: its years are listed one by one. */
export const MAX_PERIOD_YEARS = 30;
/** The evaluation's default span: the programme evaluates each cluster every five years. */
const EVALUATION_YEARS = 5;

export interface PeriodInput {
  from?: string;
  to?: string;
}

export interface Period {
  from: string;
  to: string;
}

/** What was counted for one group (a cluster, or all the scope's clusters) over the period and its years. */
interface GroupCounts {
  period: Aggregate;
  years: Map<number, Aggregate>;
  /** The period's activity counts over every type (with participations by institution kind and region). */
  activityTotals: ActivityCounts | null;
  activityTypes: ActivityCounts[];
  institutionKinds: OrganizationCounts[];
  regions: OrganizationCounts[];
  funding: FundingSum[];
  /** The period's cases per stage and funding through cases per source. */
  caseStages: Extract<CaseCounts, { part: 'stage' }>[];
  caseFunding: Extract<CaseCounts, { part: 'funding' }>[];
}

export interface Figure extends FigureValue {
  definition: FigureDefinition;
}

export interface Breakdowns {
  byActivityType: {
    type: string;
    activities: number;
    participations: number;
    companyParticipations: number;
    institutionParticipations: number;
  }[];
  byInstitutionKind: { kind: string; institutions: number; participations: number }[];
  byRegion: { region: string; organizations: number; participations: number }[];
  byFundingSource: { source: string; spentDkk: number; securedDkk: number }[];
  byCaseStage: { stage: string; cases: number; reached: number }[];
  byCaseFundingSource: { source: string; amountDkk: number }[];
}

export interface Statistics {
  period: Period;
  cluster: ClusterRef | null;
  clusters: ClusterRef[];
  figures: Figure[];
  perYear: { year: number; figures: FigureValue[] }[];
  breakdowns: Breakdowns;
}

export interface EvaluationFigure {
  definition: FigureDefinition;
  years: (Omit<FigureValue, 'id'> & { year: number; target: number | null })[];
}

export type FigureRowsPage =
  | { kind: 'organizations'; page: Page<OrganizationRow & { inNumerator?: boolean }> }
  | { kind: 'activities'; page: Page<ActivityRow> }
  | { kind: 'funding_records'; page: Page<FundingRow> }
  | { kind: 'cases'; page: Page<CaseRow & { inNumerator?: boolean }> };

const isStaff = (caller: Caller) => caller.roles.includes('admin') || caller.roles.includes('programme');
const yearOf = (date: string) => Number(date.slice(0, 4));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * The statistics and the settings they depend on (strength-area mapping, targets). Brokers see their own
 * clusters, programme staff and platform admins every cluster; nobody else sees any.
 */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly repository: StatisticsRepository,
    @Inject(MEMBERSHIP_DIRECTORY) private readonly directory: MembershipDirectory,
    private readonly audit: AuditLog,
  ) {}

  /** GET /statistics: one cluster, or every cluster the caller may see counted together. */
  async forScope(caller: Caller, query: PeriodInput & { cluster?: string }): Promise<Statistics> {
    const period = periodOf(query);
    const { cluster, clusters } = await this.scopeOf(caller, query.cluster);
    const counted = await this.count(
      { clusterIds: clusters.map((c) => c.id), ...period },
      { perCluster: false, perYear: true },
    );
    const all = counted.get(null) ?? emptyGroup();
    return {
      period,
      cluster,
      clusters,
      figures: figuresOf(all.period).map((value) => ({ ...value, definition: figureById(value.id) })),
      perYear: range(yearOf(period.from), yearOf(period.to)).map((year) => ({
        year,
        figures: figuresOf(all.years.get(year) ?? EMPTY_AGGREGATE),
      })),
      breakdowns: breakdownsOf(all),
    };
  }

  /** GET /statistics/clusters: each cluster the caller may see, side by side. */
  async clusterComparison(
    caller: Caller,
    query: PeriodInput,
  ): Promise<{ period: Period; items: { cluster: ClusterRef; figures: FigureValue[] }[] }> {
    const period = periodOf(query);
    const { clusters } = await this.scopeOf(caller, undefined);
    const counted = await this.count(
      { clusterIds: clusters.map((c) => c.id), ...period },
      { perCluster: true, perYear: false },
    );
    return {
      period,
      items: clusters.map((cluster) => ({
        cluster,
        figures: figuresOf(counted.get(cluster.id)?.period ?? EMPTY_AGGREGATE),
      })),
    };
  }

  /** GET /statistics/evaluation: one cluster's figures per year, next to the programme's targets. */
  async evaluation(
    caller: Caller,
    query: { cluster: string; fromYear?: number; toYear?: number },
  ): Promise<{ cluster: ClusterRef; fromYear: number; toYear: number; figures: EvaluationFigure[] }> {
    const toYear = query.toYear ?? (query.fromYear ? query.fromYear + EVALUATION_YEARS - 1 : thisYear());
    const fromYear = query.fromYear ?? toYear - EVALUATION_YEARS + 1;
    if (fromYear > toYear) throw badRequest('fromYear', 'fromYear must not be after toYear');
    if (toYear - fromYear >= MAX_PERIOD_YEARS) {
      throw badRequest('fromYear', `The evaluation may span at most ${MAX_PERIOD_YEARS} years`);
    }
    const cluster = await this.readableCluster(caller, query.cluster);
    const [counted, targets] = await Promise.all([
      this.count(
        { clusterIds: [cluster.id], from: `${fromYear}-01-01`, to: `${toYear}-12-31` },
        { perCluster: false, perYear: true },
      ),
      this.repository.targets(cluster.id, { from: fromYear, to: toYear }),
    ]);
    const years = counted.get(null)?.years ?? new Map<number, Aggregate>();
    const targetOf = (year: number, figure: FigureId) => {
      const found = targets.find((t) => t.year === year && t.figure === figure);
      return found ? Number(found.target) : null;
    };
    const valuesPerYear = range(fromYear, toYear).map((year) => ({
      year,
      figures: figuresOf(years.get(year) ?? EMPTY_AGGREGATE),
    }));
    return {
      cluster,
      fromYear,
      toYear,
      figures: FIGURES.map((definition, index) => ({
        definition,
        years: valuesPerYear.map(({ year, figures }) => {
          const { id: _id, ...value } = figures[index];
          return { year, ...value, target: targetOf(year, definition.id) };
        }),
      })),
    };
  }

  /** GET /statistics/rows: what stands behind a figure, a page at a time. */
  async rows(
    caller: Caller,
    query: PeriodInput & { cluster?: string; figure: FigureId; page: number; limit: number },
  ): Promise<{ period: Period; definition: FigureDefinition; rows: FigureRowsPage }> {
    const period = periodOf(query);
    const { clusters } = await this.scopeOf(caller, query.cluster);
    const scope: StatisticsScope = { clusterIds: clusters.map((c) => c.id), ...period };
    const definition = figureById(query.figure);
    const paging = { page: query.page, limit: query.limit };
    const source = definition.rows;
    let rows: FigureRowsPage;
    if (source.kind === 'organizations') {
      const page = await this.repository.organizationRows(scope, source.filter, paging);
      const numerator = source.numerator;
      rows = {
        kind: 'organizations',
        page: {
          total: page.total,
          items: page.items.map((row) =>
            numerator ? { ...row, inNumerator: inNumerator(row, numerator) } : row,
          ),
        },
      };
    } else if (source.kind === 'activities') {
      rows = { kind: 'activities', page: await this.repository.activityRows(scope, source.filter, paging) };
    } else if (source.kind === 'cases') {
      const page = await this.repository.caseRows(
        await this.caseRowScope(caller, scope),
        source.filter,
        paging,
      );
      const numerator = source.numerator;
      rows = {
        kind: 'cases',
        page: {
          total: page.total,
          items: page.items.map((row) =>
            numerator ? { ...row, inNumerator: row.reached.includes(numerator.reached) } : row,
          ),
        },
      };
    } else {
      rows = {
        kind: 'funding_records',
        page: await this.repository.fundingRows(scope, source.selections, paging),
      };
    }
    return { period, definition, rows };
  }

  /** GET /clusters/:id/strength-industries: the cluster's brokers, programme staff, platform admins. */
  async strengthIndustries(caller: Caller, clusterId: string) {
    const cluster = await this.readableCluster(caller, clusterId);
    return this.strengthIndustriesOf(cluster);
  }

  /** PUT /clusters/:id/strength-industries (platform admins): replaces the whole mapping, audited. */
  async setStrengthIndustries(
    caller: Caller,
    clusterId: string,
    mappings: readonly { strengthArea: string; industryCode: string }[],
  ) {
    const cluster = await this.existingCluster(clusterId);
    const wanted = new Map<string, { strengthArea: string; industryCode: string }>();
    mappings.forEach((mapping, index) => {
      const strengthArea = mapping.strengthArea.trim();
      if (!cluster.strengthAreas.includes(strengthArea)) {
        throw badRequest(
          `mappings.${index}.strengthArea`,
          `${cluster.name} has no strength area "${strengthArea}"; its areas are: ${cluster.strengthAreas.join(', ')}`,
        );
      }
      const industryCode = normaliseNaceCode(mapping.industryCode);
      if (!industryCode) {
        throw badRequest(
          `mappings.${index}.industryCode`,
          `"${mapping.industryCode}" is not a DB07 section (C), division (28) or subclass (28.11.00)`,
        );
      }
      wanted.set(`${strengthArea}\n${industryCode}`, { strengthArea, industryCode });
    });
    await this.repository.transaction(async (manager) => {
      const before = await this.repository.strengthIndustries(cluster.id, manager);
      await this.repository.replaceStrengthIndustries(manager, cluster.id, [...wanted.values()]);
      const after = await this.repository.strengthIndustries(cluster.id, manager);
      const listed = (rows: typeof before) => rows.map((row) => `${row.strengthArea}: ${row.industryCode}`);
      await this.audit.record(manager, {
        actorUserId: caller.userId,
        entityType: 'organization',
        entityId: cluster.id,
        action: 'set_strength_industries',
        changes: { strengthIndustries: { from: listed(before), to: listed(after) } },
      });
    });
    return this.strengthIndustriesOf(cluster);
  }

  /** PUT /clusters/:id/targets (programme staff, platform admins): sets or (null) removes targets, audited. */
  async setTargets(
    caller: Caller,
    clusterId: string,
    targets: readonly { year: number; figure: FigureId; target: number | null }[],
  ) {
    const cluster = await this.existingCluster(clusterId);
    const seen = new Set<string>();
    targets.forEach((target, index) => {
      const key = `${target.year}:${target.figure}`;
      if (seen.has(key)) {
        throw badRequest(
          `targets.${index}`,
          `The target of ${target.figure} in ${target.year} is given twice`,
        );
      }
      seen.add(key);
      const unit = figureById(target.figure).unit;
      if (target.target !== null && unit === 'share' && target.target > 1) {
        throw badRequest(
          `targets.${index}.target`,
          `${target.figure} is a share: its target lies between 0 and 1`,
        );
      }
    });
    await this.repository.transaction(async (manager) => {
      const before = await this.repository.targets(cluster.id, undefined, manager);
      await this.repository.setTargets(manager, cluster.id, targets);
      const after = await this.repository.targets(cluster.id, undefined, manager);
      const listed = (rows: typeof before) =>
        rows.map((row) => `${row.year} ${row.figure}: ${Number(row.target)}`);
      await this.audit.record(manager, {
        actorUserId: caller.userId,
        entityType: 'organization',
        entityId: cluster.id,
        action: 'set_targets',
        changes: { targets: { from: listed(before), to: listed(after) } },
      });
    });
    const stored = await this.repository.targets(cluster.id);
    return {
      clusterId: cluster.id,
      targets: stored.map((row) => ({
        year: row.year,
        figure: row.figure as FigureId,
        target: Number(row.target),
      })),
    };
  }

  private async strengthIndustriesOf(cluster: ClusterRef) {
    const mappings = await this.repository.strengthIndustries(cluster.id);
    return {
      clusterId: cluster.id,
      strengthAreas: cluster.strengthAreas,
      mappings: mappings.map((m) => ({
        strengthArea: m.strengthArea,
        industryCode: m.industryCode,
        label: industryLabel(m.industryCode),
      })),
    };
  }

  /** The clusters whose statistics the caller asks for: one (when theirs to see), or all they may see. */
  private async scopeOf(
    caller: Caller,
    clusterId: string | undefined,
  ): Promise<{ cluster: ClusterRef | null; clusters: ClusterRef[] }> {
    if (clusterId) {
      const cluster = await this.readableCluster(caller, clusterId);
      return { cluster, clusters: [cluster] };
    }
    if (isStaff(caller)) return { cluster: null, clusters: await this.repository.clusters() };
    const ids = await this.directory.brokerClusterIdsOf(caller.userId);
    if (!ids.length) throw notForCaller();
    return { cluster: null, clusters: await this.repository.clusters(ids) };
  }

  /**
   * Programme staff see the case figures but never a case (as in the cases feature): the cases behind a
   * figure are for platform admins and for brokers, of their own clusters only (also when they are
   * programme staff too).
   */
  private async caseRowScope(caller: Caller, scope: StatisticsScope): Promise<StatisticsScope> {
    if (caller.roles.includes('admin')) return scope;
    const own = new Set(await this.directory.brokerClusterIdsOf(caller.userId));
    const clusterIds = scope.clusterIds.filter((id) => own.has(id));
    if (!clusterIds.length) {
      throw new ForbiddenException(
        "The cases behind a figure are for the cases' brokers and platform admins; programme staff see the figures",
      );
    }
    return { ...scope, clusterIds };
  }

  private async existingCluster(id: string): Promise<ClusterRef> {
    const cluster = await this.repository.cluster(id);
    if (!cluster) throw fieldError(HttpStatus.NOT_FOUND, 'cluster', 'No cluster with this id');
    return cluster;
  }

  /** A cluster the caller may see the statistics of: 404 when there is none, 403 when it is not theirs. */
  private async readableCluster(caller: Caller, id: string): Promise<ClusterRef> {
    const cluster = await this.existingCluster(id);
    if (!isStaff(caller) && !(await this.directory.brokerClusterIdsOf(caller.userId)).includes(id)) {
      throw notForCaller();
    }
    return cluster;
  }

  /** Runs the three aggregate queries side by side and sorts their rows into groups, periods and years. */
  private async count(
    scope: StatisticsScope,
    options: GroupingOptions,
  ): Promise<Map<string | null, GroupCounts>> {
    const [activities, organizations, funding, cases] = await Promise.all([
      this.repository.activityCounts(scope, options),
      this.repository.organizationCounts(scope, options),
      this.repository.fundingSums(scope, options.perCluster),
      this.repository.caseCounts(scope, options),
    ]);
    const groups = new Map<string | null, GroupCounts>();
    const groupOf = (id: string | null) => {
      let group = groups.get(id);
      if (!group) groups.set(id, (group = emptyGroup()));
      return group;
    };
    const aggregateOf = (group: GroupCounts, year: number | null) => {
      if (year === null) return group.period;
      let aggregate = group.years.get(year);
      if (!aggregate) group.years.set(year, (aggregate = { ...EMPTY_AGGREGATE }));
      return aggregate;
    };
    for (const row of activities) {
      const group = groupOf(row.groupId);
      if (row.type !== null) {
        if (row.year === null) group.activityTypes.push(row);
        continue;
      }
      if (row.year === null) group.activityTotals = row;
      Object.assign(aggregateOf(group, row.year), {
        activities: row.activities,
        companyActivities: row.companyActivities,
        institutionActivities: row.institutionActivities,
        internationalActivities: row.internationalActivities,
        companyParticipations: row.companyParticipations,
        institutionParticipations: row.institutionParticipations,
      });
    }
    for (const row of organizations) {
      const group = groupOf(row.groupId);
      if (row.kind !== null || row.region !== null) {
        if (row.year !== null) continue;
        if (row.kind !== null) group.institutionKinds.push(row);
        else group.regions.push(row);
        continue;
      }
      Object.assign(aggregateOf(group, row.year), {
        companies: row.companies,
        smes: row.smes,
        smes10To49: row.smes10To49,
        institutions: row.institutions,
        companiesWithIndustry: row.companiesWithIndustry,
        companiesOutsideStrength: row.companiesOutsideStrength,
        companiesWithoutIndustry: row.companiesWithoutIndustry,
      });
    }
    for (const row of funding) groupOf(row.groupId).funding.push(row);
    for (const row of cases) {
      const group = groupOf(row.groupId);
      const aggregate = aggregateOf(group, row.year);
      if (row.part === 'funding') {
        if (row.year === null) group.caseFunding.push(row);
        aggregate.caseFundingSecured += row.amountDkk;
        continue;
      }
      if (row.year === null) group.caseStages.push(row);
      aggregate.cases += row.current;
      if ((CASE_PIPELINE as readonly string[]).includes(row.stage)) {
        const stage = row.stage as (typeof CASE_PIPELINE)[number];
        aggregate.casesReached = { ...aggregate.casesReached, [stage]: row.reached };
        aggregate.casesAdvanced = { ...aggregate.casesAdvanced, [stage]: row.advanced };
      }
    }
    for (const group of groups.values()) {
      Object.assign(group.period, fundingAggregate(group.funding));
      if (!options.perYear) continue;
      for (const year of new Set(group.funding.map((row) => row.year))) {
        Object.assign(
          aggregateOf(group, year),
          fundingAggregate(group.funding.filter((row) => row.year === year)),
        );
      }
    }
    return groups;
  }
}

function emptyGroup(): GroupCounts {
  return {
    period: { ...EMPTY_AGGREGATE },
    years: new Map(),
    activityTotals: null,
    activityTypes: [],
    institutionKinds: [],
    regions: [],
    funding: [],
    caseStages: [],
    caseFunding: [],
  };
}

function breakdownsOf(group: GroupCounts): Breakdowns {
  return {
    byActivityType: ACTIVITY_TYPE_IDS.map((type) => {
      const row = group.activityTypes.find((r) => r.type === type);
      return {
        type,
        activities: row?.activities ?? 0,
        participations: row?.participations ?? 0,
        companyParticipations: row?.companyParticipations ?? 0,
        institutionParticipations: row?.institutionParticipations ?? 0,
      };
    }),
    byInstitutionKind: KNOWLEDGE_INSTITUTION_KINDS.map((kind) => {
      const row = group.institutionKinds.find((r) => r.kind === kind);
      return {
        kind,
        institutions: row?.organizations ?? 0,
        participations: group.activityTotals?.kindParticipations[kind] ?? 0,
      };
    }),
    byRegion: STATISTICS_REGIONS.map((region) => {
      const row = group.regions.find((r) => r.region === region);
      return {
        region,
        organizations: row?.organizations ?? 0,
        participations: group.activityTotals?.regionParticipations[region] ?? 0,
      };
    }),
    byFundingSource: FUNDING_SOURCE_IDS.map((source) => {
      const sum = (status: string) =>
        group.funding
          .filter((row) => row.source === source && row.status === status)
          .reduce((total, row) => total + row.amountDkk, 0);
      return { source, spentDkk: sum('spent'), securedDkk: sum('secured') };
    }),
    byCaseStage: CASE_STAGE_IDS.map((stage) => {
      const row = group.caseStages.find((r) => r.stage === stage);
      return { stage, cases: row?.current ?? 0, reached: row?.reached ?? 0 };
    }),
    byCaseFundingSource: FUNDING_SOURCE_IDS.map((source) => ({
      source,
      amountDkk: group.caseFunding.find((r) => r.source === source)?.amountDkk ?? 0,
    })),
  };
}

function inNumerator(row: OrganizationRow, numerator: 'sme' | 'sme_10_49' | 'outside_strength'): boolean {
  if (numerator === 'sme')
    return isSme({ kind: row.kind, employees: row.employeeBand as EmployeeBand | null });
  if (numerator === 'sme_10_49') return row.employeeBand === '10-49';
  return !row.insideStrengthAreas;
}

function industryLabel(code: string): LocalizedText {
  return (naceDivision(code) ?? naceSection(code))?.label ?? { da: code, en: code };
}

/** The period asked for; a missing end falls back to the same calendar year (this year when both are missing). */
export function periodOf(input: PeriodInput, today = new Date()): Period {
  const year = today.getUTCFullYear();
  const from = input.from ?? `${input.to ? yearOf(input.to) : year}-01-01`;
  const to = input.to ?? `${input.from ? yearOf(input.from) : year}-12-31`;
  if (from > to) throw badRequest('from', `from (${from}) must not be after to (${to})`);
  if (yearOf(to) - yearOf(from) >= MAX_PERIOD_YEARS) {
    throw badRequest('from', `The period may span at most ${MAX_PERIOD_YEARS} years`);
  }
  return { from, to };
}

const thisYear = () => new Date().getUTCFullYear();
const badRequest = (field: string, message: string) => fieldError(HttpStatus.BAD_REQUEST, field, message);
const notForCaller = () =>
  new ForbiddenException(
    "Statistics are for the cluster's brokers (members of the cluster organisation), programme staff and platform admins",
  );
