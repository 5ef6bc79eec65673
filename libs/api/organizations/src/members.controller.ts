import { Body, Controller, Delete, Get, HttpCode, Patch } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, CurrentCaller } from '@videnbro/access';
import type { Caller } from '@videnbro/access';
import { ErrorDto, UuidParam } from '@videnbro/http';
import { MemberDto, MemberListDto, MyOrganizationListDto, UpdateMemberDto } from './dto/membership.dto';
import { toMemberDto, toOrganizationDto } from './mappers';
import { MembershipsService } from './memberships.service';

@ApiTags('organizations')
@Controller('organizations/:id/members')
export class MembersController {
  constructor(private readonly memberships: MembershipsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Members with names and emails (members of the organisation, platform admins)' })
  @ApiOkResponse({ type: MemberListDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async list(@CurrentCaller() caller: Caller, @UuidParam('id') id: string): Promise<MemberListDto> {
    return { items: (await this.memberships.list(caller, id)).map(toMemberDto) };
  }

  @Patch(':userId')
  @Authenticated()
  @ApiOperation({
    summary: "Change a member's role (owners and admins; only owners make or unmake owners)",
  })
  @ApiOkResponse({ type: MemberDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'The last owner cannot be demoted' })
  async changeRole(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @UuidParam('userId') userId: string,
    @Body() body: UpdateMemberDto,
  ): Promise<MemberDto> {
    return toMemberDto(await this.memberships.changeRole(caller, id, userId, body.role));
  }

  @Delete(':userId')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a member (owners and admins), or leave (your own user id)' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'The last owner cannot leave' })
  async remove(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @UuidParam('userId') userId: string,
  ): Promise<void> {
    await this.memberships.remove(caller, id, userId);
  }
}

@ApiTags('organizations')
@Controller('me')
export class MyOrganizationsController {
  constructor(private readonly memberships: MembershipsService) {}

  @Get('organizations')
  @Authenticated()
  @ApiOperation({ summary: 'The organisations I belong to, with my role in each' })
  @ApiOkResponse({ type: MyOrganizationListDto })
  async mine(@CurrentCaller() caller: Caller): Promise<MyOrganizationListDto> {
    const memberships = await this.memberships.mine(caller);
    return {
      items: memberships.map((m) => ({
        organization: toOrganizationDto(m.organization),
        role: m.role,
        since: m.createdAt.toISOString(),
      })),
    };
  }
}
