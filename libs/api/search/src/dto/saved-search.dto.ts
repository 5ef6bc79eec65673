import { ApiProperty } from '@nestjs/swagger';
import { NoControlCharacters, Trim } from '@videnbro/http';
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
    description: 'The text and filters, by the same rules as the query of GET /search (lists as arrays)',
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

export class SavedSearchDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: SearchFiltersDto, description: 'As GET /search takes it' })
  query!: SearchFiltersDto;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}
