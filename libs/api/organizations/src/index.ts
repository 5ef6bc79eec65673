export { Clock } from './clock';
export type { InvitationStatus, JoinRequestStatus, OrganizationRole, UserRef } from './entities';
export {
  ClusterMembership,
  Invitation,
  INVITATION_TTL_DAYS,
  JoinRequest,
  MANAGER_ROLES,
  Membership,
  Organization,
  organizationEntities,
  ORGANIZATION_ROLES,
} from './entities';
export type { OrganizationMembershipRef } from './organization-access';
export { isPlatformAdmin, OrganizationAccess } from './organization-access';
export type { OrganizationProfile, ProfileInput } from './organization-rules';
export { resolveProfile } from './organization-rules';
export { CreateOrganizationDto } from './dto/organization.dto';
export { OrganizationsModule } from './organizations.module';
export type { CreateOptions, NewOrganizationInput } from './organizations.service';
export { OrganizationsService } from './organizations.service';
