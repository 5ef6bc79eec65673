import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@videnbro/audit';
import { MailModule } from '@videnbro/mail';
import { OutboxModule } from '@videnbro/outbox';
import { Clock } from './clock';
import { ClusterMembershipsRepository } from './cluster-memberships.repository';
import { AdminReads } from './admin-reads';
import { ClustersController } from './clusters.controller';
import { ClustersService } from './clusters.service';
import { organizationEntities } from './entities';
import { InvitationLinksController, OrganizationInvitationsController } from './invitations.controller';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsService } from './invitations.service';
import { JoinRequestsController, MyJoinRequestsController } from './join-requests.controller';
import { JoinRequestsRepository } from './join-requests.repository';
import { JoinRequestsService } from './join-requests.service';
import { MembersController, MyOrganizationsController } from './members.controller';
import { MembershipsRepository } from './memberships.repository';
import { MembershipsService } from './memberships.service';
import { OrganizationAccess } from './organization-access';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsRepository } from './organizations.repository';
import { OrganizationsService } from './organizations.service';
import { Transactions } from './transactions';
import { UserDirectoryRepository } from './user-directory.repository';

/**
 * Organisations, their members, invitations and join requests, and clusters with their member
 * organisations. Exports OrganizationAccess for the features that decide visibility by membership.
 */
@Module({
  imports: [TypeOrmModule.forFeature(organizationEntities), AuditModule, OutboxModule, MailModule],
  controllers: [
    OrganizationsController,
    MembersController,
    MyOrganizationsController,
    OrganizationInvitationsController,
    InvitationLinksController,
    JoinRequestsController,
    MyJoinRequestsController,
    ClustersController,
  ],
  providers: [
    Clock,
    Transactions,
    AdminReads,
    OrganizationsRepository,
    MembershipsRepository,
    InvitationsRepository,
    JoinRequestsRepository,
    ClusterMembershipsRepository,
    UserDirectoryRepository,
    OrganizationAccess,
    OrganizationsService,
    MembershipsService,
    InvitationsService,
    JoinRequestsService,
    ClustersService,
  ],
  exports: [OrganizationAccess, OrganizationsService, Clock],
})
export class OrganizationsModule {}
