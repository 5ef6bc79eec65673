import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, CurrentCaller } from '@videnbro/access';
import type { Caller } from '@videnbro/access';
import { isSme } from '@videnbro/domain';
import type { EmployeeBand } from '@videnbro/domain';
import { ErrorDto, UuidParam } from '@videnbro/http';
import {
  ClusterTargetsDto,
  SetStrengthIndustriesDto,
  SetTargetsDto,
  StrengthIndustriesDto,
} from './dto/cluster-settings.dto';
import {
  ClusterComparisonDto,
  EvaluationDto,
  EvaluationQueryDto,
  FigureDefinitionDto,
  PeriodQueryDto,
  StatisticsDto,
  StatisticsQueryDto,
  StatisticsRowsDto,
  StatisticsRowsQueryDto,
} from './dto/statistics.dto';
import { FIGURES } from './figures';
import type { FigureDefinition } from './figures';
import { StatisticsService } from './statistics.service';

const DEFAULT_ROWS = 50;
const WHO =
  'Brokers of the cluster (members of the cluster organisation), programme staff and platform admins';

const toDefinitionDto = (definition: FigureDefinition): FigureDefinitionDto => ({
  id: definition.id,
  label: definition.label,
  unit: definition.unit,
  definition: definition.definition,
  rows: definition.rows.kind,
});

/** The cluster statistics. Who may see which cluster is decided in StatisticsService. */
@ApiTags('statistics')
@Controller()
export class StatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

  @Get('statistics')
  @Authenticated()
  @ApiOperation({
    summary:
      'Every figure for one cluster, or for all the clusters the caller may see, over a period and per year',
    description: WHO,
  })
  @ApiOkResponse({ type: StatisticsDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No cluster with this id' })
  async get(@CurrentCaller() caller: Caller, @Query() query: StatisticsQueryDto): Promise<StatisticsDto> {
    const result = await this.statistics.forScope(caller, query);
    return {
      period: result.period,
      cluster: result.cluster && { id: result.cluster.id, name: result.cluster.name },
      clusters: result.clusters.map(({ id, name }) => ({ id, name })),
      figures: result.figures.map(({ definition, id: _id, ...value }) => ({
        ...toDefinitionDto(definition),
        ...value,
      })),
      perYear: result.perYear,
      breakdowns: result.breakdowns,
    };
  }

  @Get('statistics/rows')
  @Authenticated()
  @ApiOperation({
    summary:
      'The rows behind a figure: organisations, activities, funding records or cases, a page at a time',
    description: `${WHO}; the cases behind the case figures only for their brokers and platform admins`,
  })
  @ApiOkResponse({ type: StatisticsRowsDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No cluster with this id' })
  async rows(
    @CurrentCaller() caller: Caller,
    @Query() query: StatisticsRowsQueryDto,
  ): Promise<StatisticsRowsDto> {
    const page = query.page ?? 1;
    const limit = query.limit ?? DEFAULT_ROWS;
    const { period, definition, rows } = await this.statistics.rows(caller, { ...query, page, limit });
    const base = {
      figure: toDefinitionDto(definition),
      period,
      kind: rows.kind,
      total: rows.page.total,
      page,
      limit,
    };
    if (rows.kind === 'organizations') {
      return {
        ...base,
        organizations: rows.page.items.map((row) => {
          const company = row.kind === 'sme' || row.kind === 'large_company';
          return {
            ...row,
            isSme: isSme({ kind: row.kind, employees: row.employeeBand as EmployeeBand | null }),
            region: row.country !== 'DK' ? 'abroad' : (row.region ?? 'unknown'),
            insideStrengthAreas: company && row.industryCodes.length ? row.insideStrengthAreas : null,
          };
        }),
      };
    }
    if (rows.kind === 'activities') return { ...base, activities: rows.page.items };
    if (rows.kind === 'cases') {
      return {
        ...base,
        cases: rows.page.items.map((row) => ({
          ...row,
          fundingDkk: row.funding.reduce((total, f) => total + f.amountDkk, 0),
        })),
      };
    }
    return {
      ...base,
      fundingRecords: rows.page.items.map(({ clusterId, clusterName, ...row }) => ({
        ...row,
        cluster: { id: clusterId, name: clusterName },
      })),
    };
  }

  @Get('statistics/clusters')
  @Authenticated()
  @ApiOperation({
    summary: 'The programme view: every figure for each cluster the caller may see, side by side',
    description: 'Programme staff and platform admins see every cluster, brokers their own',
  })
  @ApiOkResponse({ type: ClusterComparisonDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  async clusters(
    @CurrentCaller() caller: Caller,
    @Query() query: PeriodQueryDto,
  ): Promise<ClusterComparisonDto> {
    const result = await this.statistics.clusterComparison(caller, query);
    return {
      period: result.period,
      definitions: FIGURES.map(toDefinitionDto),
      items: result.items.map(({ cluster, figures }) => ({
        cluster: { id: cluster.id, name: cluster.name },
        figures,
      })),
    };
  }

  @Get('statistics/evaluation')
  @Authenticated()
  @ApiOperation({
    summary: "The 5-year evaluation: one cluster's figures per year next to the targets programme staff set",
    description: WHO,
  })
  @ApiOkResponse({ type: EvaluationDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No cluster with this id' })
  async evaluation(
    @CurrentCaller() caller: Caller,
    @Query() query: EvaluationQueryDto,
  ): Promise<EvaluationDto> {
    const result = await this.statistics.evaluation(caller, query);
    return {
      cluster: { id: result.cluster.id, name: result.cluster.name },
      fromYear: result.fromYear,
      toYear: result.toYear,
      figures: result.figures.map(({ definition, years }) => ({ ...toDefinitionDto(definition), years })),
    };
  }

  @Put('clusters/:id/targets')
  @Authenticated('admin', 'programme')
  @ApiOperation({
    summary:
      "Set a cluster's targets per year and figure (programme staff, platform admins); null removes one",
  })
  @ApiOkResponse({ type: ClusterTargetsDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No cluster with this id' })
  setTargets(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @Body() body: SetTargetsDto,
  ): Promise<ClusterTargetsDto> {
    return this.statistics.setTargets(caller, id, body.targets);
  }

  @Get('clusters/:id/strength-industries')
  @Authenticated()
  @ApiOperation({ summary: "The DB07 codes each of the cluster's strength areas covers", description: WHO })
  @ApiOkResponse({ type: StrengthIndustriesDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No cluster with this id' })
  strengthIndustries(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
  ): Promise<StrengthIndustriesDto> {
    return this.statistics.strengthIndustries(caller, id);
  }

  @Put('clusters/:id/strength-industries')
  @Authenticated('admin')
  @ApiOperation({ summary: "Replace the cluster's strength-area → DB07 mapping (platform admins)" })
  @ApiOkResponse({ type: StrengthIndustriesDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No cluster with this id' })
  setStrengthIndustries(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @Body() body: SetStrengthIndustriesDto,
  ): Promise<StrengthIndustriesDto> {
    return this.statistics.setStrengthIndustries(caller, id, body.mappings);
  }
}
