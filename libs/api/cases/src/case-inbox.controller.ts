import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, CurrentCaller } from '@videnbro/access';
import type { Caller } from '@videnbro/access';
import { ErrorDto } from '@videnbro/http';
import { CaseInboxService } from './case-inbox.service';
import { CaseInboxQueryDto, INBOX_PAGE_SIZE, InboxPageDto } from './dto/case-inbox.dto';

/** The brokers' inbox of needs without a case. Fastify routes this fixed path before `cases/:id`. */
@ApiTags('cases')
@Controller('cases')
export class CaseInboxController {
  constructor(private readonly inbox: CaseInboxService) {}

  @Get('inbox')
  @Authenticated()
  @ApiOperation({
    summary:
      "Open needs of the cluster's member organisations with no open case, newest first, each with its best 3 institutions (the cluster's brokers, admins)",
  })
  @ApiOkResponse({ type: InboxPageDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto, description: 'Not a broker of the cluster' })
  async list(@CurrentCaller() caller: Caller, @Query() query: CaseInboxQueryDto): Promise<InboxPageDto> {
    const page = query.page ?? 1;
    const limit = query.limit ?? INBOX_PAGE_SIZE;
    const { items, total } = await this.inbox.page(caller, query.cluster, page, limit);
    return {
      items: items.map(({ need, matches }) => ({
        need: { id: need.id, name: need.title },
        company: need.company,
        tags: need.tags,
        visibility: need.visibility,
        createdAt: need.createdAt.toISOString(),
        matches,
      })),
      total,
      page,
      limit,
    };
  }
}
