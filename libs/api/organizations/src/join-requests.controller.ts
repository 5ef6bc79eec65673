import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
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
import { ErrorDto, UuidParam } from '@videnbro/http';
import {
  CreateJoinRequestDto,
  JoinRequestDto,
  JoinRequestListDto,
  ListJoinRequestsQueryDto,
  MyJoinRequestListDto,
} from './dto/join-request.dto';
import { JoinRequestsService } from './join-requests.service';
import { toJoinRequestDto, toMyJoinRequestDto } from './mappers';

@ApiTags('organizations')
@Controller('organizations/:id/join-requests')
export class JoinRequestsController {
  constructor(private readonly requests: JoinRequestsService) {}

  @Post()
  @Authenticated()
  @ApiOperation({ summary: 'Ask to join an organisation; its owners and admins get a mail' })
  @ApiCreatedResponse({ type: JoinRequestDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'A member already, or a request is open' })
  async create(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @Body() body: CreateJoinRequestDto,
  ): Promise<JoinRequestDto> {
    return toJoinRequestDto(await this.requests.request(caller, id, body.message ?? null));
  }

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Join requests, open ones first (owners and admins)' })
  @ApiOkResponse({ type: JoinRequestListDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async list(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @Query() query: ListJoinRequestsQueryDto,
  ): Promise<JoinRequestListDto> {
    return { items: (await this.requests.list(caller, id, query.status)).map(toJoinRequestDto) };
  }

  @Post(':requestId/approve')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve: the user becomes a member (owners and admins)' })
  @ApiOkResponse({ type: JoinRequestDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'Decided already' })
  async approve(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @UuidParam('requestId') requestId: string,
  ): Promise<JoinRequestDto> {
    return toJoinRequestDto(await this.requests.approve(caller, id, requestId));
  }

  @Post(':requestId/reject')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a join request (owners and admins)' })
  @ApiOkResponse({ type: JoinRequestDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'Decided already' })
  async reject(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @UuidParam('requestId') requestId: string,
  ): Promise<JoinRequestDto> {
    return toJoinRequestDto(await this.requests.reject(caller, id, requestId));
  }
}

@ApiTags('organizations')
@Controller('me')
export class MyJoinRequestsController {
  constructor(private readonly requests: JoinRequestsService) {}

  @Get('join-requests')
  @Authenticated()
  @ApiOperation({ summary: 'My own join requests, open ones first' })
  @ApiOkResponse({ type: MyJoinRequestListDto })
  async mine(@CurrentCaller() caller: Caller): Promise<MyJoinRequestListDto> {
    return { items: (await this.requests.mine(caller)).map(toMyJoinRequestDto) };
  }
}
