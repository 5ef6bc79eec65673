import {
  DESCRIPTION_LENGTH,
  isCollaborationFormat,
  isMunicipalityId,
  isValidCvr,
  isValidNaceCode,
  KNOWLEDGE_INSTITUTION_KINDS,
  municipalityById,
  REGION_IDS,
  tagsProblem,
  TITLE_LENGTH,
} from '@videnbro/domain';
import type { MunicipalityId } from '@videnbro/domain';
import { DEMO_USERS } from '../demo-users';
import { generateCatalogue } from './generate';
import { Prng } from './prng';

const catalogue = generateCatalogue();
const organizations = [...catalogue.clusters, ...catalogue.institutions, ...catalogue.smes];
const postings = [...catalogue.needs, ...catalogue.competencies];

describe('the demo catalogue', () => {
  it('is the same on every run, and another seed gives another one', () => {
    expect(generateCatalogue()).toEqual(catalogue);
    expect(generateCatalogue(1).smes.map((sme) => sme.name)).not.toEqual(
      catalogue.smes.map((sme) => sme.name),
    );
  });

  it('has the 14 national clusters with strength areas', () => {
    expect(catalogue.clusters).toHaveLength(14);
    expect(new Set(catalogue.clusters.map((cluster) => cluster.name)).size).toBe(14);
    for (const cluster of catalogue.clusters) expect(cluster.strengthAreas.length).toBeGreaterThanOrEqual(3);
  });

  it('has about 60 knowledge institutions of every kind, with 3 to 10 competencies each', () => {
    expect(catalogue.institutions.length).toBeGreaterThanOrEqual(55);
    expect(catalogue.institutions.length).toBeLessThanOrEqual(65);
    expect(new Set(catalogue.institutions.map((row) => row.kind))).toEqual(
      new Set(KNOWLEDGE_INSTITUTION_KINDS),
    );
    for (const institution of catalogue.institutions) {
      const count = catalogue.competencies.filter(
        (c) => c.organizationExternalId === institution.externalId,
      ).length;
      expect(count).toBeGreaterThanOrEqual(3);
      expect(count).toBeLessThanOrEqual(10);
    }
  });

  it('has about 300 SMEs across every region, size band and cluster field, and about 400 needs', () => {
    expect(catalogue.smes).toHaveLength(300);
    const regions = new Set(
      catalogue.smes.map((sme) => municipalityById(sme.municipality as MunicipalityId)?.region),
    );
    expect(regions).toEqual(new Set(REGION_IDS));
    expect(new Set(catalogue.smes.map((sme) => sme.employeeBand))).toEqual(
      new Set(['1-9', '10-49', '50-249']),
    );
    expect(new Set(catalogue.smes.map((sme) => sme.domains[0])).size).toBe(14);
    expect(catalogue.needs.length).toBeGreaterThanOrEqual(350);
    expect(catalogue.needs.length).toBeLessThanOrEqual(450);
  });

  it('gives every company a unique, valid CVR number; the real institutions and clusters none', () => {
    const cvrs = catalogue.smes.map((sme) => sme.cvr as string);
    expect(cvrs.every(isValidCvr)).toBe(true);
    expect(new Set(cvrs).size).toBe(cvrs.length);
    expect([...catalogue.clusters, ...catalogue.institutions].every((org) => org.cvr === null)).toBe(true);
  });

  it('uses valid municipalities, industry codes and unique names and externalIds', () => {
    for (const org of organizations) {
      expect(isMunicipalityId(org.municipality)).toBe(true);
      expect(org.industryCodes.length).toBeGreaterThan(0);
      expect(org.industryCodes.every(isValidNaceCode)).toBe(true);
    }
    expect(new Set(organizations.map((org) => org.name)).size).toBe(organizations.length);
    expect(new Set(organizations.map((org) => org.externalId)).size).toBe(organizations.length);
    expect(new Set(postings.map((posting) => posting.externalId)).size).toBe(postings.length);
  });

  it('writes postings the API would accept, in Danish and English, with every visibility', () => {
    for (const posting of postings) {
      expect(posting.title.length).toBeGreaterThanOrEqual(TITLE_LENGTH.min);
      expect(posting.title.length).toBeLessThanOrEqual(TITLE_LENGTH.max);
      expect(posting.description.length).toBeGreaterThanOrEqual(DESCRIPTION_LENGTH.min);
      expect(posting.description).not.toMatch(/\{\w\}|undefined/);
      expect(tagsProblem(posting.tags)).toBeNull();
      expect(posting.formats.length).toBeGreaterThan(0);
      expect(posting.formats.every(isCollaborationFormat)).toBe(true);
    }
    expect(new Set(postings.map((posting) => posting.languages[0]))).toEqual(new Set(['da', 'en']));
    expect(new Set(catalogue.needs.map((need) => need.visibility))).toEqual(
      new Set(['public', 'registered', 'brokers']),
    );
    // Varied text for search and matching benchmarks, not one sentence repeated.
    expect(new Set(catalogue.needs.map((need) => need.description)).size).toBe(catalogue.needs.length);
    expect(new Set(catalogue.needs.map((need) => need.title)).size).toBeGreaterThan(200);
  });

  it('links cluster memberships to existing clusters and members, once each, with a yearly fee', () => {
    const clusterIds = new Set(catalogue.clusters.map((cluster) => cluster.externalId));
    const memberIds = new Set([...catalogue.smes, ...catalogue.institutions].map((org) => org.externalId));
    const pairs = catalogue.clusterMemberships.map((m) => `${m.clusterExternalId}:${m.memberExternalId}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const membership of catalogue.clusterMemberships) {
      expect(clusterIds.has(membership.clusterExternalId)).toBe(true);
      expect(memberIds.has(membership.memberExternalId)).toBe(true);
      expect(membership.yearlyFeeDkk).toBeGreaterThan(0);
    }
    expect(new Set(catalogue.clusterMemberships.map((m) => m.clusterExternalId)).size).toBe(14);
  });

  it("puts the demo SME in the demo broker's cluster, with a need of each visibility", () => {
    const { sme, cluster } = catalogue.homes;
    expect(catalogue.clusterMemberships).toContainEqual(
      expect.objectContaining({ clusterExternalId: cluster, memberExternalId: sme }),
    );
    const own = catalogue.needs.filter((need) => need.organizationExternalId === sme);
    expect(own.map((need) => need.visibility).sort()).toEqual(['brokers', 'public', 'registered']);
  });

  it("names the demo accounts' organisations as the list printed at start describes them", () => {
    const nameOf = (externalId: string) =>
      organizations.find((org) => org.externalId === externalId)?.name as string;
    for (const demo of DEMO_USERS.filter((user) => user.membership?.of !== 'sme')) {
      if (demo.membership) expect(demo.description).toContain(nameOf(catalogue.homes[demo.membership.of]));
    }
    const smeUser = DEMO_USERS.find((user) => user.membership?.of === 'sme');
    expect(smeUser?.description).toContain(nameOf(catalogue.homes.cluster));
  });
});

describe('the seeded PRNG', () => {
  const sequence = (seed: number) => {
    const rng = new Prng(seed);
    return Array.from({ length: 5 }, () => rng.next());
  };

  it('repeats its sequence for a seed, and another seed gives another one', () => {
    expect(sequence(7)).toEqual(sequence(7));
    expect(sequence(8)).not.toEqual(sequence(7));
  });

  it('draws integers over the whole range, bounds included', () => {
    const rng = new Prng(42);
    const values = Array.from({ length: 1000 }, () => rng.int(1, 6));
    expect(new Set(values)).toEqual(new Set([1, 2, 3, 4, 5, 6]));
  });
});
