import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ApiPropertyOptions } from '@nestjs/swagger';
import {
  BUDGET_BAND_IDS,
  COLLABORATION_FORMAT_IDS,
  DESCRIPTION_LENGTH,
  LANGUAGE_IDS,
  ORGANIZATION_KIND_IDS,
  POSTING_STATUS_IDS,
  REGION_IDS,
  TAG_LIMITS,
  TIMEFRAME_IDS,
  TITLE_LENGTH,
  VISIBILITY_IDS,
} from '@videnbro/domain';
import type {
  BudgetBand,
  CollaborationFormat,
  Language,
  OrganizationKind,
  PostingStatus,
  RegionId,
  Timeframe,
  Visibility,
} from '@videnbro/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { NoControlCharacters, OptionalNotNull, PageQueryDto, Trim } from '@videnbro/http';
import { TextLength, UnixLineEndings } from './validation';

const FORMAT = { enum: COLLABORATION_FORMAT_IDS, enumName: 'CollaborationFormat' } as const;
const VISIBILITY = { enum: VISIBILITY_IDS, enumName: 'Visibility' } as const;
const STATUS = { enum: POSTING_STATUS_IDS, enumName: 'PostingStatus' } as const;
const REGION = { enum: REGION_IDS, enumName: 'Region' } as const;
const LANGUAGE = { enum: LANGUAGE_IDS, enumName: 'Language' } as const;
const KIND = { enum: ORGANIZATION_KIND_IDS, enumName: 'OrganizationKind' } as const;
const BUDGET = { enum: BUDGET_BAND_IDS, enumName: 'BudgetBand' } as const;
const TIMEFRAME = { enum: TIMEFRAME_IDS, enumName: 'Timeframe' } as const;
/** The statuses a posting may be created in; later changes go through POST …/:id/status. */
export const INITIAL_STATUSES = ['draft', 'open'] as const satisfies readonly PostingStatus[];

// ---------------------------------------------------------------------------------------------------------
// Request fields, each declared once: `required` in a create, `optional` (absent keeps, null refused)
// otherwise. The clearable ones (null clears) are optional in every request.

type Presence = 'required' | 'optional';

const property = (presence: Presence, options: ApiPropertyOptions) =>
  presence === 'required' ? [ApiProperty(options)] : [ApiPropertyOptional(options), OptionalNotNull()];

const TitleField = (presence: Presence) =>
  applyDecorators(
    ...property(presence, {
      minLength: TITLE_LENGTH.min,
      maxLength: TITLE_LENGTH.max,
      example: 'Predicting illness in dairy cows from sensor data',
    }),
    Trim(),
    IsString(),
    NoControlCharacters('single-line', { message: 'title must be one line without control characters' }),
    TextLength(TITLE_LENGTH.min, TITLE_LENGTH.max),
  );

const DescriptionField = (presence: Presence) =>
  applyDecorators(
    ...property(presence, {
      minLength: DESCRIPTION_LENGTH.min,
      maxLength: DESCRIPTION_LENGTH.max,
      description:
        'Markdown, stored as written (line endings as `\\n`) and rendered safely by the web app. Say what the problem is, what a partner gains and what outcome you expect.',
    }),
    UnixLineEndings(),
    IsString(),
    NoControlCharacters('multi-line'),
    TextLength(DESCRIPTION_LENGTH.min, DESCRIPTION_LENGTH.max),
  );

const TagsField = () =>
  applyDecorators(
    ApiPropertyOptional({
      type: [String],
      maxItems: TAG_LIMITS.maxTags,
      example: ['sensors', 'machine learning'],
      description: `At most ${TAG_LIMITS.maxTags}, each at most ${TAG_LIMITS.maxLength} characters; stored trimmed, lower-case and without duplicates`,
    }),
    OptionalNotNull(),
    IsArray(),
    ArrayMaxSize(TAG_LIMITS.maxTags, { message: `At most ${TAG_LIMITS.maxTags} tags are allowed` }),
    IsString({ each: true }),
    NoControlCharacters('single-line', { each: true }),
    MaxLength(TAG_LIMITS.maxLength, {
      each: true,
      message: `A tag can be at most ${TAG_LIMITS.maxLength} characters`,
    }),
  );

/** A list of values from a closed set. */
const ListField = (spec: { enum: readonly string[]; enumName: string }, description?: string) =>
  applyDecorators(
    ApiPropertyOptional({ ...spec, isArray: true, description }),
    OptionalNotNull(),
    IsArray(),
    ArrayMaxSize(spec.enum.length),
    IsIn(spec.enum, { each: true }),
  );

/** One value from a closed set, or null. */
const ClearableField = (spec: { enum: readonly string[]; enumName: string }, description?: string) =>
  applyDecorators(
    ApiPropertyOptional({ ...spec, nullable: true, description }),
    IsOptional(),
    IsIn(spec.enum),
  );

/** The fields creates and updates share, optional in both. */
class PostingFieldsDto {
  @TagsField()
  tags?: string[];

  @ListField(FORMAT, 'Collaboration formats')
  formats?: CollaborationFormat[];

  @ClearableField(REGION, 'Where a partner should preferably be')
  regionPreference?: RegionId | null;

  @ListField(LANGUAGE, 'Languages the collaboration can work in')
  languages?: Language[];

  @ApiPropertyOptional({
    ...VISIBILITY,
    default: 'registered',
    description:
      '`public`: everyone; `registered`: signed-in users; `brokers`: the own organisation, brokers of its clusters, programme staff and platform admins. Drafts are seen by the own organisation only.',
  })
  @OptionalNotNull()
  @IsIn(VISIBILITY_IDS)
  visibility?: Visibility;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'A member of the organisation; on creation the author when left out',
  })
  @IsOptional()
  @IsUUID('all', { message: 'contactUserId must be a UUID' })
  contactUserId?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 100,
    description: 'The id in the system it was imported from; platform admins only; unique per type',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @NoControlCharacters('single-line')
  @Length(1, 100)
  externalId?: string | null;
}

class CreatePostingDto extends PostingFieldsDto {
  @ApiProperty({ format: 'uuid', description: 'The publishing organisation; the caller must be a member' })
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId!: string;

  @TitleField('required')
  title!: string;

  @DescriptionField('required')
  description!: string;

  @ApiPropertyOptional({ enum: INITIAL_STATUSES, default: 'draft' })
  @OptionalNotNull()
  @IsIn(INITIAL_STATUSES, {
    message: 'status must be draft or open on creation; change it later with POST …/:id/status',
  })
  status?: (typeof INITIAL_STATUSES)[number];
}

class UpdatePostingDto extends PostingFieldsDto {
  @TitleField('optional')
  title?: string;

  @DescriptionField('optional')
  description?: string;
}

const PartnerKindsField = () => ListField(KIND, 'The kinds of organisation sought as partners');
const BudgetBandField = () => ClearableField(BUDGET);
const TimeframeField = () => ClearableField(TIMEFRAME);

export class CreateNeedDto extends CreatePostingDto {
  @PartnerKindsField()
  partnerKinds?: OrganizationKind[];

  @BudgetBandField()
  budgetBand?: BudgetBand | null;

  @TimeframeField()
  timeframe?: Timeframe | null;
}

export class UpdateNeedDto extends UpdatePostingDto {
  @PartnerKindsField()
  partnerKinds?: OrganizationKind[];

  @BudgetBandField()
  budgetBand?: BudgetBand | null;

  @TimeframeField()
  timeframe?: Timeframe | null;
}

export class CreateCompetenceDto extends CreatePostingDto {}

export class UpdateCompetenceDto extends UpdatePostingDto {}

export class ChangeStatusDto {
  @ApiProperty({ ...STATUS })
  @IsIn(POSTING_STATUS_IDS)
  status!: PostingStatus;
}

// ---------------------------------------------------------------------------------------------------------
// Queries

export class PostingFiltersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ ...STATUS })
  @IsOptional()
  @IsIn(POSTING_STATUS_IDS)
  status?: PostingStatus;

  @ApiPropertyOptional({ ...FORMAT, description: 'Postings offering or seeking this collaboration format' })
  @IsOptional()
  @IsIn(COLLABORATION_FORMAT_IDS)
  format?: CollaborationFormat;

  @ApiPropertyOptional({ maxLength: TAG_LIMITS.maxLength, description: 'Postings with this tag' })
  @IsOptional()
  @IsString()
  @Length(1, TAG_LIMITS.maxLength)
  tag?: string;

  @ApiPropertyOptional({ maxLength: 100, description: 'The id the posting was imported with' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 100)
  externalId?: string;

  @ApiPropertyOptional({ maxLength: 100, description: 'Part of the title (case-insensitive)' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 100)
  q?: string;
}

export class ListPostingsQueryDto extends PostingFiltersQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only postings of this organisation' })
  @IsOptional()
  @IsUUID('all', { message: 'organization must be a UUID' })
  organization?: string;
}

// ---------------------------------------------------------------------------------------------------------
// Responses

export class PostingOrganizationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ ...KIND })
  kind!: OrganizationKind;
}

export class ContactDto {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  email!: string;
}

class PostingDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: PostingOrganizationDto })
  organization!: PostingOrganizationDto;

  @ApiProperty()
  title!: string;

  @ApiProperty({ description: 'Markdown as written; render it safely' })
  description!: string;

  @ApiProperty({ type: [String] })
  tags!: string[];

  @ApiProperty({ ...FORMAT, isArray: true })
  formats!: CollaborationFormat[];

  @ApiProperty({ ...REGION, nullable: true })
  regionPreference!: RegionId | null;

  @ApiProperty({ ...LANGUAGE, isArray: true })
  languages!: Language[];

  @ApiProperty({ ...VISIBILITY })
  visibility!: Visibility;

  @ApiProperty({ ...STATUS })
  status!: PostingStatus;

  @ApiProperty({ type: String, nullable: true })
  externalId!: string | null;

  @ApiPropertyOptional({
    type: ContactDto,
    nullable: true,
    description:
      'The contact person: present only for members of the owning organisation (null when none is set)',
  })
  contact?: ContactDto | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  @ApiProperty({
    description:
      'Whether the caller may edit it, change its status and delete it: its author, the owners and admins of its organisation, platform admins',
  })
  canEdit!: boolean;
}

export class NeedDto extends PostingDto {
  @ApiProperty({ ...KIND, isArray: true })
  partnerKinds!: OrganizationKind[];

  @ApiProperty({ ...BUDGET, nullable: true })
  budgetBand!: BudgetBand | null;

  @ApiProperty({ ...TIMEFRAME, nullable: true })
  timeframe!: Timeframe | null;
}

export class CompetenceDto extends PostingDto {}

export class NeedPageDto {
  @ApiProperty({ type: [NeedDto] })
  items!: NeedDto[];

  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  limit!: number;
}

export class CompetencePageDto {
  @ApiProperty({ type: [CompetenceDto] })
  items!: CompetenceDto[];

  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  limit!: number;
}
