import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTIVITY_DESCRIPTION_MAX_LENGTH,
  ACTIVITY_FORMAT_IDS,
  ACTIVITY_FUNDING_SOURCE_IDS,
  ACTIVITY_PLACE_MAX_LENGTH,
  ACTIVITY_TITLE_LENGTH,
  ACTIVITY_TYPE_IDS,
  CASE_STAGE_IDS,
} from '@videnbro/domain';
import type { ActivityFormat, ActivityFundingSource, ActivityType, CaseStage } from '@videnbro/domain';
import { NoControlCharacters, OptionalNotNull, PageQueryDto, Trim } from '@videnbro/http';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { IsIsoDate } from './fields';

const TYPE = { enum: ACTIVITY_TYPE_IDS, enumName: 'ActivityType' } as const;
const FORMAT = { enum: ACTIVITY_FORMAT_IDS, enumName: 'ActivityFormat' } as const;
const FUNDING = { enum: ACTIVITY_FUNDING_SOURCE_IDS, enumName: 'ActivityFundingSource' } as const;
/** More clusters than the programme has (14) is a mistake. */
const MAX_CLUSTERS = 20;
/** An activity that led to more cases than this is better described in its text. */
const MAX_CASES = 50;

// ---------------------------------------------------------------------------------------------------------
// Requests

/** The fields creates and updates share, optional in both. */
class ActivityFieldsDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: ACTIVITY_PLACE_MAX_LENGTH,
    example: 'Aarhus',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @NoControlCharacters('single-line')
  @MaxLength(ACTIVITY_PLACE_MAX_LENGTH)
  place?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: ACTIVITY_DESCRIPTION_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @NoControlCharacters('multi-line')
  @MaxLength(ACTIVITY_DESCRIPTION_MAX_LENGTH)
  description?: string | null;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: MAX_CASES,
    description:
      "Linked cases, each brokered by one of the activity's clusters; replaces the links the caller sees",
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_CASES)
  @ArrayUnique({ message: 'caseIds must not repeat a case' })
  @IsUUID('all', { each: true, message: 'caseIds must be UUIDs' })
  caseIds?: string[];
}

export class CreateActivityDto extends ActivityFieldsDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    minItems: 1,
    maxItems: MAX_CLUSTERS,
    description: 'The organising clusters; the first is the owner unless ownerClusterId is given',
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'clusterIds must name at least one cluster' })
  @ArrayMaxSize(MAX_CLUSTERS)
  @ArrayUnique({ message: 'clusterIds must not repeat a cluster' })
  @IsUUID('all', { each: true, message: 'clusterIds must be UUIDs' })
  clusterIds!: string[];

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The cluster that owns the activity (one the caller brokers for); added to clusterIds',
  })
  @OptionalNotNull()
  @IsUUID('all', { message: 'ownerClusterId must be a UUID' })
  ownerClusterId?: string;

  @ApiProperty({ minLength: ACTIVITY_TITLE_LENGTH.min, maxLength: ACTIVITY_TITLE_LENGTH.max })
  @Trim()
  @IsString()
  @NoControlCharacters('single-line')
  @Length(ACTIVITY_TITLE_LENGTH.min, ACTIVITY_TITLE_LENGTH.max)
  title!: string;

  @ApiProperty({ ...TYPE })
  @IsIn(ACTIVITY_TYPE_IDS)
  type!: ActivityType;

  @ApiProperty({ format: 'date', example: '2026-03-12' })
  @IsIsoDate()
  startsOn!: string;

  @ApiProperty({ format: 'date', example: '2026-03-12', description: 'On or after startsOn' })
  @IsIsoDate()
  endsOn!: string;

  @ApiProperty({ ...FORMAT })
  @IsIn(ACTIVITY_FORMAT_IDS)
  format!: ActivityFormat;

  @ApiProperty({ ...FUNDING })
  @IsIn(ACTIVITY_FUNDING_SOURCE_IDS)
  fundingSource!: ActivityFundingSource;
}

/** Absent fields stay as they are; `place` and `description` are cleared with null. */
export class UpdateActivityDto extends ActivityFieldsDto {
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    minItems: 1,
    maxItems: MAX_CLUSTERS,
    description: 'The organising clusters; must include the owner cluster',
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMinSize(1, { message: 'clusterIds must name at least one cluster' })
  @ArrayMaxSize(MAX_CLUSTERS)
  @ArrayUnique({ message: 'clusterIds must not repeat a cluster' })
  @IsUUID('all', { each: true, message: 'clusterIds must be UUIDs' })
  clusterIds?: string[];

  @ApiPropertyOptional({ minLength: ACTIVITY_TITLE_LENGTH.min, maxLength: ACTIVITY_TITLE_LENGTH.max })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @NoControlCharacters('single-line')
  @Length(ACTIVITY_TITLE_LENGTH.min, ACTIVITY_TITLE_LENGTH.max)
  title?: string;

  @ApiPropertyOptional({ ...TYPE })
  @OptionalNotNull()
  @IsIn(ACTIVITY_TYPE_IDS)
  type?: ActivityType;

  @ApiPropertyOptional({ format: 'date' })
  @OptionalNotNull()
  @IsIsoDate()
  startsOn?: string;

  @ApiPropertyOptional({ format: 'date', description: 'On or after startsOn' })
  @OptionalNotNull()
  @IsIsoDate()
  endsOn?: string;

  @ApiPropertyOptional({ ...FORMAT })
  @OptionalNotNull()
  @IsIn(ACTIVITY_FORMAT_IDS)
  format?: ActivityFormat;

  @ApiPropertyOptional({ ...FUNDING })
  @OptionalNotNull()
  @IsIn(ACTIVITY_FUNDING_SOURCE_IDS)
  fundingSource?: ActivityFundingSource;
}

export class ListActivitiesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only activities this cluster organises' })
  @IsOptional()
  @IsUUID('all', { message: 'cluster must be a UUID' })
  cluster?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Only activities that end on or after this day' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Only activities that start on or before this day' })
  @IsOptional()
  @IsIsoDate()
  to?: string;

  @ApiPropertyOptional({ ...TYPE })
  @IsOptional()
  @IsIn(ACTIVITY_TYPE_IDS)
  type?: ActivityType;

  @ApiPropertyOptional({ maxLength: 100, description: 'Part of the title (case-insensitive)' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 100)
  q?: string;
}

// ---------------------------------------------------------------------------------------------------------
// Responses

export class ClusterRefDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;
}

/** A linked case as a short label: its parties and stage. */
export class LinkedCaseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ description: "The company's name" })
  company!: string;

  @ApiProperty({ description: "The knowledge institution's name" })
  institution!: string;

  @ApiProperty({ enum: CASE_STAGE_IDS, enumName: 'CaseStage' })
  stage!: CaseStage;
}

export class ActivityDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: ClusterRefDto, description: 'The cluster that created it' })
  ownerCluster!: ClusterRefDto;

  @ApiProperty({ type: [ClusterRefDto], description: 'Every organising cluster, the owner first' })
  clusters!: ClusterRefDto[];

  @ApiProperty()
  title!: string;

  @ApiProperty({ ...TYPE })
  type!: ActivityType;

  @ApiProperty({ format: 'date' })
  startsOn!: string;

  @ApiProperty({ format: 'date' })
  endsOn!: string;

  @ApiProperty({ ...FORMAT })
  format!: ActivityFormat;

  @ApiProperty({ type: String, nullable: true })
  place!: string | null;

  @ApiProperty({ ...FUNDING })
  fundingSource!: ActivityFundingSource;

  @ApiProperty({ type: String, nullable: true })
  description!: string | null;

  @ApiProperty({
    type: [LinkedCaseDto],
    description: "Linked cases; only those of the caller's clusters (admins: all)",
  })
  cases!: LinkedCaseDto[];

  @ApiProperty({ description: 'Organisations that took part' })
  participatingOrganizations!: number;

  @ApiProperty({ description: 'Persons who took part, summed over the organisations' })
  participatingPersons!: number;

  @ApiProperty({ description: 'Whether the caller may change it and its participations' })
  canEdit!: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class ActivityPageDto {
  @ApiProperty({ type: [ActivityDto] })
  items!: ActivityDto[];

  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  limit!: number;
}
