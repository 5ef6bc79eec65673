import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { VISIBILITY_IDS } from '@videnbro/domain';
import type { Visibility } from '@videnbro/domain';
import { PageQueryDto } from '@videnbro/http';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { CaseOrganizationDto, CaseRefDto } from './case.dto';

/** Each inbox item costs a match computation: pages stay small. */
export const INBOX_PAGE_SIZE = 10;
export const INBOX_MAX_PAGE_SIZE = 20;
/** The best matches shown with each need. */
export const INBOX_MATCHES = 3;

// The common `page`; a smaller `limit` than the common one.
export class CaseInboxQueryDto extends OmitType(PageQueryDto, ['limit']) {
  @ApiProperty({ format: 'uuid', description: 'The cluster whose inbox (one of your own clusters)' })
  @IsUUID('all', { message: 'cluster must be a UUID' })
  cluster!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: INBOX_MAX_PAGE_SIZE, default: INBOX_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(INBOX_MAX_PAGE_SIZE)
  limit?: number;
}

export class InboxMatchDto {
  @ApiProperty({ type: CaseOrganizationDto, description: 'The knowledge institution' })
  institution!: CaseOrganizationDto;

  @ApiProperty({
    type: CaseRefDto,
    nullable: true,
    description: "The institution's best competence for the need (name: its title)",
  })
  competence!: CaseRefDto | null;

  @ApiProperty({ minimum: 0, maximum: 1 })
  score!: number;

  @ApiProperty({ type: [String], description: 'Tags the need and the institution share' })
  sharedTags!: string[];

  @ApiProperty({ type: [String], description: 'Words of the need the institution uses too' })
  sharedTerms!: string[];
}

export class InboxNeedDto {
  @ApiProperty({ type: CaseRefDto, description: 'The need (name: its title)' })
  need!: CaseRefDto;

  @ApiProperty({ type: CaseOrganizationDto })
  company!: CaseOrganizationDto;

  @ApiProperty({ type: [String] })
  tags!: string[];

  @ApiProperty({ enum: VISIBILITY_IDS, enumName: 'Visibility' })
  visibility!: Visibility;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({
    type: [InboxMatchDto],
    description: `The best institutions for the need (at most ${INBOX_MATCHES}), best first`,
  })
  matches!: InboxMatchDto[];
}

export class InboxPageDto {
  @ApiProperty({ type: [InboxNeedDto] })
  items!: InboxNeedDto[];

  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  limit!: number;
}
