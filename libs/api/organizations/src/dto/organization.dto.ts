import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CODE_SYSTEM,
  EMPLOYEE_BAND_IDS,
  LANGUAGE_IDS,
  MUNICIPALITY_IDS,
  ORGANIZATION_KIND_IDS,
  REGION_IDS,
  TAG_LIMITS,
} from '@videnbro/domain';
import type { EmployeeBand, Language, OrganizationKind, RegionId } from '@videnbro/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { MAX_STRENGTH_AREAS } from '../organization-rules';
import { OptionalNotNull, PageQueryDto, Trim } from '@videnbro/http';
import { TrimEach, UpperCase, WebsiteUrl } from './validation';

const KIND = { enum: ORGANIZATION_KIND_IDS, enumName: 'OrganizationKind' } as const;
const BAND = { enum: EMPLOYEE_BAND_IDS, enumName: 'EmployeeBand' } as const;
const REGION = { enum: REGION_IDS, enumName: 'RegionId' } as const;
const LANGUAGE = { enum: LANGUAGE_IDS, enumName: 'Language' } as const;
const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };
const MAX_INDUSTRY_CODES = 20;
const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u;

/**
 * The profile fields that create and update share. In an update every field is optional and the
 * nullable ones can be cleared with null.
 */
export class CreateOrganizationDto {
  @ApiProperty({ ...KIND })
  @IsIn(ORGANIZATION_KIND_IDS)
  kind!: OrganizationKind;

  @ApiProperty({ example: 'Fjordmejeriet ApS', minLength: 1, maxLength: 200 })
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  @Matches(NO_CONTROL_CHARACTERS, { message: 'name must be one line of text' })
  name!: string;

  @ApiPropertyOptional({
    example: 'DK12345674',
    description:
      'CVR number: 8 digits with a valid check digit; a DK prefix, spaces and hyphens are accepted. Required for a Danish company (sme, large_company).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  cvr?: string;

  @ApiPropertyOptional({ ...BAND })
  @IsOptional()
  @IsIn(EMPLOYEE_BAND_IDS)
  employeeBand?: EmployeeBand;

  @ApiPropertyOptional({
    type: [String],
    example: ['62.01.00', '72'],
    description: `${CODE_SYSTEM} (NACE Rev. 2) sections, divisions or 6-digit codes`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_INDUSTRY_CODES)
  @IsString({ each: true })
  @MaxLength(10, { each: true })
  industryCodes?: string[];

  @ApiPropertyOptional({ example: 'DK', default: 'DK', description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @UpperCase()
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code, e.g. DK' })
  country?: string;

  @ApiPropertyOptional({ ...REGION, description: 'Danish organisations only; follows from the municipality' })
  @IsOptional()
  @IsIn(REGION_IDS)
  region?: RegionId;

  @ApiPropertyOptional({ enum: MUNICIPALITY_IDS, enumName: 'MunicipalityId', example: 'aarhus' })
  @IsOptional()
  @IsIn(MUNICIPALITY_IDS, {
    message: 'municipality must be one of the 98 Danish municipalities (e.g. aarhus)',
  })
  municipality?: string;

  @ApiPropertyOptional({ example: 'Aarhus C', maxLength: 100 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  city?: string;

  @ApiPropertyOptional({ example: 'https://fjordmejeriet.dk', description: 'https:// is added when missing' })
  @IsOptional()
  @WebsiteUrl()
  @IsString()
  @MaxLength(300)
  @IsUrl(URL_OPTIONS, { message: 'website must be a web address, e.g. https://firma.dk' })
  website?: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiPropertyOptional({ ...LANGUAGE, isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(LANGUAGE_IDS, { each: true })
  languages?: Language[];

  @ApiPropertyOptional({ type: [String], example: ['dairy', 'fermentation'], maxItems: TAG_LIMITS.maxTags })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(TAG_LIMITS.maxTags)
  @IsString({ each: true })
  @MaxLength(TAG_LIMITS.maxLength, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ type: [String], example: ['Energy', 'Power-to-X'], description: 'Clusters only' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_STRENGTH_AREAS)
  @TrimEach()
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  strengthAreas?: string[];

  @ApiPropertyOptional({
    description:
      'Platform admins only: the id in the system the organisation is imported from. With it, the CVR number is optional.',
    maxLength: 100,
  })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 100)
  externalId?: string;
}

/** Absent fields are left as they are; null clears a nullable field. */
export class UpdateOrganizationDto {
  @ApiPropertyOptional({ ...KIND })
  @OptionalNotNull()
  @IsIn(ORGANIZATION_KIND_IDS)
  kind?: OrganizationKind;

  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  @Matches(NO_CONTROL_CHARACTERS, { message: 'name must be one line of text' })
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '12345674' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  cvr?: string | null;

  @ApiPropertyOptional({ ...BAND, nullable: true })
  @IsOptional()
  @IsIn(EMPLOYEE_BAND_IDS)
  employeeBand?: EmployeeBand | null;

  @ApiPropertyOptional({ type: [String] })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_INDUSTRY_CODES)
  @IsString({ each: true })
  @MaxLength(10, { each: true })
  industryCodes?: string[];

  @ApiPropertyOptional({ example: 'DK' })
  @OptionalNotNull()
  @UpperCase()
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code, e.g. DK' })
  country?: string;

  @ApiPropertyOptional({ ...REGION, nullable: true })
  @IsOptional()
  @IsIn(REGION_IDS)
  region?: RegionId | null;

  @ApiPropertyOptional({ enum: MUNICIPALITY_IDS, enumName: 'MunicipalityId', nullable: true })
  @IsOptional()
  @IsIn(MUNICIPALITY_IDS, {
    message: 'municipality must be one of the 98 Danish municipalities (e.g. aarhus)',
  })
  municipality?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  city?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @WebsiteUrl()
  @IsString()
  @MaxLength(300)
  @IsUrl(URL_OPTIONS, { message: 'website must be a web address, e.g. https://firma.dk' })
  website?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiPropertyOptional({ ...LANGUAGE, isArray: true })
  @OptionalNotNull()
  @IsArray()
  @IsIn(LANGUAGE_IDS, { each: true })
  languages?: Language[];

  @ApiPropertyOptional({ type: [String] })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(TAG_LIMITS.maxTags)
  @IsString({ each: true })
  @MaxLength(TAG_LIMITS.maxLength, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Clusters only' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_STRENGTH_AREAS)
  @TrimEach()
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  strengthAreas?: string[];
}

export class ListOrganizationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ ...KIND })
  @IsOptional()
  @IsIn(ORGANIZATION_KIND_IDS)
  kind?: OrganizationKind;

  @ApiPropertyOptional({ ...REGION })
  @IsOptional()
  @IsIn(REGION_IDS)
  region?: RegionId;

  @ApiPropertyOptional({ example: 'DK' })
  @IsOptional()
  @UpperCase()
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code, e.g. DK' })
  country?: string;

  @ApiPropertyOptional({ description: 'Part of the name (case-insensitive)', maxLength: 100 })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ description: 'The id the organisation was imported with' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 100)
  externalId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only member organisations of this cluster' })
  @IsOptional()
  @IsUUID('all', { message: 'cluster must be a UUID' })
  cluster?: string;
}

export class OrganizationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ ...KIND })
  kind!: OrganizationKind;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: String, nullable: true, example: '12345674' })
  cvr!: string | null;

  @ApiProperty({ ...BAND, nullable: true })
  employeeBand!: EmployeeBand | null;

  @ApiProperty({ type: [String], example: ['62.01.00'] })
  industryCodes!: string[];

  @ApiProperty({ example: CODE_SYSTEM, description: 'The code system of industryCodes' })
  codeSystem!: string;

  @ApiProperty({ example: 'DK' })
  country!: string;

  @ApiProperty({ ...REGION, nullable: true })
  region!: RegionId | null;

  @ApiProperty({ type: String, nullable: true, example: 'aarhus' })
  municipality!: string | null;

  @ApiProperty({ type: String, nullable: true })
  city!: string | null;

  @ApiProperty({ type: String, nullable: true })
  website!: string | null;

  @ApiProperty({ type: String, nullable: true })
  description!: string | null;

  @ApiProperty({ ...LANGUAGE, isArray: true })
  languages!: Language[];

  @ApiProperty({ type: [String] })
  tags!: string[];

  @ApiProperty({ type: [String], description: 'Clusters only; empty otherwise' })
  strengthAreas!: string[];

  @ApiProperty({ type: String, nullable: true })
  externalId!: string | null;

  @ApiProperty()
  isDemo!: boolean;

  @ApiProperty({
    description: 'False for an organisation proposed from a participation import and not yet checked',
  })
  verified!: boolean;

  @ApiProperty({ description: 'A company (sme) with fewer than 250 employees' })
  isSme!: boolean;

  @ApiProperty({
    description: 'A university, business academy, university college, artistic, GTS or research institution',
  })
  isKnowledgeInstitution!: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class OrganizationPageDto {
  @ApiProperty({ type: [OrganizationDto] })
  items!: OrganizationDto[];

  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  limit!: number;
}
