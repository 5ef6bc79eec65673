import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentCaller, Public } from '@videnbro/access';
import type { Caller } from '@videnbro/access';
import { ErrorDto } from '@videnbro/http';
import { SearchStatusDto } from './dto/search-status.dto';
import { SearchQueryDto, SearchResultDto } from './dto/search.dto';
import { SearchStatusService } from './search-status.service';
import { SearchService } from './search.service';

@ApiTags('search')
@Controller()
export class SearchController {
  constructor(
    private readonly searchService: SearchService,
    private readonly statusService: SearchStatusService,
  ) {}

  @Get('search')
  @Public()
  @ApiOperation({
    summary:
      'Needs, competencies and organisations the caller may see, ranked, with highlights and facet counts',
  })
  @ApiOkResponse({ type: SearchResultDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  search(
    @CurrentCaller() caller: Caller | undefined,
    @Query() query: SearchQueryDto,
  ): Promise<SearchResultDto> {
    return this.searchService.search(caller, query);
  }

  @Get('admin/search/status')
  @Authenticated('admin')
  @ApiOperation({
    summary:
      'How far the search index is behind: pending and failed changes, lag, last error, counts per type',
  })
  @ApiOkResponse({ type: SearchStatusDto })
  status(): Promise<SearchStatusDto> {
    return this.statusService.status();
  }
}
