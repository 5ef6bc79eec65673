import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COLLABORATION_FORMAT_IDS, ORGANIZATION_KIND_IDS, REGION_IDS } from '@videnbro/domain';
import type { CollaborationFormat, OrganizationKind, RegionId } from '@videnbro/domain';
import { NoControlCharacters, Trim } from '@videnbro/http';
import { SEARCH_TYPES } from '@videnbro/search-index';
import type { SearchType } from '@videnbro/search-index';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, IsString, Length, ValidateNested } from 'class-validator';
import { SAVED_SEARCH_NAME_MAX } from '../entities';
import { SearchFiltersDto } from './search.dto';

/** At most this many saved searches per user: enough for anyone, and the job stays bounded. */
export const MAX_SAVED_SEARCHES = 50;

export class CreateSavedSearchDto {
  @ApiProperty({ minLength: 1, maxLength: SAVED_SEARCH_NAME_MAX })
  @Trim()
  @IsString()
  @NoControlCharacters('single-line')
  @Length(1, SAVED_SEARCH_NAME_MAX)
  name!: string;

  @ApiProperty({
    type: SearchFiltersDto,
    description:
      'The text and filters, by the same rules as the query of GET /search (lists comma-separated or as arrays)',
  })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => SearchFiltersDto)
  query!: SearchFiltersDto;
}

export class UpdateSavedSearchDto {
  @ApiProperty({ minLength: 1, maxLength: SAVED_SEARCH_NAME_MAX })
  @Trim()
  @IsString()
  @NoControlCharacters('single-line')
  @Length(1, SAVED_SEARCH_NAME_MAX)
  name!: string;
}

/** A saved search's text and filters as stored: the lists as arrays, empty ones left out. */
export class SavedSearchQueryDto {
  @ApiPropertyOptional()
  q?: string;

  @ApiPropertyOptional({ enum: SEARCH_TYPES, enumName: 'SearchType', isArray: true })
  types?: SearchType[];

  @ApiPropertyOptional({ enum: ORGANIZATION_KIND_IDS, enumName: 'OrganizationKind', isArray: true })
  kind?: OrganizationKind[];

  @ApiPropertyOptional({ enum: REGION_IDS, enumName: 'Region', isArray: true })
  region?: RegionId[];

  @ApiPropertyOptional({ enum: COLLABORATION_FORMAT_IDS, enumName: 'CollaborationFormat', isArray: true })
  formats?: CollaborationFormat[];

  @ApiPropertyOptional({ type: String, isArray: true })
  tags?: string[];

  @ApiPropertyOptional({ format: 'uuid' })
  cluster?: string;
}

export class SavedSearchDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: SavedSearchQueryDto })
  query!: SavedSearchQueryDto;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}
