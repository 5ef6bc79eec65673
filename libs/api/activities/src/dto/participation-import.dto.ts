import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORGANIZATION_KIND_IDS, PARTICIPATION_ROLE_IDS } from '@videnbro/domain';
import type { OrganizationKind, ParticipationRole } from '@videnbro/domain';
import { FieldErrorDto, NoControlCharacters, OptionalNotNull, Trim } from '@videnbro/http';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { MAX_NAME_LENGTH, MAX_PARTICIPANT_LINES } from '../participant-csv';
import { KIND, MAX_PERSONS, ROLE } from './participation.dto';

/** 5,000 lines of 100 characters; fits the 1 MiB body limit even when every character takes two bytes. */
const MAX_CSV_LENGTH = 500_000;

// ---------------------------------------------------------------------------------------------------------
// Preview

export class ImportPreviewRequestDto {
  @ApiProperty({
    maxLength: MAX_CSV_LENGTH,
    description: `The file's text: a header row with the columns name, cvr, email_domain, country (only name is required; any order), then one organisation per line, at most ${MAX_PARTICIPANT_LINES}; separated by ; or ,`,
    example: 'name;cvr;email_domain;country\nFjordmejeriet ApS;12345674;fjordmejeriet.dk;DK',
  })
  @IsString()
  @MaxLength(MAX_CSV_LENGTH)
  csv!: string;
}

export class ImportLineInputDto {
  @ApiProperty({ type: String, nullable: true })
  name!: string | null;

  @ApiProperty({ type: String, nullable: true })
  cvr!: string | null;

  @ApiProperty({ type: String, nullable: true })
  email_domain!: string | null;

  @ApiProperty({ type: String, nullable: true })
  country!: string | null;
}

export class ImportMatchDto {
  @ApiProperty({ format: 'uuid' })
  organizationId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ ...KIND })
  kind!: OrganizationKind;

  @ApiProperty()
  verified!: boolean;

  @ApiProperty({
    enum: ['cvr', 'domain', 'name'],
    enumName: 'ImportMatchedBy',
    description: 'The CVR number, the email domain (the website of the organisation), or name and country',
  })
  by!: 'cvr' | 'domain' | 'name';
}

export class ProposedOrganizationDto {
  @ApiProperty({ minLength: 1, maxLength: MAX_NAME_LENGTH })
  @Trim()
  @IsString()
  @NoControlCharacters('single-line')
  @Length(1, MAX_NAME_LENGTH)
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'CVR number (checked)' })
  @IsOptional()
  @IsString()
  cvr?: string | null;

  @ApiProperty({ minLength: 2, maxLength: 2, example: 'DK', description: 'ISO 3166-1 alpha-2' })
  @IsString()
  @Matches(/^[A-Za-z]{2}$/, { message: 'country must be a two-letter code, such as DK or SE' })
  country!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 300, example: 'https://firma.dk' })
  @IsOptional()
  @Trim()
  @IsString()
  @NoControlCharacters('single-line')
  @MaxLength(300)
  website?: string | null;

  @ApiPropertyOptional({
    ...KIND,
    default: 'other',
    description: 'Unknown from a participant list; the reviewer may set it',
  })
  @OptionalNotNull()
  @IsIn(ORGANIZATION_KIND_IDS)
  kind?: OrganizationKind;
}

export class ImportLineDto {
  @ApiProperty({ description: 'The line number in the file; the header is line 1' })
  line!: number;

  @ApiProperty({ type: ImportLineInputDto, description: 'The line as written' })
  input!: ImportLineInputDto;

  @ApiProperty({
    type: [FieldErrorDto],
    description: 'What is wrong with the line; empty when it can be imported',
  })
  errors!: FieldErrorDto[];

  @ApiProperty({ type: ImportMatchDto, nullable: true, description: 'The existing organisation it is' })
  match!: ImportMatchDto | null;

  @ApiProperty({
    type: ProposedOrganizationDto,
    nullable: true,
    description:
      'No organisation matches: one to create, unverified (kind `other` unless the reviewer changes it)',
  })
  proposal!: ProposedOrganizationDto | null;

  @ApiProperty({ description: 'The matched organisation takes part in the activity already' })
  alreadyParticipating!: boolean;

  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'An earlier line of the file is the same organisation (same match, CVR, or name and country)',
  })
  duplicateOfLine!: number | null;
}

export class ImportSummaryDto {
  @ApiProperty()
  lines!: number;

  @ApiProperty({ description: 'Lines matched to an existing organisation' })
  matched!: number;

  @ApiProperty({ description: 'Lines that propose a new organisation' })
  proposed!: number;

  @ApiProperty({ description: 'Matched lines whose organisation takes part already' })
  alreadyParticipating!: number;

  @ApiProperty({ description: 'Lines that repeat an earlier line' })
  duplicates!: number;

  @ApiProperty({ description: 'Lines with errors' })
  withErrors!: number;
}

export class ImportPreviewDto {
  @ApiProperty({ type: [ImportLineDto] })
  lines!: ImportLineDto[];

  @ApiProperty({ type: ImportSummaryDto })
  summary!: ImportSummaryDto;
}

// ---------------------------------------------------------------------------------------------------------
// Commit

export class ImportRowDto {
  @ApiProperty({ minimum: 1, description: 'The line of the preview it comes from (for error messages)' })
  @IsInt()
  @Min(1)
  line!: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'An existing organisation; or give `create`' })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId?: string;

  @ApiPropertyOptional({
    type: ProposedOrganizationDto,
    description:
      'A new, unverified organisation; an existing one with the same CVR, or the same name and country, is used instead',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProposedOrganizationDto)
  create?: ProposedOrganizationDto;
}

export class ImportCommitRequestDto {
  @ApiPropertyOptional({
    ...ROLE,
    default: 'participant',
    description: 'The role of every imported organisation',
  })
  @OptionalNotNull()
  @IsIn(PARTICIPATION_ROLE_IDS)
  role?: ParticipationRole;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: MAX_PERSONS,
    default: 1,
    description: 'Persons per organisation',
  })
  @OptionalNotNull()
  @IsInt()
  @Min(1, { message: 'persons must be at least 1' })
  @Max(MAX_PERSONS)
  persons?: number;

  @ApiProperty({ type: [ImportRowDto], minItems: 1, maxItems: MAX_PARTICIPANT_LINES })
  @IsArray()
  @ArrayMinSize(1, { message: 'rows must hold at least one row' })
  @ArrayMaxSize(MAX_PARTICIPANT_LINES)
  @ValidateNested({ each: true })
  @Type(() => ImportRowDto)
  rows!: ImportRowDto[];
}

export class ImportResultDto {
  @ApiProperty({ description: 'Participations added' })
  added!: number;

  @ApiProperty({ description: 'Organisations created (unverified)' })
  created!: number;

  @ApiProperty({ description: 'Rows skipped: the organisation takes part already, or another row named it' })
  skipped!: number;
}
