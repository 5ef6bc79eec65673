import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORGANIZATION_KIND_IDS, REGION_IDS } from '@videnbro/domain';
import type { OrganizationKind, RegionId } from '@videnbro/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export const MATCH_GROUPS = ['organization', 'competence'] as const;
export type MatchGroup = (typeof MATCH_GROUPS)[number];
export const MATCH_TYPES = ['organization', 'need', 'competence'] as const;
export type MatchType = (typeof MATCH_TYPES)[number];
export const DEFAULT_MATCHES = 10;
export const MAX_MATCHES = 50;

const KIND = { enum: ORGANIZATION_KIND_IDS, enumName: 'OrganizationKind' } as const;
const REGION = { enum: REGION_IDS, enumName: 'Region' } as const;

export class MatchesQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_MATCHES, default: DEFAULT_MATCHES })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_MATCHES)
  limit?: number;
}

export class NeedMatchesQueryDto extends MatchesQueryDto {
  @ApiPropertyOptional({
    enum: MATCH_GROUPS,
    enumName: 'MatchGroup',
    default: 'organization',
    description: 'Institutions (each with its best competencies) or single competencies',
  })
  @IsOptional()
  @IsIn(MATCH_GROUPS)
  group?: MatchGroup;
}

export class MatchOrganizationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty(KIND)
  kind!: OrganizationKind;
}

export class MatchedPostingDto {
  @ApiProperty({ enum: ['need', 'competence'] })
  type!: 'need' | 'competence';

  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: [String] })
  tags!: string[];

  @ApiProperty({ minimum: 0, maximum: 1, description: 'Text relevance to the source, 0–1' })
  relevance!: number;
}

export class MatchExperienceDto {
  @ApiProperty({ description: "The organisation's postings among the relevant ones found" })
  relevant!: number;

  @ApiProperty({ description: "Its postings sharing a tag with the source: its work in the source's fields" })
  inField!: number;

  @ApiProperty({ description: 'Its postings of that type the caller may see, in all' })
  total!: number;
}

export class MatchClusterDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;
}

export class MatchSignalsDto {
  @ApiProperty({ minimum: 0, maximum: 1, description: 'Text relevance (Meilisearch ranking scores)' })
  text!: number;

  @ApiProperty({ minimum: 0, maximum: 1, description: "Share of the source's tags the candidate has" })
  tags!: number;

  @ApiProperty({ minimum: 0, maximum: 1, description: "Share of the source's formats the candidate offers" })
  formats!: number;

  @ApiProperty({ minimum: 0, maximum: 1, description: '1 fits the partner kinds sought, 0 not, 0.5 unsaid' })
  partnerKind!: number;

  @ApiProperty({
    minimum: 0,
    maximum: 1,
    description: '1 when both are in the same region, 0.5 in the same country, else 0',
  })
  region!: number;

  @ApiProperty({
    minimum: 0,
    maximum: 1,
    description:
      "The organisation's postings in the source's fields (mostly), among the candidates and in all, relative to the most experienced candidate",
  })
  experience!: number;

  @ApiProperty({ minimum: 0, maximum: 1, description: '1 when both are members of a cluster' })
  cluster!: number;
}

/** Why a candidate was matched: facts a person can check, and the signals the score is made of. */
export class MatchReasonsDto {
  @ApiProperty({ type: [String], description: 'Words of the source that the candidate uses too' })
  sharedTerms!: string[];

  @ApiProperty({ type: [String] })
  sharedTags!: string[];

  @ApiProperty({ type: [String], description: 'Collaboration formats both sides name' })
  formats!: string[];

  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: 'The candidate is (or seeks) the kind of partner wanted; null when nobody said',
  })
  partnerKindFit!: boolean | null;

  @ApiProperty({ ...REGION, nullable: true, description: 'The region both sides are in' })
  region!: RegionId | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'DK',
    description: 'The country both sides are in (ISO 3166-1 alpha-2)',
  })
  country!: string | null;

  @ApiProperty({ type: MatchExperienceDto, nullable: true })
  experience!: MatchExperienceDto | null;

  @ApiProperty({ type: [MatchClusterDto], description: 'Clusters both sides are members of' })
  sharedClusters!: MatchClusterDto[];

  @ApiProperty({ type: MatchSignalsDto })
  signals!: MatchSignalsDto;
}

export class MatchDto {
  @ApiProperty({ enum: MATCH_TYPES, enumName: 'MatchType' })
  type!: MatchType;

  @ApiProperty({ format: 'uuid', description: 'The organisation, need or competence' })
  id!: string;

  @ApiProperty({ description: "The posting's title, or the organisation's name" })
  title!: string;

  @ApiProperty({ type: MatchOrganizationDto })
  organization!: MatchOrganizationDto;

  @ApiProperty({ ...REGION, nullable: true })
  region!: RegionId | null;

  @ApiProperty({ minimum: 0, maximum: 1, description: 'Weighted mean of the signals' })
  score!: number;

  @ApiProperty({ type: MatchReasonsDto })
  reasons!: MatchReasonsDto;

  @ApiPropertyOptional({
    type: [MatchedPostingDto],
    description: "Organisations: their best postings for the source (the institution's best competencies)",
  })
  postings?: MatchedPostingDto[];
}

export class MatchListDto {
  @ApiProperty({ type: [MatchDto] })
  items!: MatchDto[];

  @ApiProperty({ description: 'Time taken by Meilisearch, summed over the round trips' })
  processingTimeMs!: number;
}
