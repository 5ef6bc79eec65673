import { ForbiddenException, Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@videnbro/access';
import type { CaseParty } from '@videnbro/domain';

/**
 * What cases ask about memberships. The organisations feature answers (its `OrganizationAccess` has
 * these methods); the app wires it in through `CasesModule.register`, since one feature library may
 * not import another.
 */
export interface CaseMemberships {
  /** The (live) organisations the user belongs to. */
  membershipsOf(userId: string): Promise<{ organizationId: string }[]>;
  /** The clusters the user is a broker for: the cluster organisations they are a member of. */
  brokerClusterIdsOf(userId: string): Promise<string[]>;
}

export const CASE_MEMBERSHIPS = Symbol('CaseMemberships');

/** The parts of a case that decide who may see and do what. */
export interface CaseParties {
  companyId: string;
  institutionId: string;
  ownerClusterId: string;
  clusterIds: readonly string[];
}

/**
 * What one caller may do with cases, decided once per request:
 * - brokers of any of the case's clusters (owner or co-broker) and platform admins run the case: they
 *   read everything, notes and decline reasons included, and change it; handing over is the owner
 *   cluster's (and admins') alone;
 * - members of the company or the institution (the parties) read their own case, answer the consent
 *   request and, once both accepted, see each other's contacts and write in the thread;
 * - programme staff see aggregates only (the summary), never a case;
 * - everyone else: the case does not exist for them (404).
 */
export class CaseScope {
  constructor(
    readonly caller: Caller,
    readonly brokerClusterIds: readonly string[],
    readonly organizationIds: readonly string[],
  ) {}

  get userId(): string {
    return this.caller.userId;
  }

  get isPlatformAdmin(): boolean {
    return this.caller.roles.includes('admin');
  }

  get isProgramme(): boolean {
    return this.caller.roles.includes('programme');
  }

  isMemberOf(organizationId: string): boolean {
    return this.organizationIds.includes(organizationId);
  }

  mayBrokerCluster(clusterId: string): boolean {
    return this.isPlatformAdmin || this.brokerClusterIds.includes(clusterId);
  }

  /** Runs the case: a broker of one of its clusters, or a platform admin. */
  brokers(c: CaseParties): boolean {
    return this.isPlatformAdmin || c.clusterIds.some((id) => this.brokerClusterIds.includes(id));
  }

  /** The sides the caller belongs to (both, in the odd case of a member of both organisations). */
  partiesOf(c: CaseParties): CaseParty[] {
    const parties: CaseParty[] = [];
    if (this.isMemberOf(c.companyId)) parties.push('company');
    if (this.isMemberOf(c.institutionId)) parties.push('institution');
    return parties;
  }

  mayRead(c: CaseParties): boolean {
    return this.brokers(c) || this.partiesOf(c).length > 0;
  }

  /** 403 for programme staff without another role in cases: they get aggregates only. */
  refuseProgrammeOnly(): void {
    if (
      this.isProgramme &&
      !this.isPlatformAdmin &&
      !this.brokerClusterIds.length &&
      !this.organizationIds.length
    ) {
      throw new ForbiddenException('Programme staff see case figures only, not cases');
    }
  }

  requireBroker(c: CaseParties, what: string): void {
    if (!this.brokers(c))
      throw new ForbiddenException(`Only the case's brokers and platform admins may ${what}`);
  }
}

/** Builds the caller's CaseScope from their memberships. */
@Injectable()
export class CaseAccess {
  constructor(@Inject(CASE_MEMBERSHIPS) private readonly memberships: CaseMemberships) {}

  async scopeFor(caller: Caller): Promise<CaseScope> {
    const [brokerClusterIds, memberships] = await Promise.all([
      this.memberships.brokerClusterIdsOf(caller.userId),
      this.memberships.membershipsOf(caller.userId),
    ]);
    return new CaseScope(
      caller,
      brokerClusterIds,
      memberships.map((m) => m.organizationId),
    );
  }
}
