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
  CreateOrganizationDto,
  ListOrganizationsQueryDto,
  OrganizationDto,
  OrganizationPageDto,
  UpdateOrganizationDto,
} from './dto/organization.dto';
import { toOrganizationDto } from './mappers';
import { OrganizationsService } from './organizations.service';

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'List organisations, filtered and paginated (by name)' })
  @ApiOkResponse({ type: OrganizationPageDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  async list(@Query() query: ListOrganizationsQueryDto): Promise<OrganizationPageDto> {
    const page = query.page ?? 1;
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const { items, total } = await this.organizations.list({ ...query, page, limit });
    return { items: items.map(toOrganizationDto), total, page, limit };
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'The public profile of an organisation' })
  @ApiOkResponse({ type: OrganizationDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async get(@UuidParam('id') id: string): Promise<OrganizationDto> {
    return toOrganizationDto(await this.organizations.get(id));
  }

  @Post()
  @Authenticated()
  @ApiOperation({ summary: 'Create an organisation; the caller becomes its owner' })
  @ApiCreatedResponse({ type: OrganizationDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto, description: 'externalId is for platform admins (imports)' })
  @ApiConflictResponse({
    type: ErrorDto,
    description:
      'The CVR number is registered already: `details` holds `{ field: "existingOrganizationId", message: <id> }`, the organisation to ask to join instead',
  })
  async create(
    @CurrentCaller() caller: Caller,
    @Body() body: CreateOrganizationDto,
  ): Promise<OrganizationDto> {
    return toOrganizationDto(await this.organizations.createForCaller(caller, body));
  }

  @Patch(':id')
  @Authenticated()
  @ApiOperation({ summary: "Update an organisation's profile (its owners and admins, platform admins)" })
  @ApiOkResponse({ type: OrganizationDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiConflictResponse({
    type: ErrorDto,
    description: 'The CVR number is registered to another organisation',
  })
  async update(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @Body() body: UpdateOrganizationDto,
  ): Promise<OrganizationDto> {
    return toOrganizationDto(await this.organizations.update(caller, id, body));
  }

  @Delete(':id')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an organisation (its owners, platform admins); soft, audited' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async remove(@CurrentCaller() caller: Caller, @UuidParam('id') id: string): Promise<void> {
    await this.organizations.remove(caller, id);
  }
}
