import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@videnbro/access';
import { MEMBERSHIP_DIRECTORY } from './membership-directory';
import type { MembershipDirectory, OrganizationMembership } from './membership-directory';

/** A SQL condition with its named parameters, for a TypeORM query builder. */
export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * What one caller may read, decided once per request from who they are. Every read path (lists,
 * details, externalId lookups, counts, the 403-or-404 choice of writes) applies `readCondition`, so
 * they cannot disagree:
 * - members of the owning organisation see its postings in every status, drafts included;
 * - everyone else sees no drafts, and of the rest: `public` ones always; `registered` ones when signed
 *   in; `brokers` ones when they are platform admins or programme staff, or brokers of a cluster the
 *   owning organisation is a member of.
 * Personal contact details are shown inside the owning organisation only.
 */
export class PostingScope {
  constructor(
    readonly caller: Caller | undefined,
    private readonly memberships: readonly OrganizationMembership[],
    private readonly brokerClusterIds: readonly string[],
  ) {}

  static anonymous(): PostingScope {
    return new PostingScope(undefined, [], []);
  }

  get userId(): string | null {
    return this.caller?.userId ?? null;
  }

  get isPlatformAdmin(): boolean {
    return this.caller?.roles.includes('admin') ?? false;
  }

  /** Platform admins and programme staff read confidential (`brokers`) postings of every organisation. */
  get isStaff(): boolean {
    return this.isPlatformAdmin || (this.caller?.roles.includes('programme') ?? false);
  }

  get organizationIds(): readonly string[] {
    return this.memberships.map((membership) => membership.organizationId);
  }

  isMemberOf(organizationId: string): boolean {
    return this.memberships.some((membership) => membership.organizationId === organizationId);
  }

  /**
   * Who may change a posting: its author while still a member of the organisation, the organisation's
   * owners and admins, platform admins.
   */
  mayEdit(posting: { organizationId: string; authorUserId: string | null }): boolean {
    if (this.isPlatformAdmin) return true;
    const membership = this.memberships.find((m) => m.organizationId === posting.organizationId);
    return membership !== undefined && (membership.manages || posting.authorUserId === this.userId);
  }

  /** The read rule on the posting table aliased `alias` (its organisation_id, status, visibility). */
  readCondition(alias: string): SqlCondition {
    const params: Record<string, unknown> = {};
    const readable = [`${alias}.visibility = 'public'`];
    if (this.caller) readable.push(`${alias}.visibility = 'registered'`);
    if (this.isStaff) {
      readable.push(`${alias}.visibility = 'brokers'`);
    } else if (this.brokerClusterIds.length) {
      params.readerClusterIds = this.brokerClusterIds;
      readable.push(
        `(${alias}.visibility = 'brokers' and exists (select 1 from cluster_memberships reader_cm` +
          ` where reader_cm.member_organization_id = ${alias}.organization_id` +
          ` and reader_cm.cluster_id = any(:readerClusterIds)))`,
      );
    }
    let sql = `(${alias}.status <> 'draft' and (${readable.join(' or ')}))`;
    if (this.memberships.length) {
      params.readerOrganizationIds = this.organizationIds;
      sql = `(${alias}.organization_id = any(:readerOrganizationIds) or ${sql})`;
    }
    return { sql, params };
  }
}

/** Builds the caller's PostingScope: one lookup of their memberships and broker clusters. */
@Injectable()
export class PostingVisibility {
  constructor(@Inject(MEMBERSHIP_DIRECTORY) private readonly directory: MembershipDirectory) {}

  async scopeFor(caller: Caller | undefined): Promise<PostingScope> {
    if (!caller) return PostingScope.anonymous();
    const [memberships, clusterIds] = await Promise.all([
      this.directory.membershipsOf(caller.userId),
      this.directory.brokerClusterIdsOf(caller.userId),
    ]);
    return new PostingScope(caller, memberships, clusterIds);
  }
}
