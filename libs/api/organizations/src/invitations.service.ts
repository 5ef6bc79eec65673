import {
  ConflictException,
  ForbiddenException,
  GoneException,
  Inject,
  Injectable,
  Logger,
  NotFoundException,
} from '@nestjs/common';
import type { Caller } from '@videnbro/access';
import { AuditLog, diff } from '@videnbro/audit';
import { APP_CONFIG } from '@videnbro/config';
import type { AppConfig } from '@videnbro/config';
import { MailPort } from '@videnbro/mail';
import { createHash, randomBytes } from 'node:crypto';
import { Clock } from './clock';
import { INVITATION_TTL_DAYS, invitationStatus } from './entities';
import type { Invitation, Membership, Organization, OrganizationRole } from './entities';
import { InvitationsRepository } from './invitations.repository';
import { MembershipsRepository } from './memberships.repository';
import { AdminReads } from './admin-reads';
import { OrganizationAccess } from './organization-access';
import { organizationNotFound } from './organization-errors';
import { invitationMail } from './organization-mails';
import { OrganizationsRepository } from './organizations.repository';
import { Transactions } from './transactions';
import { UserDirectoryRepository } from './user-directory.repository';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const DAY_MS = 86_400_000;

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const invitationNotFound = () => new NotFoundException('Invitation not found');

function gone(
  invitation: Invitation,
  organization: Organization | undefined,
  now: Date,
): GoneException | null {
  if (!organization || organization.deletedAt) return new GoneException('The organisation no longer exists');
  switch (invitationStatus(invitation, now)) {
    case 'accepted':
      return new GoneException('This invitation has been used');
    case 'revoked':
      return new GoneException('This invitation has been withdrawn');
    case 'expired':
      return new GoneException('This invitation has expired: ask for a new one');
    default:
      return null;
  }
}

/**
 * Invitations by email. The link's token is random (256 bits) and shown only in the mail; the table
 * holds its SHA-256. An invitation is accepted once, by the user whose account has the invited email,
 * within INVITATION_TTL_DAYS.
 */
@Injectable()
export class InvitationsService {
  private readonly logger = new Logger('Invitations');

  constructor(
    private readonly organizations: OrganizationsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly invitations: InvitationsRepository,
    private readonly users: UserDirectoryRepository,
    private readonly access: OrganizationAccess,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
    private readonly mail: MailPort,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adminReads: AdminReads,
  ) {}

  /** Owners and admins invite; only owners invite owners. Sending again replaces an open invitation. */
  async invite(
    caller: Caller,
    organizationId: string,
    input: { email: string; role: OrganizationRole },
  ): Promise<{ invitation: Invitation; emailSent: boolean }> {
    const organization = await this.organizations.findById(organizationId);
    if (!organization) throw organizationNotFound();
    await this.access.requireManager(caller, organizationId);
    if (input.role === 'owner') await this.access.requireOwner(caller, organizationId);
    const email = input.email.trim().toLowerCase();
    const invitee = await this.users.findByEmail(email);
    if (invitee && (await this.memberships.find(organizationId, invitee.id))) {
      throw new ConflictException('This person is a member of the organisation already');
    }

    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const invitation = await this.transactions.run(async (manager) => {
      for (const earlier of await this.invitations.findPending(manager, organizationId, email, now)) {
        await this.invitations.markRevoked(manager, earlier.id, now);
        await this.audit.record(manager, {
          actorUserId: caller.userId,
          entityType: 'invitation',
          entityId: earlier.id,
          action: 'revoke',
          changes: diff({ revokedAt: null }, { revokedAt: now }, ['revokedAt']),
        });
      }
      const created = await this.invitations.insert(manager, {
        organizationId,
        email,
        role: input.role,
        tokenHash: hashInvitationToken(token),
        invitedByUserId: caller.userId,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_DAYS * DAY_MS),
      });
      await this.audit.record(manager, {
        actorUserId: caller.userId,
        entityType: 'invitation',
        entityId: created.id,
        action: 'create',
        changes: diff(null, created, ['organizationId', 'email', 'role', 'expiresAt']),
      });
      return created;
    });

    // After the commit: a mail is never sent for an invitation that was rolled back.
    const inviter = await this.users.findById(caller.userId);
    invitation.invitedBy = inviter;
    const emailSent = await this.send(
      invitationMail({
        to: email,
        locale: invitee?.locale ?? inviter?.locale ?? 'da',
        organizationName: organization.name,
        inviterName: inviter?.name ?? 'Videnbro',
        role: input.role,
        link: `${this.config.publicUrl}/invitations/${token}`,
        expiresAt: invitation.expiresAt,
      }),
    );
    return { invitation, emailSent };
  }

  async list(caller: Caller, organizationId: string): Promise<Invitation[]> {
    if (!(await this.organizations.findById(organizationId))) throw organizationNotFound();
    const role = await this.access.requireManager(caller, organizationId);
    await this.adminReads.recordUnlessEntitled(caller, organizationId, role, 'manager', 'invitations');
    return this.invitations.listForOrganization(organizationId);
  }

  /** Withdraws an invitation that has not been accepted (withdrawing twice is harmless). */
  async revoke(caller: Caller, organizationId: string, invitationId: string): Promise<void> {
    if (!(await this.organizations.findById(organizationId))) throw organizationNotFound();
    await this.access.requireManager(caller, organizationId);
    const invitation = await this.invitations.findInOrganization(organizationId, invitationId);
    if (!invitation) throw invitationNotFound();
    if (invitation.acceptedAt) throw new ConflictException('This invitation has been accepted already');
    if (invitation.revokedAt) return;
    const now = this.clock.now();
    await this.transactions.run(async (manager) => {
      await this.invitations.markRevoked(manager, invitation.id, now);
      await this.audit.record(manager, {
        actorUserId: caller.userId,
        entityType: 'invitation',
        entityId: invitation.id,
        action: 'revoke',
        changes: diff({ revokedAt: null }, { revokedAt: now }, ['revokedAt']),
      });
    });
  }

  /** What the link holder sees: 404 for an unknown token, 410 for a used, withdrawn or expired one. */
  async preview(token: string): Promise<Invitation & { organization: Organization }> {
    const invitation = TOKEN_PATTERN.test(token)
      ? await this.invitations.findByTokenHash(hashInvitationToken(token))
      : null;
    if (!invitation) throw invitationNotFound();
    const problem = gone(invitation, invitation.organization, this.clock.now());
    if (problem) throw problem;
    return invitation as Invitation & { organization: Organization };
  }

  /** The signed-in user joins with the invitation's role, when their email is the invited one. */
  async accept(caller: Caller, token: string): Promise<Membership & { organization: Organization }> {
    const preview = await this.preview(token);
    const user = await this.users.findById(caller.userId);
    if (!user || user.email !== preview.email) {
      throw new ForbiddenException(
        'This invitation was sent to another email address: sign in with that address to accept it',
      );
    }
    const membership = await this.transactions.run(async (manager) => {
      const invitation = await this.invitations.findByTokenHashForUpdate(manager, hashInvitationToken(token));
      if (!invitation) throw invitationNotFound();
      const organization = await this.organizations.findByIdForUpdate(manager, invitation.organizationId);
      const now = this.clock.now();
      const problem = gone(invitation, organization ?? undefined, now);
      if (problem) throw problem;
      if (await this.memberships.find(invitation.organizationId, caller.userId, manager)) {
        throw new ConflictException('You are a member of this organisation already');
      }
      const created = await this.memberships.insert(manager, {
        organizationId: invitation.organizationId,
        userId: caller.userId,
        role: invitation.role,
      });
      await this.invitations.markAccepted(manager, invitation.id, caller.userId, now);
      await this.audit.record(manager, {
        actorUserId: caller.userId,
        entityType: 'invitation',
        entityId: invitation.id,
        action: 'accept',
        changes: diff({ acceptedAt: null }, { acceptedAt: now }, ['acceptedAt']),
      });
      await this.audit.record(manager, {
        actorUserId: caller.userId,
        entityType: 'membership',
        entityId: created.id,
        action: 'create',
        changes: diff(null, created, ['organizationId', 'userId', 'role']),
      });
      return created;
    });
    return { ...membership, organization: preview.organization };
  }

  private async send(message: Parameters<MailPort['send']>[0]): Promise<boolean> {
    try {
      await this.mail.send(message);
      return true;
    } catch (error) {
      this.logger.error({ err: error }, 'The invitation mail could not be sent');
      return false;
    }
  }
}
