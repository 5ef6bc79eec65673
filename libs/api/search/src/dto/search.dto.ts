import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  COLLABORATION_FORMAT_IDS,
  normaliseTags,
  ORGANIZATION_KIND_IDS,
  POSTING_STATUS_IDS,
  REGION_IDS,
  TAG_LIMITS,
  VISIBILITY_IDS,
} from '@videnbro/domain';
import type {
  CollaborationFormat,
  OrganizationKind,
  PostingStatus,
  RegionId,
  Visibility,
} from '@videnbro/domain';
import { SEARCH_TYPES } from '@videnbro/search-index';
import type { SearchType } from '@videnbro/search-index';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';

export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE_SIZE = 50;
export const DEFAULT_PAGE_SIZE = 20;
const MAX_FILTER_VALUES = 20;

const TYPE = { enum: SEARCH_TYPES, enumName: 'SearchType' } as const;
const KIND = { enum: ORGANIZATION_KIND_IDS, enumName: 'OrganizationKind' } as const;
const REGION = { enum: REGION_IDS, enumName: 'Region' } as const;
const FORMAT = { enum: COLLABORATION_FORMAT_IDS, enumName: 'CollaborationFormat' } as const;
const VISIBILITY = { enum: VISIBILITY_IDS, enumName: 'Visibility' } as const;
const STATUS = { enum: POSTING_STATUS_IDS, enumName: 'PostingStatus' } as const;

/** `a,b` or a repeated parameter, as a list without blanks; strings only are passed to `normalise`. */
const CommaList = (normalise: (values: string[]) => string[] = (values) => values) =>
  Transform(({ value }: { value: unknown }) => {
    const items = (Array.isArray(value) ? value : [value])
      .flatMap((item) => (typeof item === 'string' ? item.split(',') : [item]))
      .map((item) => (typeof item === 'string' ? item.trim() : item))
      .filter((item) => item !== '');
    return items.every((item) => typeof item === 'string') ? normalise(items) : items;
  });

const list = (description: string) => ({
  description: `${description}; comma-separated, any of them matches`,
  type: String,
});

/** What a search looks for: the text and the filters. A saved search stores these as they were given. */
export class SearchFiltersDto {
  @ApiPropertyOptional({
    maxLength: MAX_QUERY_LENGTH,
    description: 'What to look for; empty lists everything',
  })
  @IsOptional()
  @IsString()
  @Length(0, MAX_QUERY_LENGTH)
  // No control characters: they have no place in a search box.
  @Matches(/^[^\p{Cc}]*$/u, { message: 'q must not contain control characters' })
  q?: string;

  @ApiPropertyOptional(list(`Result types (${SEARCH_TYPES.join(', ')})`))
  @IsOptional()
  @CommaList()
  @ArrayMaxSize(SEARCH_TYPES.length)
  @IsIn(SEARCH_TYPES, { each: true })
  types?: SearchType[];

  @ApiPropertyOptional(list('Organisation kinds (for postings: of the organisation behind them)'))
  @IsOptional()
  @CommaList()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  @IsIn(ORGANIZATION_KIND_IDS, { each: true })
  kind?: OrganizationKind[];

  @ApiPropertyOptional(list('Regions'))
  @IsOptional()
  @CommaList()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  @IsIn(REGION_IDS, { each: true })
  region?: RegionId[];

  @ApiPropertyOptional(list('Collaboration formats'))
  @IsOptional()
  @CommaList()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  @IsIn(COLLABORATION_FORMAT_IDS, { each: true })
  formats?: CollaborationFormat[];

  @ApiPropertyOptional(list('Tags'))
  @IsOptional()
  @CommaList(normaliseTags)
  @ArrayMaxSize(MAX_FILTER_VALUES)
  @IsString({ each: true })
  @Length(1, TAG_LIMITS.maxLength, { each: true })
  @Matches(/^[^\p{Cc}]*$/u, { each: true, message: 'tags must not contain control characters' })
  tags?: string[];

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only organisations in this cluster, and their postings',
  })
  @IsOptional()
  @IsUUID('all', { message: 'cluster must be a UUID' })
  cluster?: string;
}

export class SearchQueryDto extends SearchFiltersDto {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;
}

export class SearchHitOrganizationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ ...KIND })
  kind!: OrganizationKind;
}

export class SearchHitDto {
  @ApiProperty({ ...TYPE })
  type!: SearchType;

  @ApiProperty({ format: 'uuid', description: 'The need, competence or organisation' })
  id!: string;

  @ApiProperty({ description: "The posting's title, or the organisation's name" })
  title!: string;

  @ApiProperty({
    description:
      'The title with the matched words in <mark>…</mark>; everything else is HTML-escaped, so it can be rendered as HTML',
  })
  titleHighlight!: string;

  @ApiProperty({
    description: 'A few words of the description around the matches, marked and escaped like titleHighlight',
  })
  snippet!: string;

  @ApiProperty({ type: SearchHitOrganizationDto, description: 'The organisation (for postings: behind it)' })
  organization!: SearchHitOrganizationDto;

  @ApiProperty({ ...REGION, nullable: true })
  region!: RegionId | null;

  @ApiProperty({ type: String, isArray: true })
  tags!: string[];

  @ApiProperty({ ...FORMAT, isArray: true })
  formats!: CollaborationFormat[];

  @ApiProperty({ ...VISIBILITY })
  visibility!: Visibility;

  @ApiProperty({ ...STATUS, nullable: true, description: 'Postings only' })
  status!: PostingStatus | null;
}

export class FacetCountDto {
  @ApiProperty()
  value!: string;

  @ApiProperty()
  count!: number;
}

export class ClusterFacetCountDto extends FacetCountDto {
  @ApiProperty({ description: "The cluster's name" })
  name!: string;
}

/** Counts of the matching documents per value, for the filters next to the results. */
export class SearchFacetsDto {
  @ApiProperty({ type: FacetCountDto, isArray: true })
  types!: FacetCountDto[];

  @ApiProperty({ type: FacetCountDto, isArray: true })
  kind!: FacetCountDto[];

  @ApiProperty({ type: FacetCountDto, isArray: true })
  region!: FacetCountDto[];

  @ApiProperty({ type: FacetCountDto, isArray: true })
  formats!: FacetCountDto[];

  @ApiProperty({ type: FacetCountDto, isArray: true, description: 'The most frequent tags' })
  tags!: FacetCountDto[];

  @ApiProperty({ type: ClusterFacetCountDto, isArray: true })
  cluster!: ClusterFacetCountDto[];
}

export class SearchResultDto {
  @ApiProperty({ type: SearchHitDto, isArray: true })
  hits!: SearchHitDto[];

  @ApiProperty({ description: 'How many documents match, over all pages' })
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  limit!: number;

  @ApiProperty({ type: SearchFacetsDto })
  facets!: SearchFacetsDto;

  @ApiProperty({ description: 'Time Meilisearch took, in milliseconds' })
  processingTimeMs!: number;
}
