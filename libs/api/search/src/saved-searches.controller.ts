import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, CurrentCaller } from '@videnbro/access';
import type { Caller } from '@videnbro/access';
import { ErrorDto, UuidParam } from '@videnbro/http';
import {
  CreateSavedSearchDto,
  MAX_SAVED_SEARCHES,
  SavedSearchDto,
  UpdateSavedSearchDto,
} from './dto/saved-search.dto';
import type { SavedSearch } from './entities';
import { SavedSearchesService } from './saved-searches.service';

/** The caller's own saved searches; new needs and competencies that match them are notified by the worker. */
@ApiTags('search')
@Controller('saved-searches')
export class SavedSearchesController {
  constructor(private readonly savedSearches: SavedSearchesService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Your saved searches, newest first' })
  @ApiOkResponse({ type: SavedSearchDto, isArray: true })
  async list(@CurrentCaller() caller: Caller): Promise<SavedSearchDto[]> {
    return (await this.savedSearches.list(caller)).map(toSavedSearchDto);
  }

  @Post()
  @Authenticated()
  @ApiOperation({
    summary: `Save a search (its text and filters, as GET /search takes them); at most ${MAX_SAVED_SEARCHES} each`,
  })
  @ApiCreatedResponse({ type: SavedSearchDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: `You already have ${MAX_SAVED_SEARCHES}` })
  async create(@CurrentCaller() caller: Caller, @Body() body: CreateSavedSearchDto): Promise<SavedSearchDto> {
    return toSavedSearchDto(await this.savedSearches.create(caller, body.name, body.query));
  }

  @Patch(':id')
  @Authenticated()
  @ApiOperation({ summary: 'Rename one of your saved searches' })
  @ApiOkResponse({ type: SavedSearchDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'Not one of yours' })
  async rename(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @Body() body: UpdateSavedSearchDto,
  ): Promise<SavedSearchDto> {
    return toSavedSearchDto(await this.savedSearches.rename(caller, id, body.name));
  }

  @Delete(':id')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete one of your saved searches' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'Not one of yours' })
  async remove(@CurrentCaller() caller: Caller, @UuidParam('id') id: string): Promise<void> {
    await this.savedSearches.remove(caller, id);
  }
}

function toSavedSearchDto(savedSearch: SavedSearch): SavedSearchDto {
  return {
    id: savedSearch.id,
    name: savedSearch.name,
    query: savedSearch.query as SavedSearchDto['query'],
    createdAt: savedSearch.createdAt.toISOString(),
  };
}
