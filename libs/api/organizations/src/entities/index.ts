import { ClusterMembership } from './cluster-membership.entity';
import { Invitation } from './invitation.entity';
import { JoinRequest } from './join-request.entity';
import { Membership } from './membership.entity';
import { Organization } from './organization.entity';

export { ClusterMembership } from './cluster-membership.entity';
export type { InvitationStatus } from './invitation.entity';
export { Invitation, INVITATION_TTL_DAYS, invitationStatus } from './invitation.entity';
export type { JoinRequestStatus } from './join-request.entity';
export { JOIN_REQUEST_STATUSES, JoinRequest } from './join-request.entity';
export type { OrganizationRole } from './membership.entity';
export { MANAGER_ROLES, Membership, ORGANIZATION_ROLES } from './membership.entity';
export { Organization } from './organization.entity';
export type { UserRef } from './user-ref';
export { USER_ENTITY } from './user-ref';

export const organizationEntities = [Organization, Membership, Invitation, JoinRequest, ClusterMembership];
