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
import {
  CreateFundingRecordDto,
  FundingRecordDto,
  FundingRecordPageDto,
  ListFundingRecordsQueryDto,
  UpdateFundingRecordDto,
} from './dto/funding-record.dto';
import { FundingRecordsService } from './funding-records.service';
import { toFundingRecordDto, toPage } from './mappers';

/** Funding records: money a cluster spent or secured, by year and source. */
@ApiTags('funding records')
@Controller('funding-records')
export class FundingRecordsController {
  constructor(private readonly records: FundingRecordsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    summary:
      "Funding records of the caller's clusters (brokers) or of all (programme staff, platform admins)",
  })
  @ApiOkResponse({ type: FundingRecordPageDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  async list(
    @CurrentCaller() caller: Caller,
    @Query() query: ListFundingRecordsQueryDto,
  ): Promise<FundingRecordPageDto> {
    const paging = { page: query.page ?? 1, limit: query.limit ?? DEFAULT_PAGE_SIZE };
    return toPage(await this.records.list(caller, { ...query, ...paging }), paging, toFundingRecordDto);
  }

  @Post()
  @Authenticated()
  @ApiOperation({ summary: "Record funding for a cluster (the cluster's brokers, platform admins)" })
  @ApiCreatedResponse({ type: FundingRecordDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  async create(
    @CurrentCaller() caller: Caller,
    @Body() body: CreateFundingRecordDto,
  ): Promise<FundingRecordDto> {
    return toFundingRecordDto(await this.records.create(caller, body));
  }

  @Patch(':id')
  @Authenticated()
  @ApiOperation({ summary: 'Edit a funding record (who may record its cluster’s funding)' })
  @ApiOkResponse({ type: FundingRecordDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async update(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @Body() body: UpdateFundingRecordDto,
  ): Promise<FundingRecordDto> {
    return toFundingRecordDto(await this.records.update(caller, id, body));
  }

  @Delete(':id')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a funding record (audited)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async remove(@CurrentCaller() caller: Caller, @UuidParam('id') id: string): Promise<void> {
    await this.records.remove(caller, id);
  }
}
