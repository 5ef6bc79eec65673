import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CASE_NEXT_ACTION_MAX_LENGTH,
  CASE_ORIGIN_IDS,
  CASE_PARTY_IDS,
  CASE_ROUTING_IDS,
  CASE_STAGE_IDS,
  CASE_TEXT_MAX_LENGTH,
  COLLABORATION_TYPE_IDS,
  CONSENT_STATUS_IDS,
  FUNDING_SOURCE_IDS,
  ORGANIZATION_KIND_IDS,
} from '@videnbro/domain';
import type {
  CaseOrigin,
  CaseParty,
  CaseRouting,
  CaseStage,
  CollaborationType,
  ConsentStatus,
  FundingSource,
  OrganizationKind,
} from '@videnbro/domain';
import { NoControlCharacters, OptionalNotNull, PageQueryDto, Trim } from '@videnbro/http';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { CASE_EVENT_KINDS } from '../entities';
import type { CaseEventKind } from '../entities';

const STAGE = { enum: CASE_STAGE_IDS, enumName: 'CaseStage' } as const;
const PARTY = { enum: CASE_PARTY_IDS, enumName: 'CaseParty' } as const;
const COLLABORATION = { enum: COLLABORATION_TYPE_IDS, enumName: 'CollaborationType' } as const;
const FUNDING = { enum: FUNDING_SOURCE_IDS, enumName: 'FundingSource' } as const;
/** The age filter's upper bound: ten years, older than any case. */
const CASE_MAX_AGE_DAYS = 3650;

/** A real calendar day written YYYY-MM-DD (not 2026-02-30). */
function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
const DECISIONS = ['accept', 'decline'] as const;
export type ConsentDecision = (typeof DECISIONS)[number];

// ---------------------------------------------------------------------------------------------------------
// Requests

export class CreateCaseDto {
  @ApiProperty({ format: 'uuid', description: 'The company (SME or large company)' })
  @IsUUID('all', { message: 'companyId must be a UUID' })
  companyId!: string;

  @ApiProperty({ format: 'uuid', description: 'The knowledge institution' })
  @IsUUID('all', { message: 'institutionId must be a UUID' })
  institutionId!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "The company's need; required when an institution asks",
  })
  @OptionalNotNull()
  @IsUUID('all', { message: 'needId must be a UUID' })
  needId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "The institution's competence" })
  @OptionalNotNull()
  @IsUUID('all', { message: 'competenceId must be a UUID' })
  competenceId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Brokers creating a case from a match: their cluster, which then owns the case',
  })
  @OptionalNotNull()
  @IsUUID('all', { message: 'clusterId must be a UUID' })
  clusterId?: string;
}

export class FundingAmountDto {
  @ApiProperty({ ...FUNDING })
  @IsIn(FUNDING_SOURCE_IDS)
  source!: FundingSource;

  @ApiProperty({ minimum: 1, description: 'Whole DKK' })
  @IsInt()
  @Min(1)
  @Max(1_000_000_000_000)
  amountDkk!: number;
}

export class UpdateCaseDto {
  @ApiPropertyOptional({
    ...STAGE,
    description: 'Only along the stage transitions; `introduced` asks both parties',
  })
  @OptionalNotNull()
  @IsIn(CASE_STAGE_IDS)
  stage?: CaseStage;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: "A broker of the case's clusters",
  })
  @IsOptional()
  @IsUUID('all', { message: 'ownerUserId must be a UUID' })
  ownerUserId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: CASE_NEXT_ACTION_MAX_LENGTH })
  @IsOptional()
  @Trim()
  @IsString()
  @NoControlCharacters('single-line')
  @MaxLength(CASE_NEXT_ACTION_MAX_LENGTH)
  nextAction?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @ValidateBy({
    name: 'isIsoDate',
    validator: {
      validate: isIsoDate,
      defaultMessage: () => 'nextActionDue must be a date written YYYY-MM-DD',
    },
  })
  nextActionDue?: string | null;

  @ApiPropertyOptional({ ...COLLABORATION, nullable: true })
  @IsOptional()
  @IsIn(COLLABORATION_TYPE_IDS)
  collaborationType?: CollaborationType | null;

  @ApiPropertyOptional({ minimum: 0 })
  @OptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(1000)
  applicationsSubmitted?: number;

  @ApiPropertyOptional({
    type: [FundingAmountDto],
    description: 'Replaces the funding secured; one row per source',
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(FUNDING_SOURCE_IDS.length)
  @ValidateNested({ each: true })
  @Type(() => FundingAmountDto)
  funding?: FundingAmountDto[];
}

export class ListCasesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only cases this cluster brokers (your own clusters)' })
  @IsOptional()
  @IsUUID('all', { message: 'cluster must be a UUID' })
  cluster?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only cases with this owner broker' })
  @IsOptional()
  @IsUUID('all', { message: 'owner must be a UUID' })
  owner?: string;

  @ApiPropertyOptional({ ...STAGE })
  @IsOptional()
  @IsIn(CASE_STAGE_IDS)
  stage?: CaseStage;

  @ApiPropertyOptional({ description: 'Only open cases whose next action is past due' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'overdue must be true or false' })
  overdue?: boolean;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: CASE_MAX_AGE_DAYS,
    description: 'Only cases created more than this many days ago (their age, not their last change)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'olderThanDays must be a whole number of days' })
  @Min(1)
  @Max(CASE_MAX_AGE_DAYS)
  olderThanDays?: number;

  @ApiPropertyOptional({
    description: 'Only introductions waiting for your answer (your side has not answered)',
  })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'waitingForMe must be true or false' })
  waitingForMe?: boolean;
}

export class CaseSummaryQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this cluster (brokers: one of their own)' })
  @IsOptional()
  @IsUUID('all', { message: 'cluster must be a UUID' })
  cluster?: string;
}

export class CaseTextDto {
  @ApiProperty({ minLength: 1, maxLength: CASE_TEXT_MAX_LENGTH })
  @Trim()
  @IsString()
  @NoControlCharacters('multi-line')
  @Length(1, CASE_TEXT_MAX_LENGTH)
  body!: string;
}

export class ConsentAnswerDto {
  @ApiProperty({ enum: DECISIONS, enumName: 'ConsentDecision' })
  @IsIn(DECISIONS)
  decision!: ConsentDecision;

  @ApiPropertyOptional({ maxLength: 1000, description: 'Why not (declines only); only brokers see it' })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @NoControlCharacters('multi-line')
  @MaxLength(1000)
  reason?: string;

  @ApiPropertyOptional({
    ...PARTY,
    description: 'Only for a member of both organisations: which side answers',
  })
  @OptionalNotNull()
  @IsIn(CASE_PARTY_IDS)
  party?: CaseParty;
}

export class HandoverDto {
  @ApiProperty({ format: 'uuid', description: 'The cluster that takes the case over' })
  @IsUUID('all', { message: 'clusterId must be a UUID' })
  clusterId!: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @NoControlCharacters('multi-line')
  @MaxLength(1000)
  reason?: string;
}

// ---------------------------------------------------------------------------------------------------------
// Responses

export class CaseRefDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;
}

export class CaseOrganizationDto extends CaseRefDto {
  @ApiProperty({ enum: ORGANIZATION_KIND_IDS, enumName: 'OrganizationKind' })
  kind!: OrganizationKind;
}

export class CaseConsentDto {
  @ApiProperty({ ...PARTY })
  party!: CaseParty;

  @ApiProperty({ enum: CONSENT_STATUS_IDS, enumName: 'ConsentStatus' })
  status!: ConsentStatus;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  answeredAt!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: "Brokers only: the decline's reason" })
  declineReason?: string | null;
}

export class CaseFundingDto {
  @ApiProperty({ ...FUNDING })
  source!: FundingSource;

  @ApiProperty()
  amountDkk!: number;
}

export class CaseOutcomeDto {
  @ApiProperty({ ...COLLABORATION, nullable: true })
  collaborationType!: CollaborationType | null;

  @ApiProperty()
  applicationsSubmitted!: number;

  @ApiProperty({ type: [CaseFundingDto] })
  funding!: CaseFundingDto[];

  @ApiProperty({ description: 'The sum of funding, DKK' })
  fundingTotalDkk!: number;
}

export class CaseContactDto {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  email!: string;
}

export class CaseContactsDto {
  @ApiProperty({ type: [CaseContactDto], description: "The company's members" })
  company!: CaseContactDto[];

  @ApiProperty({ type: [CaseContactDto], description: "The institution's members" })
  institution!: CaseContactDto[];
}

export class CaseEventDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: CASE_EVENT_KINDS, enumName: 'CaseEventKind' })
  kind!: CaseEventKind;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  @ApiProperty({
    type: CaseRefDto,
    nullable: true,
    description: 'Hidden when it would name the other party early',
  })
  actor!: CaseRefDto | null;

  @ApiProperty({ type: String, nullable: true, description: 'The text of a note or message' })
  body!: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'What changed, by kind' })
  data!: Record<string, unknown>;
}

export class CaseListItemDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ ...STAGE })
  stage!: CaseStage;

  @ApiProperty({ enum: CASE_ORIGIN_IDS, enumName: 'CaseOrigin' })
  origin!: CaseOrigin;

  @ApiProperty({ type: CaseOrganizationDto })
  company!: CaseOrganizationDto;

  @ApiProperty({ type: CaseOrganizationDto })
  institution!: CaseOrganizationDto;

  @ApiProperty({ type: CaseRefDto, nullable: true, description: 'The need (name: its title)' })
  need!: CaseRefDto | null;

  @ApiProperty({ type: CaseRefDto, nullable: true, description: 'The competence (name: its title)' })
  competence!: CaseRefDto | null;

  @ApiProperty({ type: CaseRefDto })
  ownerCluster!: CaseRefDto;

  @ApiProperty({ type: [CaseRefDto], description: 'The owner first, then co-brokering clusters' })
  clusters!: CaseRefDto[];

  @ApiProperty({ type: CaseRefDto, nullable: true, description: 'The broker responsible' })
  ownerUser!: CaseRefDto | null;

  @ApiProperty({ type: String, nullable: true })
  nextAction!: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  nextActionDue!: string | null;

  @ApiProperty({ description: 'Open, with the next action past due' })
  overdue!: boolean;

  @ApiProperty({ type: [CaseConsentDto] })
  consents!: CaseConsentDto[];

  @ApiProperty({ description: 'Both parties accepted: contacts and the message thread are open' })
  introduced!: boolean;

  @ApiProperty({ description: 'The caller runs the case (a broker of its clusters, or an admin)' })
  canBroker!: boolean;

  @ApiProperty({
    type: [String],
    enum: CASE_PARTY_IDS,
    enumName: 'CaseParty',
    description: "The caller's sides",
  })
  myParties!: CaseParty[];

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class CaseDto extends CaseListItemDto {
  @ApiProperty({
    enum: CASE_ROUTING_IDS,
    enumName: 'CaseRouting',
    description: 'How the owner cluster was chosen',
  })
  routing!: CaseRouting;

  @ApiProperty({ type: [String], description: "The owner's strength areas that fit the case" })
  routingTerms!: string[];

  @ApiProperty({ type: CaseOutcomeDto })
  outcome!: CaseOutcomeDto;

  @ApiProperty({
    type: CaseContactsDto,
    nullable: true,
    description: 'Only once both parties accepted (brokers: always)',
  })
  contacts!: CaseContactsDto | null;

  @ApiProperty({ type: [CaseEventDto], description: 'What the caller may see of the timeline, oldest first' })
  timeline!: CaseEventDto[];
}

export class CasePageDto {
  @ApiProperty({ type: [CaseListItemDto] })
  items!: CaseListItemDto[];

  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  limit!: number;
}

export class CaseStageCountDto {
  @ApiProperty({ ...STAGE })
  stage!: CaseStage;

  @ApiProperty()
  count!: number;
}

export class CaseSummaryDto {
  @ApiProperty({ type: [CaseStageCountDto], description: 'Every stage, in pipeline order' })
  stages!: CaseStageCountDto[];

  @ApiProperty()
  total!: number;
}

export class ConsentLinkDto {
  @ApiProperty({ ...PARTY, description: 'The side the link answers for' })
  party!: CaseParty;

  @ApiProperty({ description: "The link holder's organisation" })
  organizationName!: string;

  @ApiProperty({ description: 'The organisation it would be introduced to (no contact persons)' })
  counterpartName!: string;

  @ApiProperty({ type: String, nullable: true, description: 'The need or competence, if any' })
  subject!: string | null;

  @ApiProperty({ description: 'The cluster proposing the introduction' })
  clusterName!: string;

  @ApiProperty({ enum: CONSENT_STATUS_IDS, enumName: 'ConsentStatus' })
  status!: ConsentStatus;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;
}
