import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FUNDING_NOTE_MAX_LENGTH, FUNDING_SOURCE_IDS, FUNDING_STATUS_IDS } from '@videnbro/domain';
import type { FundingSource, FundingStatus } from '@videnbro/domain';
import { NoControlCharacters, OptionalNotNull, PageQueryDto, Trim } from '@videnbro/http';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ClusterRefDto, LinkedCaseDto } from './activity.dto';

const SOURCE = { enum: FUNDING_SOURCE_IDS, enumName: 'FundingSource' } as const;
const STATUS = { enum: FUNDING_STATUS_IDS, enumName: 'FundingStatus' } as const;
const YEAR = { minimum: 2000, maximum: 2100 } as const;
const YEAR_MESSAGE = 'year must be between 2000 and 2100';
/** DKK 100 billion: far above any cluster's budget, well inside a JavaScript number. */
const MAX_AMOUNT = 100_000_000_000;

// ---------------------------------------------------------------------------------------------------------
// Requests

/** The optional fields of creates and updates; null clears them. */
class FundingRecordLinksDto {
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'An activity the cluster organises',
  })
  @IsOptional()
  @IsUUID('all', { message: 'activityId must be a UUID' })
  activityId?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'A case the cluster brokers',
  })
  @IsOptional()
  @IsUUID('all', { message: 'caseId must be a UUID' })
  caseId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: FUNDING_NOTE_MAX_LENGTH })
  @IsOptional()
  @Trim()
  @IsString()
  @NoControlCharacters('multi-line')
  @MaxLength(FUNDING_NOTE_MAX_LENGTH)
  note?: string | null;
}

export class CreateFundingRecordDto extends FundingRecordLinksDto {
  @ApiProperty({ format: 'uuid', description: 'A cluster the caller brokers for' })
  @IsUUID('all', { message: 'clusterId must be a UUID' })
  clusterId!: string;

  @ApiProperty({ ...YEAR })
  @IsInt()
  @Min(YEAR.minimum, { message: YEAR_MESSAGE })
  @Max(YEAR.maximum, { message: YEAR_MESSAGE })
  year!: number;

  @ApiProperty({ ...SOURCE })
  @IsIn(FUNDING_SOURCE_IDS)
  source!: FundingSource;

  @ApiProperty({ minimum: 1, maximum: MAX_AMOUNT, description: 'Whole Danish kroner' })
  @IsInt({ message: 'amountDkk must be whole kroner' })
  @Min(1, { message: 'amountDkk must be positive' })
  @Max(MAX_AMOUNT)
  amountDkk!: number;

  @ApiProperty({ ...STATUS })
  @IsIn(FUNDING_STATUS_IDS)
  status!: FundingStatus;
}

/** Absent fields stay as they are. The cluster does not change: delete and create instead. */
export class UpdateFundingRecordDto extends FundingRecordLinksDto {
  @ApiPropertyOptional({ ...YEAR })
  @OptionalNotNull()
  @IsInt()
  @Min(YEAR.minimum, { message: YEAR_MESSAGE })
  @Max(YEAR.maximum, { message: YEAR_MESSAGE })
  year?: number;

  @ApiPropertyOptional({ ...SOURCE })
  @OptionalNotNull()
  @IsIn(FUNDING_SOURCE_IDS)
  source?: FundingSource;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_AMOUNT, description: 'Whole Danish kroner' })
  @OptionalNotNull()
  @IsInt({ message: 'amountDkk must be whole kroner' })
  @Min(1, { message: 'amountDkk must be positive' })
  @Max(MAX_AMOUNT)
  amountDkk?: number;

  @ApiPropertyOptional({ ...STATUS })
  @OptionalNotNull()
  @IsIn(FUNDING_STATUS_IDS)
  status?: FundingStatus;
}

export class ListFundingRecordsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this cluster's records" })
  @IsOptional()
  @IsUUID('all', { message: 'cluster must be a UUID' })
  cluster?: string;

  @ApiPropertyOptional({ ...YEAR })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(YEAR.minimum, { message: YEAR_MESSAGE })
  @Max(YEAR.maximum, { message: YEAR_MESSAGE })
  year?: number;
}

// ---------------------------------------------------------------------------------------------------------
// Responses

export class FundingActivityRefDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  title!: string;
}

export class FundingRecordDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: ClusterRefDto })
  cluster!: ClusterRefDto;

  @ApiProperty()
  year!: number;

  @ApiProperty({ ...SOURCE })
  source!: FundingSource;

  @ApiProperty({ description: 'Whole Danish kroner' })
  amountDkk!: number;

  @ApiProperty({ ...STATUS })
  status!: FundingStatus;

  @ApiProperty({ type: FundingActivityRefDto, nullable: true })
  activity!: FundingActivityRefDto | null;

  @ApiProperty({
    type: LinkedCaseDto,
    nullable: true,
    description: "The case; null too when it is not one of the caller's clusters' (admins: all)",
  })
  case!: LinkedCaseDto | null;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;

  @ApiProperty({ description: 'Whether the caller may change it' })
  canEdit!: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class FundingRecordPageDto {
  @ApiProperty({ type: [FundingRecordDto] })
  items!: FundingRecordDto[];

  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  limit!: number;
}
