import { ForbiddenException, Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@videnbro/access';

/**
 * What activities ask about memberships. The organisations feature answers (its `OrganizationAccess`
 * has these methods); the app wires it in through `ActivitiesModule.register`, since one feature
 * library may not import another.
 */
export interface ActivityMemberships {
  /** The (live) organisations the user belongs to. */
  membershipsOf(userId: string): Promise<{ organizationId: string }[]>;
  /** The clusters the user is a broker for: the cluster organisations they are a member of. */
  brokerClusterIdsOf(userId: string): Promise<string[]>;
}

export const ACTIVITY_MEMBERSHIPS = Symbol('ActivityMemberships');

/**
 * What one caller may do with activities, participations and funding records, decided once per
 * request. Brokers read and change their own clusters' records; programme staff read everything;
 * platform admins read and change everything; members of an organisation read that organisation's
 * participations. Nobody else gets anything.
 */
export class ActivityScope {
  constructor(
    readonly caller: Caller,
    readonly brokerClusterIds: readonly string[],
    private readonly organizationIds: readonly string[],
  ) {}

  get userId(): string {
    return this.caller.userId;
  }

  get isPlatformAdmin(): boolean {
    return this.caller.roles.includes('admin');
  }

  /** Programme staff and platform admins read every cluster's records. */
  get readsAll(): boolean {
    return this.isPlatformAdmin || this.caller.roles.includes('programme');
  }

  /** The clusters whose records the caller may read: null for all of them. */
  get readableClusterIds(): readonly string[] | null {
    return this.readsAll ? null : this.brokerClusterIds;
  }

  mayReadCluster(clusterId: string): boolean {
    return this.readsAll || this.brokerClusterIds.includes(clusterId);
  }

  mayEditCluster(clusterId: string): boolean {
    return this.isPlatformAdmin || this.brokerClusterIds.includes(clusterId);
  }

  /** An activity is read and changed through any of the clusters that organise it. */
  mayReadAny(clusterIds: readonly string[]): boolean {
    return this.readsAll || clusterIds.some((id) => this.brokerClusterIds.includes(id));
  }

  mayEditAny(clusterIds: readonly string[]): boolean {
    return this.isPlatformAdmin || clusterIds.some((id) => this.brokerClusterIds.includes(id));
  }

  /** A linked case's parties are shown to its clusters' brokers and admins, as in the cases feature. */
  mayReadCase(caseClusterIds: readonly string[]): boolean {
    return this.isPlatformAdmin || caseClusterIds.some((id) => this.brokerClusterIds.includes(id));
  }

  mayReadParticipationsOf(organizationId: string): boolean {
    return this.readsAll || this.organizationIds.includes(organizationId);
  }

  /** 403 for callers who see no cluster's records at all (companies, institutions, strangers). */
  requireClusterReader(): void {
    if (!this.readsAll && !this.brokerClusterIds.length) {
      throw new ForbiddenException(
        "Only a cluster's brokers, programme staff and platform admins may see its activities and funding",
      );
    }
  }

  /** 403 unless the caller may read the cluster's records (the `cluster` filter of the lists). */
  requireReadableCluster(clusterId: string): void {
    this.requireClusterReader();
    if (!this.mayReadCluster(clusterId)) {
      throw new ForbiddenException("Only the cluster's own brokers may see its activities and funding");
    }
  }
}

/** Builds the caller's ActivityScope from their memberships. */
@Injectable()
export class ActivityAccess {
  constructor(@Inject(ACTIVITY_MEMBERSHIPS) private readonly memberships: ActivityMemberships) {}

  async scopeFor(caller: Caller): Promise<ActivityScope> {
    const [brokerClusterIds, memberships] = await Promise.all([
      this.memberships.brokerClusterIdsOf(caller.userId),
      this.memberships.membershipsOf(caller.userId),
    ]);
    return new ActivityScope(
      caller,
      brokerClusterIds,
      memberships.map((m) => m.organizationId),
    );
  }
}
