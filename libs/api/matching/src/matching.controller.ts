import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentCaller, Public } from '@videnbro/access';
import type { Caller } from '@videnbro/access';
import { ErrorDto, UuidParam } from '@videnbro/http';
import { MatchesQueryDto, MatchListDto, NeedMatchesQueryDto } from './dto/matches.dto';
import { MatchingService } from './matching.service';

/**
 * Matches, for anyone who may read the source (404 otherwise): like search, every candidate passes
 * the caller's visibility filter, so a match never shows what a search would not.
 */
@ApiTags('matching')
@Controller()
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  @Get('needs/:id/matches')
  @Public()
  @ApiOperation({
    summary:
      'Institutions (each with its best competencies) or competencies for a need, ranked, with reasons',
  })
  @ApiOkResponse({ type: MatchListDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiNotFoundResponse({
    type: ErrorDto,
    description: 'No published need with this id that the caller may read',
  })
  forNeed(
    @CurrentCaller() caller: Caller | undefined,
    @UuidParam('id') id: string,
    @Query() query: NeedMatchesQueryDto,
  ): Promise<MatchListDto> {
    return this.matching.forNeed(caller, id, query.group ?? 'organization', query.limit);
  }

  @Get('competencies/:id/matches')
  @Public()
  @ApiOperation({ summary: 'Needs for a competence, ranked, with reasons' })
  @ApiOkResponse({ type: MatchListDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiNotFoundResponse({
    type: ErrorDto,
    description: 'No published competence with this id that the caller may read',
  })
  forCompetence(
    @CurrentCaller() caller: Caller | undefined,
    @UuidParam('id') id: string,
    @Query() query: MatchesQueryDto,
  ): Promise<MatchListDto> {
    return this.matching.forCompetence(caller, id, query.limit);
  }

  @Get('organizations/:id/matches')
  @Public()
  @ApiOperation({
    summary:
      "Counterpart organisations, ranked, with reasons: institutions for a company's needs, companies for an institution's competencies",
  })
  @ApiOkResponse({ type: MatchListDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No organisation with this id' })
  forOrganization(
    @CurrentCaller() caller: Caller | undefined,
    @UuidParam('id') id: string,
    @Query() query: MatchesQueryDto,
  ): Promise<MatchListDto> {
    return this.matching.forOrganization(caller, id, query.limit);
  }
}
