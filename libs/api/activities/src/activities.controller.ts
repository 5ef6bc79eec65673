import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, CurrentCaller } from '@videnbro/access';
import type { Caller } from '@videnbro/access';
import { DEFAULT_PAGE_SIZE, ErrorDto, UuidParam } from '@videnbro/http';
import { ActivitiesService } from './activities.service';
import {
  ActivityDto,
  ActivityPageDto,
  CreateActivityDto,
  ListActivitiesQueryDto,
  UpdateActivityDto,
} from './dto/activity.dto';
import { toActivityDto, toPage } from './mappers';

/** Cluster activities. Who may read and change what is decided in ActivitiesService, per caller. */
@ApiTags('activities')
@Controller('activities')
export class ActivitiesController {
  constructor(private readonly activities: ActivitiesService) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    summary:
      "Activities of the caller's clusters (brokers) or of all clusters (programme staff, platform admins), newest first, with participation counts",
  })
  @ApiOkResponse({ type: ActivityPageDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({
    type: ErrorDto,
    description: 'Not a broker, programme staff or platform admin; or not your cluster',
  })
  async list(
    @CurrentCaller() caller: Caller,
    @Query() query: ListActivitiesQueryDto,
  ): Promise<ActivityPageDto> {
    const paging = { page: query.page ?? 1, limit: query.limit ?? DEFAULT_PAGE_SIZE };
    return toPage(await this.activities.list(caller, { ...query, ...paging }), paging, toActivityDto);
  }

  @Post()
  @Authenticated()
  @ApiOperation({ summary: 'Create an activity (brokers of the owner cluster, platform admins)' })
  @ApiCreatedResponse({ type: ActivityDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  async create(@CurrentCaller() caller: Caller, @Body() body: CreateActivityDto): Promise<ActivityDto> {
    return toActivityDto(await this.activities.create(caller, body));
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'An activity (404 for another cluster’s)' })
  @ApiOkResponse({ type: ActivityDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async get(@CurrentCaller() caller: Caller, @UuidParam('id') id: string): Promise<ActivityDto> {
    return toActivityDto(await this.activities.get(caller, id));
  }

  @Patch(':id')
  @Authenticated()
  @ApiOperation({
    summary: 'Edit an activity (brokers of its clusters, platform admins); the owner cluster stays',
  })
  @ApiOkResponse({ type: ActivityDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async update(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @Body() body: UpdateActivityDto,
  ): Promise<ActivityDto> {
    return toActivityDto(await this.activities.update(caller, id, body));
  }

  @Delete(':id')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an activity (who may edit it); soft, audited, gone from statistics' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async remove(@CurrentCaller() caller: Caller, @UuidParam('id') id: string): Promise<void> {
    await this.activities.remove(caller, id);
  }
}
