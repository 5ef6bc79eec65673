import { ConflictException, HttpStatus, Injectable } from '@nestjs/common';
import type { Caller } from '@videnbro/access';
import { AuditLog, diff } from '@videnbro/audit';
import { normaliseCvr } from '@videnbro/domain';
import { fieldError } from '@videnbro/http';
import { Outbox } from '@videnbro/outbox';
import { EntityManager } from 'typeorm';
import { Clock } from './clock';
import { ClusterMembershipsRepository } from './cluster-memberships.repository';
import { isUniqueViolation } from './database-errors';
import type { Organization } from './entities';
import { isPlatformAdmin, OrganizationAccess } from './organization-access';
import { cvrTaken, organizationNotFound, validationFailed } from './organization-errors';
import { PROFILE_FIELDS, resolveProfile } from './organization-rules';
import type { OrganizationProfile, ProfileInput } from './organization-rules';
import { MembershipsRepository } from './memberships.repository';
import { OrganizationsRepository } from './organizations.repository';
import type { OrganizationFilters } from './organizations.repository';
import { Transactions } from './transactions';

export interface NewOrganizationInput extends ProfileInput {
  kind: OrganizationProfile['kind'];
  name: string;
  externalId?: string | null;
}

export interface CreateOptions {
  /** Who is creating it (null for the system: imports, seeding). */
  actorUserId: string | null;
  /** Becomes the first owner. */
  ownerUserId: string | null;
  /** A Danish company must give its CVR number (web sign-ups; imports may lack one). */
  requireCvr: boolean;
  isDemo?: boolean;
}

const AUDITED_FIELDS = [...PROFILE_FIELDS, 'externalId', 'isDemo'] as const;
/** Changes to these re-check that a Danish company has its CVR number. */
const CVR_RULE_FIELDS = ['kind', 'country', 'cvr'] as const;

/** Organisation profiles: creation (the creator becomes owner), updates, soft deletion. */
@Injectable()
export class OrganizationsService {
  constructor(
    private readonly organizations: OrganizationsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly clusterMemberships: ClusterMembershipsRepository,
    private readonly access: OrganizationAccess,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  list(filters: OrganizationFilters) {
    return this.organizations.list(filters);
  }

  async get(id: string): Promise<Organization> {
    const organization = await this.organizations.findById(id);
    if (!organization) throw organizationNotFound();
    return organization;
  }

  /** POST /organizations: a signed-in user creates an organisation and becomes its owner. */
  createForCaller(caller: Caller, input: NewOrganizationInput): Promise<Organization> {
    if (input.externalId && !isPlatformAdmin(caller)) {
      throw fieldError(
        HttpStatus.FORBIDDEN,
        'externalId',
        'Only platform admins may set externalId (imports)',
      );
    }
    return this.create(input, {
      actorUserId: caller.userId,
      ownerUserId: caller.userId,
      requireCvr: !input.externalId,
    });
  }

  /** Creates an organisation, its first owner, the audit entries and the outbox row in one transaction. */
  async create(input: NewOrganizationInput, options: CreateOptions): Promise<Organization> {
    const { profile, problems } = resolveProfile(null, input, { requireCvr: options.requireCvr });
    if (problems.length) throw validationFailed(problems);
    const externalId = input.externalId ?? null;
    await this.assertCvrFree(profile.cvr, null);
    if (externalId && (await this.organizations.findByExternalId(externalId))) throw externalIdTaken();

    return this.mapConflicts(profile.cvr, () =>
      this.transactions.run(async (manager) => {
        const organization = await this.organizations.insert(manager, {
          ...profile,
          externalId,
          isDemo: options.isDemo ?? false,
        });
        await this.audit.record(manager, {
          actorUserId: options.actorUserId,
          entityType: 'organization',
          entityId: organization.id,
          action: 'create',
          changes: diff(null, organization, AUDITED_FIELDS),
        });
        if (options.ownerUserId) {
          const membership = await this.memberships.insert(manager, {
            organizationId: organization.id,
            userId: options.ownerUserId,
            role: 'owner',
          });
          await this.audit.record(manager, {
            actorUserId: options.actorUserId,
            entityType: 'membership',
            entityId: membership.id,
            action: 'create',
            changes: diff(null, membership, ['organizationId', 'userId', 'role']),
          });
        }
        await this.outbox.enqueue(manager, 'organization', organization.id, 'upsert');
        return organization;
      }),
    );
  }

  /** PATCH /organizations/:id: owners and admins of the organisation, and platform admins. */
  async update(caller: Caller, id: string, input: ProfileInput): Promise<Organization> {
    await this.get(id);
    await this.access.requireManager(caller, id);
    return this.mapConflicts(input.cvr ?? null, () =>
      this.transactions.run(async (manager) => {
        const current = await this.organizations.findByIdForUpdate(manager, id);
        if (!current) throw organizationNotFound();
        // Imported organisations may lack a CVR number; anything else must keep the rule when it is touched.
        const requireCvr = current.externalId === null && CVR_RULE_FIELDS.some((f) => input[f] !== undefined);
        const { profile, problems } = resolveProfile(current, input, { requireCvr });
        if (problems.length) throw validationFailed(problems);
        const changes = diff(current, profile, PROFILE_FIELDS);
        if (!Object.keys(changes).length) return current;
        if (changes.cvr) await this.assertCvrFree(profile.cvr, id, manager);
        if (changes.kind && current.kind === 'cluster') await this.assertNoClusterMembers(manager, id);
        const updated = await this.organizations.update(manager, id, profile);
        await this.audit.record(manager, {
          actorUserId: caller.userId,
          entityType: 'organization',
          entityId: id,
          action: 'update',
          changes,
        });
        await this.outbox.enqueue(manager, 'organization', id, 'upsert');
        return updated;
      }),
    );
  }

  /** DELETE /organizations/:id: owners and platform admins. Soft: the row and its history stay. */
  async remove(caller: Caller, id: string): Promise<void> {
    await this.get(id);
    await this.access.requireOwner(caller, id);
    await this.transactions.run(async (manager) => {
      const current = await this.organizations.findByIdForUpdate(manager, id);
      if (!current) throw organizationNotFound();
      const deletedAt = this.clock.now();
      await this.organizations.softDelete(manager, id, deletedAt);
      await this.audit.record(manager, {
        actorUserId: caller.userId,
        entityType: 'organization',
        entityId: id,
        action: 'delete',
        changes: diff({ deletedAt: null }, { deletedAt }, ['deletedAt']),
      });
      await this.outbox.enqueue(manager, 'organization', id, 'delete');
    });
  }

  private async assertCvrFree(cvr: string | null, ownId: string | null, manager?: EntityManager) {
    if (!cvr) return;
    const existing = await this.organizations.findByCvr(cvr, manager);
    if (existing && existing.id !== ownId) throw cvrTaken(existing);
  }

  private async assertNoClusterMembers(manager: EntityManager, clusterId: string) {
    if ((await this.clusterMemberships.countMembers(manager, clusterId)) > 0) {
      throw new ConflictException(
        'This cluster has member organisations: remove them before changing its kind',
      );
    }
  }

  /** A unique index that fired after the checks (two requests at once) still answers 409. */
  private async mapConflicts<T>(cvr: string | null, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error, 'uq_organizations_cvr') && cvr) {
        const normalised = normaliseCvr(cvr);
        const existing = normalised ? await this.organizations.findByCvr(normalised) : null;
        if (existing) throw cvrTaken(existing);
      }
      if (isUniqueViolation(error, 'uq_organizations_external_id')) throw externalIdTaken();
      throw error;
    }
  }
}

function externalIdTaken() {
  return fieldError(HttpStatus.CONFLICT, 'externalId', 'An organisation with this externalId exists already');
}
