import type { OrganizationKind, RegionId } from '@videnbro/domain';
import type { SearchDocument } from '@videnbro/search-index';
import { contentTerms, sharedTerms } from './match-terms';

/**
 * The transparent part of matching: every candidate gets the same few signals (each 0–1), the score is
 * their weighted mean, and the reasons say what produced each signal. Pure functions: the same
 * candidates give the same ranking.
 */

export const SIGNALS = ['text', 'tags', 'formats', 'partnerKind', 'region', 'experience', 'cluster'] as const;
export type Signal = (typeof SIGNALS)[number];
export type Signals = Record<Signal, number>;

/**
 * How much each signal counts. Text relevance and experience carry most of the ranking; nearness
 * (region, else country) comes next; the other structured signals separate candidates of similar
 * relevance. Tuned on the labelled sets of `bench:matching`.
 */
export const WEIGHTS: Signals = {
  text: 0.3,
  tags: 0.05,
  formats: 0.06,
  partnerKind: 0.05,
  region: 0.12,
  experience: 0.39,
  cluster: 0.03,
};

const MAX_SHARED_TERMS = 12;
/** How many of an organisation's postings are shown with it. */
const BEST_POSTINGS = 3;
const EVIDENCE_POSTINGS = 4;
const EXPERIENCE_SHARES: Experience = { relevant: 0.1, inField: 0.8, total: 0.1 };
const EXPERIENCE_KEYS = ['relevant', 'inField', 'total'] as const;

/** What is sought: one posting, or the postings of one organisation. */
export interface MatchSource {
  organizationId: string;
  kind: OrganizationKind;
  region: RegionId | null;
  country: string;
  clusterIds: readonly string[];
  terms: readonly string[];
  tags: readonly string[];
  formats: readonly string[];
  /** Kinds of partner the source's needs seek; empty when it does not say or posts no needs. */
  partnerKinds: readonly string[];
}

/** A posting found for the source, with its text relevance (weighted mean of Meilisearch scores). */
export interface Candidate {
  document: SearchDocument;
  relevance: number;
}

/**
 * The source's fields (tags) among the target postings: how many postings there are, and per tag how
 * many carry it (few: a telling tag, many: a broad field) and, for the organisations with most of
 * them, how many of theirs do.
 */
export interface Fields {
  postings: number;
  tags: readonly { postings: number; byOrganization: ReadonlyMap<string, number> }[];
}

/**
 * How much relevant work an organisation has: its postings among the candidates, those that share a
 * tag with the source (its work in the source's fields), and its postings in all.
 */
export interface Experience {
  relevant: number;
  inField: number;
  total: number;
}

export interface MatchReasons {
  sharedTerms: string[];
  sharedTags: string[];
  formats: string[];
  /** Whether the candidate is the kind of partner sought; null when nobody said. */
  partnerKindFit: boolean | null;
  /** The shared region, when both sides have the same one. */
  region: RegionId | null;
  /** The shared country, when both sides are in the same one. */
  country: string | null;
  experience: Experience | null;
  sharedClusterIds: string[];
  signals: Signals;
}

export interface ScoredPosting {
  document: SearchDocument;
  score: number;
  reasons: MatchReasons;
}

export interface ScoredOrganization extends ScoredPosting {
  /** The organisation's best postings among the candidates, best first. */
  postings: Candidate[];
}

const textOf = (document: SearchDocument) =>
  `${document.title} ${document.tags.join(' ')} ${document.description}`;

export function sourceOf(documents: readonly SearchDocument[], organization: SearchDocument): MatchSource {
  const union = (pick: (document: SearchDocument) => readonly string[]) => [
    ...new Set(documents.flatMap(pick)),
  ];
  return {
    organizationId: organization.organizationId,
    kind: organization.kind,
    region: documents.length === 1 ? documents[0].region : organization.region,
    country: organization.country,
    clusterIds: organization.clusterIds,
    terms: contentTerms(documents.map(textOf).join(' ')),
    tags: union((document) => document.tags.map(lower)),
    formats: union((document) => document.formats),
    partnerKinds: union((document) => (document.type === 'need' ? document.partnerKinds : [])),
  };
}

/** The best `limit` candidate postings, scored one by one (group=competence, and needs for a competence). */
export function scorePostings(
  source: MatchSource,
  candidates: readonly Candidate[],
  experience: { facts: ReadonlyMap<string, Experience>; fields: Fields } | null,
  limit: number,
): ScoredPosting[] {
  const prior = experience ? experiencePrior(experience.facts, experience.fields) : null;
  const ranked = rank(
    candidates.map((candidate) => {
      const { document } = candidate;
      const organizationExperience = experience?.facts.get(document.organizationId) ?? null;
      return scored(source, document, [candidate], {
        text: candidate.relevance,
        experience: prior ? prior(document.organizationId) : null,
        experienceFacts: organizationExperience,
      });
    }),
  );
  return ranked.slice(0, limit).map((item) => withSharedTerms(source, item, [item.document]));
}

/**
 * The best `limit` organisations, scored on their postings among the candidates and on their
 * experience. An organisation with much work in the source's fields is scored even when no posting of
 * it was found by text.
 */
export function scoreOrganizations(
  source: MatchSource,
  candidates: readonly Candidate[],
  organizations: ReadonlyMap<string, SearchDocument>,
  experience: ReadonlyMap<string, Experience>,
  fields: Fields,
  limit: number,
): ScoredOrganization[] {
  const byOrganization = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const list = byOrganization.get(candidate.document.organizationId) ?? [];
    list.push(candidate);
    byOrganization.set(candidate.document.organizationId, list);
  }
  const prior = experiencePrior(experience, fields);
  const ranked = rank(
    [...organizations.entries()].map(([organizationId, organization]) => {
      const best = [...(byOrganization.get(organizationId) ?? [])].sort(byRelevance);
      const result = scored(source, organization, best, {
        text: evidence(best),
        experience: prior(organizationId),
        experienceFacts: experience.get(organizationId) ?? null,
      });
      return { ...result, postings: best.slice(0, BEST_POSTINGS) };
    }),
  );
  return ranked.slice(0, limit).map((item) =>
    withSharedTerms(
      source,
      item,
      item.postings.map((posting) => posting.document),
    ),
  );
}

/**
 * The terms an item shares with the source, from the postings shown with it. Worked out for the items
 * returned only: it reads every description, which for all candidates took longer than the ranking.
 */
function withSharedTerms<T extends ScoredPosting>(
  source: MatchSource,
  item: T,
  documents: readonly SearchDocument[],
): T {
  const terms = new Set(contentTerms(documents.map(textOf).join(' ')));
  return {
    ...item,
    reasons: { ...item.reasons, sharedTerms: sharedTerms(source.terms, terms).slice(0, MAX_SHARED_TERMS) },
  };
}

/**
 * An organisation's text relevance: its best postings, each counting half as much as the one before,
 * over what four equally relevant postings would give; several relevant postings beat a single one.
 */
function evidence(best: readonly Candidate[]): number {
  let sum = 0;
  let max = 0;
  for (let index = 0; index < EVIDENCE_POSTINGS; index++) {
    sum += (best[index]?.relevance ?? 0) / 2 ** index;
    max += 1 / 2 ** index;
  }
  return sum / max;
}

/**
 * Experience as a signal: above all the organisation's postings in the source's fields, a little its
 * postings among the candidates and in all; each on a log scale relative to the most experienced
 * candidate (a hundred competencies are not ten times as telling as ten). A posting counts once per
 * source tag it carries, weighted by the tag's rarity: ten postings on `sensors` say more about a need
 * on sensors and bioeconomy than ten on the broad `bioeconomy`.
 */
function experiencePrior(
  experience: ReadonlyMap<string, Experience>,
  fields: Fields,
): (organizationId: string) => number {
  const max: Experience = { relevant: 0, inField: 0, total: 0 };
  const inField = new Map<string, number>();
  for (const [organizationId, facts] of experience) {
    for (const key of EXPERIENCE_KEYS) max[key] = Math.max(max[key], facts[key]);
    let weighted = 0;
    for (const tag of fields.tags) {
      weighted += rarity(tag.postings, fields.postings) * (tag.byOrganization.get(organizationId) ?? 0);
    }
    inField.set(organizationId, Math.log1p(weighted));
  }
  const mostInField = Math.max(0, ...inField.values());
  const share = (value: number, most: number) => (most > 0 ? Math.log1p(value) / Math.log1p(most) : 0);
  return (organizationId) => {
    const facts = experience.get(organizationId);
    if (!facts) return 0;
    return (
      EXPERIENCE_SHARES.relevant * share(facts.relevant, max.relevant) +
      EXPERIENCE_SHARES.inField * (mostInField > 0 ? (inField.get(organizationId) ?? 0) / mostInField : 0) +
      EXPERIENCE_SHARES.total * share(facts.total, max.total)
    );
  };
}

/**
 * How telling a tag carried by `tagged` of `all` postings is: the square root of its inverse document
 * frequency, damped so that a rare tag outweighs a broad field without drowning it (on the labelled
 * sets the undamped weight favoured small specialists over the partners actually chosen).
 */
function rarity(tagged: number, all: number): number {
  return Math.sqrt(Math.log1p(all / Math.max(1, tagged)));
}

function scored(
  source: MatchSource,
  organization: SearchDocument,
  postings: readonly Candidate[],
  given: { text: number; experience: number | null; experienceFacts: Experience | null },
): ScoredPosting {
  const documents = postings.map((posting) => posting.document);
  const candidateTags = new Set(documents.flatMap((document) => document.tags.map(lower)));
  const candidateFormats = new Set(documents.flatMap((document) => document.formats));
  const sharedTags = source.tags.filter((tag) => candidateTags.has(tag));
  const formats = source.formats.filter((format) => candidateFormats.has(format));
  const partnerKindFit = kindFit(source, organization, documents);
  // The organisation's region, or a region its postings name.
  const regions = [organization.region, ...documents.map((document) => document.region)];
  const region = source.region && regions.includes(source.region) ? source.region : null;
  const country = organization.country === source.country ? source.country : null;
  const sharedClusterIds = source.clusterIds.filter((id) => organization.clusterIds.includes(id));
  const signals: Signals = {
    text: given.text,
    tags: source.tags.length ? sharedTags.length / source.tags.length : 0,
    formats: source.formats.length ? formats.length / source.formats.length : 0,
    partnerKind: partnerKindFit === null ? 0.5 : partnerKindFit ? 1 : 0,
    // Near at hand: the same region, else at least the same country (a partner across a border is
    // harder to meet; on the CORDIS set a partner was in the SME's country 2.6 times the base rate).
    region: region ? 1 : country ? 0.5 : 0,
    experience: given.experience ?? 0,
    cluster: sharedClusterIds.length ? 1 : 0,
  };
  // Experience only counts where there is an organisation behind the candidates to judge.
  const applicable = SIGNALS.filter((signal) => signal !== 'experience' || given.experience !== null);
  const weight = applicable.reduce((sum, signal) => sum + WEIGHTS[signal], 0);
  const score = applicable.reduce((sum, signal) => sum + WEIGHTS[signal] * signals[signal], 0) / weight;
  return {
    document: organization,
    score,
    reasons: {
      // Filled in for the items returned (withSharedTerms).
      sharedTerms: [],
      sharedTags,
      formats,
      partnerKindFit,
      region,
      country,
      experience: given.experienceFacts,
      sharedClusterIds,
      signals,
    },
  };
}

/**
 * Does the candidate fit the kinds of partner sought? A need's `partnerKinds` say it: for a need as
 * the source, the candidate organisation's kind must be among them; for needs as candidates, the
 * source's kind must be among theirs.
 */
function kindFit(
  source: MatchSource,
  organization: SearchDocument,
  candidates: readonly SearchDocument[],
): boolean | null {
  if (source.partnerKinds.length) return source.partnerKinds.includes(organization.kind);
  const sought = candidates.flatMap((document) => (document.type === 'need' ? document.partnerKinds : []));
  return sought.length ? sought.includes(source.kind) : null;
}

/** Best first; equal scores by id, so the same data always gives the same order. */
function rank<T extends ScoredPosting>(items: T[]): T[] {
  return items.sort((a, b) => b.score - a.score || compare(a.document.id, b.document.id));
}

function byRelevance(a: Candidate, b: Candidate): number {
  return b.relevance - a.relevance || compare(a.document.id, b.document.id);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const lower = (tag: string) => tag.toLocaleLowerCase('da');
