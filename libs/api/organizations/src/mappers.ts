import { isKnowledgeInstitution, isSme } from '@videnbro/domain';
import type { Language } from '@videnbro/domain';
import type { InvitationDto } from './dto/invitation.dto';
import type { JoinRequestDto, MyJoinRequestDto } from './dto/join-request.dto';
import type { MemberDto } from './dto/membership.dto';
import type { OrganizationDto } from './dto/organization.dto';
import { invitationStatus } from './entities';
import type { Invitation, Organization } from './entities';
import type { JoinRequestWithOrganization, JoinRequestWithUser } from './join-requests.repository';
import type { MembershipWithUser } from './memberships.repository';

export function toOrganizationDto(organization: Organization): OrganizationDto {
  return {
    id: organization.id,
    kind: organization.kind,
    name: organization.name,
    cvr: organization.cvr,
    employeeBand: organization.employeeBand,
    industryCodes: organization.industryCodes,
    codeSystem: organization.codeSystem,
    country: organization.country,
    region: organization.region,
    municipality: organization.municipality,
    city: organization.city,
    website: organization.website,
    description: organization.description,
    languages: organization.languages as Language[],
    tags: organization.tags,
    strengthAreas: organization.strengthAreas,
    externalId: organization.externalId,
    isDemo: organization.isDemo,
    verified: organization.verified,
    isSme: isSme({ kind: organization.kind, employees: organization.employeeBand }),
    isKnowledgeInstitution: isKnowledgeInstitution(organization.kind),
    createdAt: organization.createdAt.toISOString(),
    updatedAt: organization.updatedAt.toISOString(),
  };
}

export function toMemberDto(membership: MembershipWithUser): MemberDto {
  return {
    userId: membership.userId,
    name: membership.user.name,
    email: membership.user.email,
    role: membership.role,
    since: membership.createdAt.toISOString(),
  };
}

export function toInvitationDto(invitation: Invitation, now: Date): InvitationDto {
  return {
    id: invitation.id,
    organizationId: invitation.organizationId,
    email: invitation.email,
    role: invitation.role,
    status: invitationStatus(invitation, now),
    invitedBy: invitation.invitedBy
      ? { userId: invitation.invitedBy.id, name: invitation.invitedBy.name }
      : null,
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
  };
}

export function toJoinRequestDto(request: JoinRequestWithUser): JoinRequestDto {
  return {
    id: request.id,
    organizationId: request.organizationId,
    userId: request.userId,
    userName: request.user.name,
    userEmail: request.user.email,
    message: request.message,
    status: request.status,
    createdAt: request.createdAt.toISOString(),
    decidedAt: request.decidedAt?.toISOString() ?? null,
  };
}

export function toMyJoinRequestDto(request: JoinRequestWithOrganization): MyJoinRequestDto {
  return {
    id: request.id,
    organization: { id: request.organization.id, name: request.organization.name },
    message: request.message,
    status: request.status,
    createdAt: request.createdAt.toISOString(),
    decidedAt: request.decidedAt?.toISOString() ?? null,
  };
}
