import { ConflictException, Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import type { Caller } from '@videnbro/access';
import { AuditLog, diff } from '@videnbro/audit';
import { APP_CONFIG } from '@videnbro/config';
import type { AppConfig } from '@videnbro/config';
import { MailPort } from '@videnbro/mail';
import { Clock } from './clock';
import { isUniqueViolation } from './database-errors';
import type { JoinRequestStatus, Organization } from './entities';
import { JoinRequestsRepository } from './join-requests.repository';
import type { JoinRequestWithOrganization, JoinRequestWithUser } from './join-requests.repository';
import { MembershipsRepository } from './memberships.repository';
import { AdminReads } from './admin-reads';
import { OrganizationAccess } from './organization-access';
import { organizationNotFound } from './organization-errors';
import { joinRequestMail } from './organization-mails';
import { OrganizationsRepository } from './organizations.repository';
import { Transactions } from './transactions';

const alreadyMember = () => new ConflictException('You are a member of this organisation already');
const alreadyPending = () =>
  new ConflictException('You have asked to join this organisation already: its admins will answer');

/** Requests to join an organisation: any signed-in user asks, an owner or admin decides. */
@Injectable()
export class JoinRequestsService {
  private readonly logger = new Logger('JoinRequests');

  constructor(
    private readonly organizations: OrganizationsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly requests: JoinRequestsRepository,
    private readonly access: OrganizationAccess,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
    private readonly mail: MailPort,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adminReads: AdminReads,
  ) {}

  async request(
    caller: Caller,
    organizationId: string,
    message: string | null,
  ): Promise<JoinRequestWithUser> {
    const organization = await this.organizations.findById(organizationId);
    if (!organization) throw organizationNotFound();
    if (await this.memberships.find(organizationId, caller.userId)) throw alreadyMember();
    if (await this.requests.findPending(organizationId, caller.userId)) throw alreadyPending();
    let id: string;
    try {
      id = await this.transactions.run(async (manager) => {
        const created = await this.requests.insert(manager, {
          organizationId,
          userId: caller.userId,
          message: message || null,
        });
        await this.audit.record(manager, {
          actorUserId: caller.userId,
          entityType: 'join_request',
          entityId: created.id,
          action: 'create',
          changes: diff(null, created, ['organizationId', 'userId', 'message', 'status']),
        });
        return created.id;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_organization_join_requests_pending')) throw alreadyPending();
      throw error;
    }
    const request = (await this.requests.findInOrganization(organizationId, id)) as JoinRequestWithUser;
    await this.notifyManagers(organization, request);
    return request;
  }

  async list(
    caller: Caller,
    organizationId: string,
    status?: JoinRequestStatus,
  ): Promise<JoinRequestWithUser[]> {
    if (!(await this.organizations.findById(organizationId))) throw organizationNotFound();
    const role = await this.access.requireManager(caller, organizationId);
    await this.adminReads.recordUnlessEntitled(caller, organizationId, role, 'manager', 'join_requests');
    return this.requests.listForOrganization(organizationId, status);
  }

  /** The caller's own requests, so they can see which are still waiting. */
  mine(caller: Caller): Promise<JoinRequestWithOrganization[]> {
    return this.requests.listForUser(caller.userId);
  }

  /** Approving makes the user a member (unless they have joined meanwhile, by an invitation). */
  approve(caller: Caller, organizationId: string, requestId: string): Promise<JoinRequestWithUser> {
    return this.decide(caller, organizationId, requestId, 'approved');
  }

  reject(caller: Caller, organizationId: string, requestId: string): Promise<JoinRequestWithUser> {
    return this.decide(caller, organizationId, requestId, 'rejected');
  }

  private async decide(
    caller: Caller,
    organizationId: string,
    requestId: string,
    status: 'approved' | 'rejected',
  ): Promise<JoinRequestWithUser> {
    if (!(await this.organizations.findById(organizationId))) throw organizationNotFound();
    await this.access.requireManager(caller, organizationId);
    await this.transactions.run(async (manager) => {
      if (!(await this.organizations.findByIdForUpdate(manager, organizationId)))
        throw organizationNotFound();
      const request = await this.requests.findInOrganizationForUpdate(manager, organizationId, requestId);
      if (!request) throw new NotFoundException('Join request not found');
      if (request.status !== 'pending')
        throw new ConflictException(`This request has been ${request.status} already`);
      const now = this.clock.now();
      await this.requests.decide(manager, request.id, status, caller.userId, now);
      await this.audit.record(manager, {
        actorUserId: caller.userId,
        entityType: 'join_request',
        entityId: request.id,
        action: status === 'approved' ? 'approve' : 'reject',
        changes: diff(request, { ...request, status, decidedByUserId: caller.userId, decidedAt: now }, [
          'status',
          'decidedByUserId',
          'decidedAt',
        ]),
      });
      if (status === 'approved' && !(await this.memberships.find(organizationId, request.userId, manager))) {
        const membership = await this.memberships.insert(manager, {
          organizationId,
          userId: request.userId,
          role: 'member',
        });
        await this.audit.record(manager, {
          actorUserId: caller.userId,
          entityType: 'membership',
          entityId: membership.id,
          action: 'create',
          changes: diff(null, membership, ['organizationId', 'userId', 'role']),
        });
      }
    });
    return (await this.requests.findInOrganization(organizationId, requestId)) as JoinRequestWithUser;
  }

  /** One mail per owner and admin, each in their own language. A failed mail does not undo the request. */
  private async notifyManagers(organization: Organization, request: JoinRequestWithUser): Promise<void> {
    const link = `${this.config.publicUrl}/organizations/${organization.id}/join-requests`;
    for (const manager of await this.memberships.listManagers(organization.id)) {
      try {
        await this.mail.send(
          joinRequestMail({
            to: manager.user.email,
            locale: manager.user.locale,
            organizationName: organization.name,
            requesterName: request.user.name,
            requesterEmail: request.user.email,
            message: request.message,
            link,
          }),
        );
      } catch (error) {
        this.logger.error({ err: error }, 'A join request mail could not be sent');
      }
    }
  }
}
