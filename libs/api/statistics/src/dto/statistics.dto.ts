import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTIVITY_TYPE_IDS,
  CASE_STAGE_IDS,
  EMPLOYEE_BAND_IDS,
  FUNDING_SOURCE_IDS,
  FUNDING_STATUS_IDS,
  KNOWLEDGE_INSTITUTION_KINDS,
  ORGANIZATION_KIND_IDS,
} from '@videnbro/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { CASE_PIPELINE, FIGURE_IDS, FIGURE_UNITS, ROW_KINDS, STATISTICS_REGIONS } from '../figures';
import type { FigureId, FigureUnit, RowKind } from '../figures';

const FIGURE = { enum: FIGURE_IDS, enumName: 'StatisticsFigure' } as const;
const UNIT = { enum: FIGURE_UNITS, enumName: 'StatisticsFigureUnit' } as const;
const ROWS = { enum: ROW_KINDS, enumName: 'StatisticsRowKind' } as const;
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
/** The most rows one page of the rows behind a figure holds (an export pages through them). */
export const MAX_ROWS_PAGE = 1000;

const DateField = (name: string, description: string) =>
  applyDecorators(
    ApiPropertyOptional({ format: 'date', example: '2025-01-01', description }),
    IsOptional(),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${name} must be a date (YYYY-MM-DD)` }),
    IsISO8601({ strict: true }, { message: `${name} must be a valid date (YYYY-MM-DD)` }),
  );

// ---------------------------------------------------------------------------------------------------------
// Requests

export class PeriodQueryDto {
  @DateField('from', 'First day of the period (included); default 1 January of the current year')
  from?: string;

  @DateField('to', 'Last day of the period (included); default 31 December of the current year')
  to?: string;
}

export class StatisticsQueryDto extends PeriodQueryDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'One cluster; without it, every cluster the caller may see, counted together',
  })
  @IsOptional()
  @IsUUID('all', { message: 'cluster must be a UUID' })
  cluster?: string;
}

export class StatisticsRowsQueryDto extends StatisticsQueryDto {
  @ApiProperty({ ...FIGURE, description: 'The figure whose rows to list' })
  @IsIn(FIGURE_IDS, { message: `figure must be one of: ${FIGURE_IDS.join(', ')}` })
  figure!: FigureId;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_ROWS_PAGE, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_ROWS_PAGE)
  limit?: number;
}

export class EvaluationQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'cluster must be a UUID' })
  cluster!: string;

  @ApiPropertyOptional({
    minimum: MIN_YEAR,
    maximum: MAX_YEAR,
    description: 'Default: 4 years before toYear',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'fromYear must be a whole year' })
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  fromYear?: number;

  @ApiPropertyOptional({ minimum: MIN_YEAR, maximum: MAX_YEAR, description: 'Default: the current year' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'toYear must be a whole year' })
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  toYear?: number;
}

// ---------------------------------------------------------------------------------------------------------
// Responses

export class LocalizedTextDto {
  @ApiProperty()
  da!: string;

  @ApiProperty()
  en!: string;
}

export class FigureDefinitionDto {
  @ApiProperty(FIGURE)
  id!: FigureId;

  @ApiProperty({ type: LocalizedTextDto })
  label!: LocalizedTextDto;

  @ApiProperty({ ...UNIT, description: 'count; share (0–1); dkk (whole kroner); ratio' })
  unit!: FigureUnit;

  @ApiProperty({ type: LocalizedTextDto, description: 'How the figure is counted' })
  definition!: LocalizedTextDto;

  @ApiProperty({ ...ROWS, description: 'What GET /statistics/rows lists for this figure' })
  rows!: RowKind;
}

export class FigureValueDto {
  @ApiProperty(FIGURE)
  id!: FigureId;

  @ApiProperty({ type: Number, nullable: true, description: 'Null for a share or ratio of nothing' })
  value!: number | null;

  @ApiPropertyOptional({ description: 'Shares and ratios: what is divided' })
  numerator?: number;

  @ApiPropertyOptional({ description: 'Shares and ratios: what it is divided by' })
  denominator?: number;
}

export class FigureDto extends FigureDefinitionDto {
  @ApiProperty({ type: Number, nullable: true, description: 'Null for a share or ratio of nothing' })
  value!: number | null;

  @ApiPropertyOptional({ description: 'Shares and ratios: what is divided' })
  numerator?: number;

  @ApiPropertyOptional({ description: 'Shares and ratios: what it is divided by' })
  denominator?: number;
}

export class StatisticsPeriodDto {
  @ApiProperty({ format: 'date', example: '2025-01-01' })
  from!: string;

  @ApiProperty({ format: 'date', example: '2025-12-31' })
  to!: string;
}

export class StatisticsClusterDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;
}

export class YearFiguresDto {
  @ApiProperty({ example: 2025 })
  year!: number;

  @ApiProperty({ type: [FigureValueDto] })
  figures!: FigureValueDto[];
}

export class ActivityTypeCountDto {
  @ApiProperty({ enum: ACTIVITY_TYPE_IDS, enumName: 'ActivityType' })
  type!: string;

  @ApiProperty()
  activities!: number;

  @ApiProperty()
  participations!: number;

  @ApiProperty()
  companyParticipations!: number;

  @ApiProperty()
  institutionParticipations!: number;
}

export class InstitutionKindCountDto {
  @ApiProperty({ enum: KNOWLEDGE_INSTITUTION_KINDS, enumName: 'KnowledgeInstitutionKind' })
  kind!: string;

  @ApiProperty({ description: 'Distinct institutions of the kind' })
  institutions!: number;

  @ApiProperty()
  participations!: number;
}

export class RegionCountDto {
  @ApiProperty({ enum: STATISTICS_REGIONS, enumName: 'StatisticsRegion' })
  region!: string;

  @ApiProperty({ description: 'Distinct participating organisations' })
  organizations!: number;

  @ApiProperty()
  participations!: number;
}

export class FundingSourceSumDto {
  @ApiProperty({ enum: FUNDING_SOURCE_IDS, enumName: 'FundingSource' })
  source!: string;

  @ApiProperty({ description: 'Whole kroner with status spent' })
  spentDkk!: number;

  @ApiProperty({ description: 'Whole kroner with status secured' })
  securedDkk!: number;
}

export class StatisticsCaseStageDto {
  @ApiProperty({ enum: CASE_STAGE_IDS, enumName: 'CaseStage' })
  stage!: string;

  @ApiProperty({ description: 'Cases at the stage now' })
  cases!: number;

  @ApiProperty({ description: 'Cases that reached the stage (now or earlier)' })
  reached!: number;
}

export class StatisticsCaseFundingSourceDto {
  @ApiProperty({ enum: FUNDING_SOURCE_IDS, enumName: 'FundingSource' })
  source!: string;

  @ApiProperty({ description: 'Whole kroner secured through cases' })
  amountDkk!: number;
}

export class BreakdownsDto {
  @ApiProperty({ type: [ActivityTypeCountDto], description: 'Every activity type, zeros included' })
  byActivityType!: ActivityTypeCountDto[];

  @ApiProperty({ type: [InstitutionKindCountDto], description: 'Every institution kind, zeros included' })
  byInstitutionKind!: InstitutionKindCountDto[];

  @ApiProperty({ type: [RegionCountDto], description: 'Every region, abroad and unknown, zeros included' })
  byRegion!: RegionCountDto[];

  @ApiProperty({ type: [FundingSourceSumDto], description: 'Every funding source, zeros included' })
  byFundingSource!: FundingSourceSumDto[];

  @ApiProperty({ type: [StatisticsCaseStageDto], description: 'Every case stage, zeros included' })
  byCaseStage!: StatisticsCaseStageDto[];

  @ApiProperty({
    type: [StatisticsCaseFundingSourceDto],
    description: 'Funding secured through cases, every funding source, zeros included',
  })
  byCaseFundingSource!: StatisticsCaseFundingSourceDto[];
}

export class StatisticsDto {
  @ApiProperty({ type: StatisticsPeriodDto })
  period!: StatisticsPeriodDto;

  @ApiProperty({
    type: StatisticsClusterDto,
    nullable: true,
    description: 'The cluster asked for; null for all',
  })
  cluster!: StatisticsClusterDto | null;

  @ApiProperty({ type: [StatisticsClusterDto], description: 'The clusters counted' })
  clusters!: StatisticsClusterDto[];

  @ApiProperty({ type: [FigureDto] })
  figures!: FigureDto[];

  @ApiProperty({
    type: [YearFiguresDto],
    description: 'Every year of the period, each counted as its own period',
  })
  perYear!: YearFiguresDto[];

  @ApiProperty({ type: BreakdownsDto })
  breakdowns!: BreakdownsDto;
}

export class ClusterFiguresDto {
  @ApiProperty({ type: StatisticsClusterDto })
  cluster!: StatisticsClusterDto;

  @ApiProperty({ type: [FigureValueDto] })
  figures!: FigureValueDto[];
}

export class ClusterComparisonDto {
  @ApiProperty({ type: StatisticsPeriodDto })
  period!: StatisticsPeriodDto;

  @ApiProperty({ type: [FigureDefinitionDto], description: 'The figures, in the order of each row' })
  definitions!: FigureDefinitionDto[];

  @ApiProperty({ type: [ClusterFiguresDto], description: 'One row per cluster the caller may see, by name' })
  items!: ClusterFiguresDto[];
}

export class EvaluationYearDto {
  @ApiProperty({ example: 2025 })
  year!: number;

  @ApiProperty({ type: Number, nullable: true })
  value!: number | null;

  @ApiPropertyOptional()
  numerator?: number;

  @ApiPropertyOptional()
  denominator?: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Set by programme staff; null when none' })
  target!: number | null;
}

export class EvaluationFigureDto extends FigureDefinitionDto {
  @ApiProperty({ type: [EvaluationYearDto] })
  years!: EvaluationYearDto[];
}

export class EvaluationDto {
  @ApiProperty({ type: StatisticsClusterDto })
  cluster!: StatisticsClusterDto;

  @ApiProperty()
  fromYear!: number;

  @ApiProperty()
  toYear!: number;

  @ApiProperty({ type: [EvaluationFigureDto] })
  figures!: EvaluationFigureDto[];
}

export class StatisticsOrganizationRowDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: ORGANIZATION_KIND_IDS, enumName: 'OrganizationKind' })
  kind!: string;

  @ApiProperty({ description: 'The SME rule of the statistics (kind sme, fewer than 250 employees)' })
  isSme!: boolean;

  @ApiProperty({ enum: EMPLOYEE_BAND_IDS, enumName: 'EmployeeBand', nullable: true })
  employeeBand!: string | null;

  @ApiProperty({ type: [String], description: 'DB07 codes' })
  industryCodes!: string[];

  @ApiProperty({ example: 'DK' })
  country!: string;

  @ApiProperty({ enum: STATISTICS_REGIONS, enumName: 'StatisticsRegion' })
  region!: string;

  @ApiProperty({ description: 'Activities of the period it took part in' })
  participations!: number;

  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: 'Companies with industry codes: inside the strength areas of a cluster it took part through',
  })
  insideStrengthAreas!: boolean | null;

  @ApiPropertyOptional({ description: "Share figures: whether the row counts in the share's numerator" })
  inNumerator?: boolean;
}

export class StatisticsActivityRowDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: ACTIVITY_TYPE_IDS, enumName: 'ActivityType' })
  type!: string;

  @ApiProperty({ format: 'date' })
  startsOn!: string;

  @ApiProperty({ format: 'date' })
  endsOn!: string;

  @ApiProperty({ type: [String], description: 'The clusters of the scope that organise it' })
  clusterIds!: string[];

  @ApiProperty()
  participations!: number;

  @ApiProperty()
  companyParticipations!: number;

  @ApiProperty()
  institutionParticipations!: number;

  @ApiProperty({ description: 'At least one participant from outside Denmark' })
  international!: boolean;
}

export class StatisticsFundingRowDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: StatisticsClusterDto })
  cluster!: StatisticsClusterDto;

  @ApiProperty()
  year!: number;

  @ApiProperty({ enum: FUNDING_SOURCE_IDS, enumName: 'FundingSource' })
  source!: string;

  @ApiProperty({ enum: FUNDING_STATUS_IDS, enumName: 'FundingStatus' })
  status!: string;

  @ApiProperty({ description: 'Whole kroner' })
  amountDkk!: number;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  activityId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;
}

export class StatisticsCaseFundingDto {
  @ApiProperty({ enum: FUNDING_SOURCE_IDS, enumName: 'FundingSource' })
  source!: string;

  @ApiProperty({ description: 'Whole kroner' })
  amountDkk!: number;
}

export class StatisticsCaseRowDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  companyName!: string;

  @ApiProperty()
  institutionName!: string;

  @ApiProperty({ enum: CASE_STAGE_IDS, enumName: 'CaseStage' })
  stage!: string;

  @ApiProperty({ format: 'date', description: 'Created on (Danish time)' })
  createdOn!: string;

  @ApiProperty({ type: [String], description: 'The clusters of the scope that broker it' })
  clusterIds!: string[];

  @ApiProperty({
    enum: CASE_PIPELINE,
    enumName: 'CasePipelineStage',
    isArray: true,
    description: 'The pipeline stages it has reached, in order',
  })
  reached!: string[];

  @ApiProperty({ type: [StatisticsCaseFundingDto], description: 'Funding secured, by source' })
  funding!: StatisticsCaseFundingDto[];

  @ApiProperty({ description: 'Whole kroner secured, every source' })
  fundingDkk!: number;

  @ApiPropertyOptional({
    description: "Conversion figures: whether the case counts in the share's numerator",
  })
  inNumerator?: boolean;
}

export class StatisticsRowsDto {
  @ApiProperty({ type: FigureDefinitionDto })
  figure!: FigureDefinitionDto;

  @ApiProperty({ type: StatisticsPeriodDto })
  period!: StatisticsPeriodDto;

  @ApiProperty({ ...ROWS, description: 'Which of the lists below is set' })
  kind!: RowKind;

  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  limit!: number;

  @ApiPropertyOptional({ type: [StatisticsOrganizationRowDto] })
  organizations?: StatisticsOrganizationRowDto[];

  @ApiPropertyOptional({ type: [StatisticsActivityRowDto] })
  activities?: StatisticsActivityRowDto[];

  @ApiPropertyOptional({ type: [StatisticsFundingRowDto] })
  fundingRecords?: StatisticsFundingRowDto[];

  @ApiPropertyOptional({
    type: [StatisticsCaseRowDto],
    description: "Cases: for their clusters' brokers and platform admins (programme staff get 403)",
  })
  cases?: StatisticsCaseRowDto[];
}
