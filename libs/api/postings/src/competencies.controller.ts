import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, CurrentCaller, Public } from '@videnbro/access';
import type { Caller } from '@videnbro/access';
import { DEFAULT_PAGE_SIZE, ErrorDto, UuidParam } from '@videnbro/http';
import {
  ChangeStatusDto,
  CreateCompetenceDto,
  ListPostingsQueryDto,
  CompetenceDto,
  CompetencePageDto,
  PostingFiltersQueryDto,
  UpdateCompetenceDto,
} from './dto/posting.dto';
import { toCompetenceDto, toPage } from './mappers';
import { COMPETENCE } from './posting-types';
import { PostingsService } from './postings.service';

const paging = (query: PostingFiltersQueryDto) => ({
  page: query.page ?? 1,
  limit: query.limit ?? DEFAULT_PAGE_SIZE,
});

/** Competencies: what knowledge institutions offer. Who may read what is decided in PostingsService, per caller. */
@ApiTags('competencies')
@Controller()
export class CompetenciesController {
  constructor(private readonly postings: PostingsService) {}

  @Get('competencies')
  @Public()
  @ApiOperation({
    summary: 'Competencies the caller may read, newest first; `externalId` finds an imported one',
  })
  @ApiOkResponse({ type: CompetencePageDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  async list(
    @CurrentCaller() caller: Caller | undefined,
    @Query() query: ListPostingsQueryDto,
  ): Promise<CompetencePageDto> {
    const page = paging(query);
    return toPage(await this.postings.list(COMPETENCE, caller, { ...query, ...page }), page, toCompetenceDto);
  }

  @Get('competencies/:id')
  @Public()
  @ApiOperation({ summary: 'A competence, when the caller may read it (404 otherwise)' })
  @ApiOkResponse({ type: CompetenceDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async get(
    @CurrentCaller() caller: Caller | undefined,
    @UuidParam('id') id: string,
  ): Promise<CompetenceDto> {
    return toCompetenceDto(await this.postings.get(COMPETENCE, caller, id));
  }

  @Post('competencies')
  @Authenticated()
  @ApiOperation({ summary: 'Publish a competence for a knowledge institution the caller is a member of' })
  @ApiCreatedResponse({ type: CompetenceDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto, description: 'Not a member; externalId is for platform admins' })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No organisation with this id' })
  @ApiConflictResponse({ type: ErrorDto, description: 'The externalId is taken' })
  async create(@CurrentCaller() caller: Caller, @Body() body: CreateCompetenceDto): Promise<CompetenceDto> {
    return toCompetenceDto(await this.postings.create(COMPETENCE, caller, body));
  }

  @Patch('competencies/:id')
  @Authenticated()
  @ApiOperation({
    summary: 'Edit a competence (its author, owners and admins of its organisation, platform admins)',
  })
  @ApiOkResponse({ type: CompetenceDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'The externalId is taken' })
  async update(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @Body() body: UpdateCompetenceDto,
  ): Promise<CompetenceDto> {
    return toCompetenceDto(await this.postings.update(COMPETENCE, caller, id, body));
  }

  @Post('competencies/:id/status')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({ summary: "Change a competence's status (who may edit it); only the allowed transitions" })
  @ApiOkResponse({ type: CompetenceDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiConflictResponse({
    type: ErrorDto,
    description: 'A transition not allowed; the message names the allowed ones',
  })
  async changeStatus(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @Body() body: ChangeStatusDto,
  ): Promise<CompetenceDto> {
    return toCompetenceDto(await this.postings.changeStatus(COMPETENCE, caller, id, body.status));
  }

  @Delete('competencies/:id')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a competence (who may edit it); soft, audited' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async remove(@CurrentCaller() caller: Caller, @UuidParam('id') id: string): Promise<void> {
    await this.postings.remove(COMPETENCE, caller, id);
  }

  @Get('organizations/:id/competencies')
  @Public()
  @ApiOperation({ summary: "An organisation's competencies that the caller may read" })
  @ApiOkResponse({ type: CompetencePageDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No organisation with this id' })
  async listOfOrganization(
    @CurrentCaller() caller: Caller | undefined,
    @UuidParam('id') id: string,
    @Query() query: PostingFiltersQueryDto,
  ): Promise<CompetencePageDto> {
    const page = paging(query);
    return toPage(
      await this.postings.listOfOrganization(COMPETENCE, caller, id, { ...query, ...page }),
      page,
      toCompetenceDto,
    );
  }

  @Get('me/competencies')
  @Authenticated()
  @ApiOperation({ summary: "The competencies of the caller's organisations, in every status" })
  @ApiOkResponse({ type: CompetencePageDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  async listMine(
    @CurrentCaller() caller: Caller,
    @Query() query: ListPostingsQueryDto,
  ): Promise<CompetencePageDto> {
    const page = paging(query);
    return toPage(
      await this.postings.listMine(COMPETENCE, caller, { ...query, ...page }),
      page,
      toCompetenceDto,
    );
  }
}
