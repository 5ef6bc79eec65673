import type { Caller } from '@videnbro/access';

/**
 * Who is searching, as far as visibility goes: decided on the server from the session, once per
 * request. The same rule as the database read paths (posting-visibility.ts in the postings feature),
 * expressed on the fields of the search documents:
 * - `public` documents (every organisation profile is one) for everyone;
 * - `registered` ones for anyone signed in;
 * - `brokers` ones for platform admins and programme staff, for brokers of a cluster the owning
 *   organisation is a member of, and for the owning organisation's own members.
 * Drafts, closed and deleted postings are never in the index, so there is nothing to filter there.
 */
export interface SearchAudience {
  signedIn: boolean;
  /** Platform admins and programme staff. */
  staff: boolean;
  memberOrganizationIds: readonly string[];
  brokerClusterIds: readonly string[];
}

export const ANONYMOUS: SearchAudience = {
  signedIn: false,
  staff: false,
  memberOrganizationIds: [],
  brokerClusterIds: [],
};

export function isStaff(caller: Pick<Caller, 'roles'> | undefined): boolean {
  return caller?.roles.some((role) => role === 'admin' || role === 'programme') ?? false;
}

/** A string as a Meilisearch filter value: quoted, with backslashes and quotes escaped. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `attribute IN ["a", "b"]`, every value quoted. */
export function anyOf(attribute: string, values: readonly string[]): string {
  return `${attribute} IN [${values.map(quote).join(', ')}]`;
}

/** The visibility part of every search filter; null for staff, who may read every indexed document. */
export function visibilityFilter(audience: SearchAudience): string | null {
  if (audience.staff) return null;
  const readable = [`visibility = "public"`];
  if (audience.signedIn) readable.push(`visibility = "registered"`);
  if (audience.brokerClusterIds.length) {
    readable.push(`(visibility = "brokers" AND ${anyOf('clusterIds', audience.brokerClusterIds)})`);
  }
  if (audience.memberOrganizationIds.length) {
    readable.push(anyOf('organizationId', audience.memberOrganizationIds));
  }
  return `(${readable.join(' OR ')})`;
}
