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
import { Authenticated, CurrentCaller } from '@videnbro/access';
import type { Caller } from '@videnbro/access';
import { DEFAULT_PAGE_SIZE, ErrorDto, PageQueryDto, UuidParam } from '@videnbro/http';
import {
  ImportCommitRequestDto,
  ImportPreviewDto,
  ImportPreviewRequestDto,
  ImportResultDto,
} from './dto/participation-import.dto';
import {
  CreateParticipationDto,
  OrganizationParticipationPageDto,
  ParticipationDto,
  ParticipationListDto,
  UpdateParticipationDto,
} from './dto/participation.dto';
import { toPage, toParticipationDto } from './mappers';
import { ParticipationsService } from './participations.service';

/** Who took part in an activity; read and changed by who may read and change the activity. */
@ApiTags('activities')
@Controller()
export class ParticipationsController {
  constructor(private readonly participations: ParticipationsService) {}

  @Get('activities/:id/participations')
  @Authenticated()
  @ApiOperation({ summary: "An activity's participations, by organisation name" })
  @ApiOkResponse({ type: ParticipationListDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async list(@CurrentCaller() caller: Caller, @UuidParam('id') id: string): Promise<ParticipationListDto> {
    return { items: (await this.participations.list(caller, id)).map(toParticipationDto) };
  }

  @Post('activities/:id/participations')
  @Authenticated()
  @ApiOperation({
    summary: 'Add an organisation to an activity (role default participant, persons default 1)',
  })
  @ApiCreatedResponse({ type: ParticipationDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No such activity or organisation' })
  @ApiConflictResponse({ type: ErrorDto, description: 'The organisation takes part already' })
  async add(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @Body() body: CreateParticipationDto,
  ): Promise<ParticipationDto> {
    return toParticipationDto(await this.participations.add(caller, id, body));
  }

  @Patch('activities/:id/participations/:participationId')
  @Authenticated()
  @ApiOperation({ summary: "Change a participation's role or persons" })
  @ApiOkResponse({ type: ParticipationDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async update(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @UuidParam('participationId') participationId: string,
    @Body() body: UpdateParticipationDto,
  ): Promise<ParticipationDto> {
    return toParticipationDto(await this.participations.update(caller, id, participationId, body));
  }

  @Delete('activities/:id/participations/:participationId')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an organisation from an activity (audited)' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async remove(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @UuidParam('participationId') participationId: string,
  ): Promise<void> {
    await this.participations.remove(caller, id, participationId);
  }

  @Post('activities/:id/participations/import/preview')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Review a participant list (CSV): each line matched to an organisation (CVR, email domain, name) or proposed as a new unverified one; writes nothing',
  })
  @ApiOkResponse({ type: ImportPreviewDto })
  @ApiBadRequestResponse({ type: ErrorDto, description: 'Invalid body, or a file without a usable header' })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async preview(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @Body() body: ImportPreviewRequestDto,
  ): Promise<ImportPreviewDto> {
    return this.participations.preview(caller, id, body.csv);
  }

  @Post('activities/:id/participations/import/commit')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Add the reviewed rows in one transaction: creates proposed organisations (unverified) unless the same exists, skips those taking part already',
  })
  @ApiOkResponse({ type: ImportResultDto })
  @ApiBadRequestResponse({ type: ErrorDto, description: 'A bad row (named in details); nothing written' })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async commit(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @Body() body: ImportCommitRequestDto,
  ): Promise<ImportResultDto> {
    return this.participations.commit(caller, id, body);
  }

  @Get('organizations/:id/participations')
  @Authenticated()
  @ApiOperation({
    summary: "An organisation's participations in activities (its members, programme staff, platform admins)",
  })
  @ApiOkResponse({ type: OrganizationParticipationPageDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No organisation with this id' })
  async listOfOrganization(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @Query() query: PageQueryDto,
  ): Promise<OrganizationParticipationPageDto> {
    const paging = { page: query.page ?? 1, limit: query.limit ?? DEFAULT_PAGE_SIZE };
    return toPage(await this.participations.listOfOrganization(caller, id, paging), paging, (row) => row);
  }
}
