import type { CaseRouting } from '@videnbro/domain';

export interface ClusterCandidate {
  id: string;
  name: string;
  strengthAreas: readonly string[];
}

/** What the case is about: the need's (or else the competence's) title, description and tags. */
export interface RoutingSubject {
  text: string;
  tags: readonly string[];
}

export interface RoutingInput {
  /** The cluster of the broker who creates the case from a match. */
  brokerClusterId?: string;
  /** The clusters the company is a member of. */
  companyClusters: readonly ClusterCandidate[];
  /** The clusters the institution is a member of. */
  institutionClusters: readonly ClusterCandidate[];
  /** Every cluster. */
  allClusters: readonly ClusterCandidate[];
  subject: RoutingSubject | null;
}

export interface Routing {
  ownerClusterId: string;
  /** The owner first, then the co-brokering clusters. */
  clusterIds: string[];
  routing: CaseRouting;
  /** The owner's strength areas that fit the subject. */
  routingTerms: string[];
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The strength areas of a cluster that fit the subject. An area fits when it is one of the tags, when
 * the whole area appears in the text, or when one of its longer words (4+ letters, so "og", "and",
 * "of" do not count) is a word of the text or the tags: "Food and bio" fits a need tagged "food".
 */
export function fittingAreas(cluster: ClusterCandidate, subject: RoutingSubject | null): string[] {
  if (!subject) return [];
  const tags = subject.tags.map((tag) => tag.toLowerCase());
  const text = subject.text.toLowerCase();
  const vocabulary = new Set([...words(subject.text), ...tags.flatMap(words)]);
  return cluster.strengthAreas.filter((area) => {
    const lower = area.toLowerCase().trim();
    if (!lower) return false;
    if (tags.includes(lower) || text.includes(lower)) return true;
    return words(lower).some((word) => word.length >= 4 && vocabulary.has(word));
  });
}

/** The best-fitting cluster: most fitting areas, then name, then id (the same input, the same answer). */
function best(clusters: readonly ClusterCandidate[], subject: RoutingSubject | null) {
  return clusters
    .map((cluster) => ({ cluster, terms: fittingAreas(cluster, subject) }))
    .sort(
      (a, b) =>
        b.terms.length - a.terms.length ||
        a.cluster.name.localeCompare(b.cluster.name, 'da') ||
        a.cluster.id.localeCompare(b.cluster.id),
    )[0];
}

const unique = (ids: string[]) => [...new Set(ids)];

/**
 * Which clusters broker a new case, in this order:
 * 1. a broker creating it from a match: their cluster owns it; the company's clusters co-broker;
 * 2. the company is a member of clusters: they all broker it, the one whose strength areas fit the
 *    subject best owns it (SMEs get their own cluster, who knows them);
 * 3. otherwise the cluster whose strength areas fit the subject best, if any fits at all;
 * 4. otherwise the institution's clusters, the best-fitting owning it.
 * Null when none applies (a company in no cluster, asking without a need that fits any cluster, of an
 * institution in no cluster): the caller says so, rather than a case landing with an arbitrary cluster.
 */
export function routeCase(input: RoutingInput): Routing | null {
  const companyIds = input.companyClusters.map((c) => c.id);
  if (input.brokerClusterId) {
    const owner = input.allClusters.find((c) => c.id === input.brokerClusterId);
    return {
      ownerClusterId: input.brokerClusterId,
      clusterIds: unique([input.brokerClusterId, ...companyIds]),
      routing: 'broker',
      routingTerms: owner ? fittingAreas(owner, input.subject) : [],
    };
  }
  if (input.companyClusters.length) {
    const owner = best(input.companyClusters, input.subject);
    return {
      ownerClusterId: owner.cluster.id,
      clusterIds: unique([owner.cluster.id, ...companyIds]),
      routing: 'company_membership',
      routingTerms: owner.terms,
    };
  }
  const fit = input.allClusters.length ? best(input.allClusters, input.subject) : undefined;
  if (fit?.terms.length) {
    return {
      ownerClusterId: fit.cluster.id,
      clusterIds: [fit.cluster.id],
      routing: 'strength_areas',
      routingTerms: fit.terms,
    };
  }
  if (input.institutionClusters.length) {
    const owner = best(input.institutionClusters, input.subject);
    return {
      ownerClusterId: owner.cluster.id,
      clusterIds: unique([owner.cluster.id, ...input.institutionClusters.map((c) => c.id)]),
      routing: 'institution_membership',
      routingTerms: owner.terms,
    };
  }
  return null;
}
