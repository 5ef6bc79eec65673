import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiGoneResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, CurrentCaller, Public } from '@videnbro/access';
import type { Caller } from '@videnbro/access';
import { ErrorDto, UuidParam } from '@videnbro/http';
import {
  CreatedInvitationDto,
  CreateInvitationDto,
  InvitationListDto,
  InvitationPreviewDto,
} from './dto/invitation.dto';
import { MyOrganizationDto } from './dto/membership.dto';
import { Clock } from './clock';
import { InvitationsService } from './invitations.service';
import { toInvitationDto, toOrganizationDto } from './mappers';

@ApiTags('invitations')
@Controller('organizations/:id/invitations')
export class OrganizationInvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly clock: Clock,
  ) {}

  @Post()
  @Authenticated()
  @ApiOperation({
    summary:
      'Invite someone by email (owners and admins; only owners invite owners); the mail holds the link',
  })
  @ApiCreatedResponse({ type: CreatedInvitationDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'The person is a member already' })
  async invite(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @Body() body: CreateInvitationDto,
  ): Promise<CreatedInvitationDto> {
    const { invitation, emailSent } = await this.invitations.invite(caller, id, body);
    return { ...toInvitationDto(invitation, this.clock.now()), emailSent };
  }

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Invitations of the organisation, newest first (owners and admins)' })
  @ApiOkResponse({ type: InvitationListDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async list(@CurrentCaller() caller: Caller, @UuidParam('id') id: string): Promise<InvitationListDto> {
    const now = this.clock.now();
    return { items: (await this.invitations.list(caller, id)).map((i) => toInvitationDto(i, now)) };
  }

  @Delete(':invitationId')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({ summary: 'Withdraw an invitation (owners and admins)' })
  @ApiNoContentResponse({ description: 'Withdrawn' })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'Accepted already' })
  async revoke(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @UuidParam('invitationId') invitationId: string,
  ): Promise<void> {
    await this.invitations.revoke(caller, id, invitationId);
  }
}

@ApiTags('invitations')
@Controller('invitations')
export class InvitationLinksController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get(':token')
  @Public()
  @ApiOperation({ summary: 'What an invitation link offers: the organisation, the role, the expiry' })
  @ApiOkResponse({ type: InvitationPreviewDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'Unknown link' })
  @ApiGoneResponse({ type: ErrorDto, description: 'Used, withdrawn or expired' })
  async preview(@Param('token') token: string): Promise<InvitationPreviewDto> {
    const invitation = await this.invitations.preview(token);
    return {
      organizationId: invitation.organizationId,
      organizationName: invitation.organization.name,
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  @Post(':token/accept')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept an invitation, signed in with the invited email' })
  @ApiOkResponse({ type: MyOrganizationDto })
  @ApiForbiddenResponse({ type: ErrorDto, description: 'Signed in with another email' })
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'A member already' })
  @ApiGoneResponse({ type: ErrorDto, description: 'Used, withdrawn or expired' })
  async accept(@CurrentCaller() caller: Caller, @Param('token') token: string): Promise<MyOrganizationDto> {
    const membership = await this.invitations.accept(caller, token);
    return {
      organization: toOrganizationDto(membership.organization),
      role: membership.role,
      since: membership.createdAt.toISOString(),
    };
  }
}
