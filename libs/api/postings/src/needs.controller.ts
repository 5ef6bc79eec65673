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
  CreateNeedDto,
  ListPostingsQueryDto,
  NeedDto,
  NeedPageDto,
  PostingFiltersQueryDto,
  UpdateNeedDto,
} from './dto/posting.dto';
import { toNeedDto, toPage } from './mappers';
import { NEED } from './posting-types';
import { PostingsService } from './postings.service';

const paging = (query: PostingFiltersQueryDto) => ({
  page: query.page ?? 1,
  limit: query.limit ?? DEFAULT_PAGE_SIZE,
});

/** Needs: what companies look for. Who may read what is decided in PostingsService, per caller. */
@ApiTags('needs')
@Controller()
export class NeedsController {
  constructor(private readonly postings: PostingsService) {}

  @Get('needs')
  @Public()
  @ApiOperation({
    summary: 'Needs the caller may read, newest first; `externalId` finds an imported one',
  })
  @ApiOkResponse({ type: NeedPageDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  async list(
    @CurrentCaller() caller: Caller | undefined,
    @Query() query: ListPostingsQueryDto,
  ): Promise<NeedPageDto> {
    const page = paging(query);
    return toPage(await this.postings.list(NEED, caller, { ...query, ...page }), page, toNeedDto);
  }

  @Get('needs/:id')
  @Public()
  @ApiOperation({ summary: 'A need, when the caller may read it (404 otherwise)' })
  @ApiOkResponse({ type: NeedDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async get(@CurrentCaller() caller: Caller | undefined, @UuidParam('id') id: string): Promise<NeedDto> {
    return toNeedDto(await this.postings.get(NEED, caller, id));
  }

  @Post('needs')
  @Authenticated()
  @ApiOperation({ summary: 'Publish a need for a company (sme, large_company) the caller is a member of' })
  @ApiCreatedResponse({ type: NeedDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto, description: 'Not a member; externalId is for platform admins' })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No organisation with this id' })
  @ApiConflictResponse({ type: ErrorDto, description: 'The externalId is taken' })
  async create(@CurrentCaller() caller: Caller, @Body() body: CreateNeedDto): Promise<NeedDto> {
    return toNeedDto(await this.postings.create(NEED, caller, body));
  }

  @Patch('needs/:id')
  @Authenticated()
  @ApiOperation({
    summary: 'Edit a need (its author, owners and admins of its organisation, platform admins)',
  })
  @ApiOkResponse({ type: NeedDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'The externalId is taken' })
  async update(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @Body() body: UpdateNeedDto,
  ): Promise<NeedDto> {
    return toNeedDto(await this.postings.update(NEED, caller, id, body));
  }

  @Post('needs/:id/status')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({ summary: "Change a need's status (who may edit it); only the allowed transitions" })
  @ApiOkResponse({ type: NeedDto })
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
  ): Promise<NeedDto> {
    return toNeedDto(await this.postings.changeStatus(NEED, caller, id, body.status));
  }

  @Delete('needs/:id')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a need (who may edit it); soft, audited' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async remove(@CurrentCaller() caller: Caller, @UuidParam('id') id: string): Promise<void> {
    await this.postings.remove(NEED, caller, id);
  }

  @Get('organizations/:id/needs')
  @Public()
  @ApiOperation({ summary: "An organisation's needs that the caller may read" })
  @ApiOkResponse({ type: NeedPageDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No organisation with this id' })
  async listOfOrganization(
    @CurrentCaller() caller: Caller | undefined,
    @UuidParam('id') id: string,
    @Query() query: PostingFiltersQueryDto,
  ): Promise<NeedPageDto> {
    const page = paging(query);
    return toPage(
      await this.postings.listOfOrganization(NEED, caller, id, { ...query, ...page }),
      page,
      toNeedDto,
    );
  }

  @Get('me/needs')
  @Authenticated()
  @ApiOperation({ summary: "The needs of the caller's organisations, in every status" })
  @ApiOkResponse({ type: NeedPageDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  async listMine(
    @CurrentCaller() caller: Caller,
    @Query() query: ListPostingsQueryDto,
  ): Promise<NeedPageDto> {
    const page = paging(query);
    return toPage(await this.postings.listMine(NEED, caller, { ...query, ...page }), page, toNeedDto);
  }
}
