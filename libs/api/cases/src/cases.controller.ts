import { Body, Controller, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, CurrentCaller } from '@videnbro/access';
import type { Caller } from '@videnbro/access';
import { DEFAULT_PAGE_SIZE, ErrorDto, UuidParam } from '@videnbro/http';
import type { FastifyReply } from 'fastify';
import { CaseConsentsService } from './case-consents.service';
import { CaseConversationService } from './case-conversation.service';
import { CasesService } from './cases.service';
import {
  CaseDto,
  CaseEventDto,
  CasePageDto,
  CaseSummaryDto,
  CaseSummaryQueryDto,
  CaseTextDto,
  ConsentAnswerDto,
  CreateCaseDto,
  HandoverDto,
  ListCasesQueryDto,
  UpdateCaseDto,
} from './dto/case.dto';
import { toCaseDto, toCaseEventDto, toCaseListItemDto } from './mappers';

/** Brokering cases. Who may see and do what is decided in the services, per caller (CaseScope). */
@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly consents: CaseConsentsService,
    private readonly conversation: CaseConversationService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    summary:
      "Cases of the caller's clusters (brokers) and of the caller's organisations (parties), most recently changed first",
  })
  @ApiOkResponse({ type: CasePageDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({
    type: ErrorDto,
    description: 'Programme staff (figures only); or not your cluster',
  })
  async list(@CurrentCaller() caller: Caller, @Query() query: ListCasesQueryDto): Promise<CasePageDto> {
    const page = query.page ?? 1;
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const { items, total } = await this.cases.list(caller, { ...query, page, limit });
    return { items: items.map(toCaseListItemDto), total, page, limit };
  }

  @Post()
  @Authenticated()
  @ApiOperation({
    summary:
      'Ask for an introduction (company members), express interest in a need (institution members) or create a case from a match (brokers, naming their cluster). 200 with the open case when one exists for the pair and need',
  })
  @ApiCreatedResponse({ type: CaseDto, description: 'A new case' })
  @ApiOkResponse({ type: CaseDto, description: 'The request joined the open case' })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'The need or competence is not there for you' })
  async create(
    @CurrentCaller() caller: Caller,
    @Body() body: CreateCaseDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CaseDto> {
    const { view, created } = await this.cases.create(caller, body);
    reply.status(created ? 201 : 200);
    return toCaseDto(view);
  }

  @Get('summary')
  @Authenticated()
  @ApiOperation({
    summary: 'Cases per stage: brokers for their clusters, programme staff and admins for all',
  })
  @ApiOkResponse({ type: CaseSummaryDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  async summary(
    @CurrentCaller() caller: Caller,
    @Query() query: CaseSummaryQueryDto,
  ): Promise<CaseSummaryDto> {
    const stages = await this.cases.summary(caller, query.cluster);
    return { stages, total: stages.reduce((sum, s) => sum + s.count, 0) };
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({
    summary:
      'A case as the caller may see it: contacts only once both parties accepted (brokers: always); notes and decline reasons for brokers only',
  })
  @ApiOkResponse({ type: CaseDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto, description: 'Programme staff (figures only)' })
  @ApiNotFoundResponse({ type: ErrorDto })
  async get(@CurrentCaller() caller: Caller, @UuidParam('id') id: string): Promise<CaseDto> {
    return toCaseDto(await this.cases.get(caller, id));
  }

  @Patch(':id')
  @Authenticated()
  @ApiOperation({
    summary:
      "Change the stage (along the transitions; `introduced` asks both parties to accept), owner broker, next action or outcome (the case's brokers, admins)",
  })
  @ApiOkResponse({ type: CaseDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiConflictResponse({
    type: ErrorDto,
    description: 'A transition that is not allowed, or consent missing',
  })
  async update(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @Body() body: UpdateCaseDto,
  ): Promise<CaseDto> {
    return toCaseDto(await this.cases.update(caller, id, body));
  }

  @Post(':id/handover')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({ summary: "Hand the case over to another cluster (the owner cluster's brokers, admins)" })
  @ApiOkResponse({ type: CaseDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async handover(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @Body() body: HandoverDto,
  ): Promise<CaseDto> {
    return toCaseDto(await this.cases.handover(caller, id, body));
  }

  @Post(':id/consent')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({
    summary: 'Accept or decline the proposed introduction for your side (company or institution members)',
  })
  @ApiOkResponse({ type: CaseDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'No introduction waiting, or already answered' })
  async consent(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @Body() body: ConsentAnswerDto,
  ): Promise<CaseDto> {
    return toCaseDto(await this.consents.answerInApp(caller, id, body));
  }

  @Post(':id/notes')
  @Authenticated()
  @ApiOperation({ summary: "Add a broker note (the case's brokers, admins); only they see notes" })
  @ApiCreatedResponse({ type: CaseEventDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async addNote(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @Body() body: CaseTextDto,
  ): Promise<CaseEventDto> {
    return toCaseEventDto(await this.conversation.addNote(caller, id, body.body));
  }

  @Get(':id/messages')
  @Authenticated()
  @ApiOperation({ summary: 'The message thread between the parties (open once both accepted), oldest first' })
  @ApiOkResponse({ type: [CaseEventDto] })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'Not both parties have accepted yet' })
  async messages(@CurrentCaller() caller: Caller, @UuidParam('id') id: string): Promise<CaseEventDto[]> {
    return (await this.conversation.messages(caller, id)).map(toCaseEventDto);
  }

  @Post(':id/messages')
  @Authenticated()
  @ApiOperation({ summary: "Write in the thread (the parties and the case's brokers, once both accepted)" })
  @ApiCreatedResponse({ type: CaseEventDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'Not both parties have accepted yet' })
  async addMessage(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @Body() body: CaseTextDto,
  ): Promise<CaseEventDto> {
    return toCaseEventDto(await this.conversation.addMessage(caller, id, body.body));
  }
}
