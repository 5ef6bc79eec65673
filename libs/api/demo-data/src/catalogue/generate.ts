import {
  BUDGET_BAND_IDS,
  isMunicipalityId,
  KNOWLEDGE_INSTITUTION_KINDS,
  municipalitiesInRegion,
  municipalityById,
  normaliseTags,
  REGION_IDS,
  TIMEFRAME_IDS,
} from '@videnbro/domain';
import type {
  BudgetBand,
  CollaborationFormat,
  EmployeeBand,
  KnowledgeInstitutionKind,
  Language,
  OrganizationKind,
  PostingStatus,
  RegionId,
  Timeframe,
  Visibility,
} from '@videnbro/domain';
import type { DemoMembership } from '../demo-users';
import { fictionalCvr } from './cvr';
import { CLUSTERS, institutionRows, SECOND_CLUSTER } from './organisations';
import { Prng } from './prng';
import {
  COMPETENCE_DESCRIPTIONS,
  COMPETENCE_METHODS,
  COMPETENCE_OFFERS,
  COMPETENCE_TITLES,
  domainById,
  DOMAINS,
  FORMAT_PHRASES,
  inPlace,
  NEED_ASKS,
  NEED_INTROS,
  NEED_OUTCOMES,
  NEED_PROBLEMS,
  NEED_TITLES,
  SIZE_PHRASES,
} from './vocabulary';
import type { Domain, Pair } from './vocabulary';

export const DEMO_SEED = 20_260_101;
export const SME_COUNT = 300;

export interface DemoOrganization {
  externalId: string;
  kind: OrganizationKind;
  name: string;
  /** Fictional, valid check digit: companies only (the real institutions and clusters keep theirs out). */
  cvr: string | null;
  employeeBand: EmployeeBand | null;
  industryCodes: string[];
  municipality: string;
  city: string;
  description: string;
  languages: string[];
  tags: string[];
  strengthAreas: string[];
  /** The field it works in (clusters, SMEs) or fields (institutions). */
  domains: string[];
}

interface DemoPostingBase {
  externalId: string;
  organizationExternalId: string;
  title: string;
  description: string;
  tags: string[];
  formats: CollaborationFormat[];
  regionPreference: RegionId | null;
  languages: Language[];
  visibility: Visibility;
  status: PostingStatus;
}

export type DemoCompetence = DemoPostingBase;

export interface DemoNeed extends DemoPostingBase {
  partnerKinds: OrganizationKind[];
  budgetBand: BudgetBand | null;
  timeframe: Timeframe | null;
}

export interface DemoClusterMembership {
  clusterExternalId: string;
  memberExternalId: string;
  yearlyFeeDkk: number;
  since: string;
}

export interface DemoCatalogue {
  clusters: DemoOrganization[];
  institutions: DemoOrganization[];
  smes: DemoOrganization[];
  needs: DemoNeed[];
  competencies: DemoCompetence[];
  clusterMemberships: DemoClusterMembership[];
  /** The organisation (externalId) each demo account belongs to: the SME is a member of the cluster. */
  homes: Record<DemoMembership, string>;
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w)\}/g, (_, key: string) => values[key] ?? '');
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const lang = (language: Language) => (language === 'da' ? 0 : 1);

function municipality(id: string) {
  const found = isMunicipalityId(id) ? municipalityById(id) : undefined;
  if (!found) throw new Error(`Unknown municipality ${id} in the demo data`);
  return found;
}

/**
 * The whole demo catalogue, as plain data, from a seeded PRNG: the same on every run, so a second seed
 * finds every row by its externalId and adds nothing. Changing the vocabulary changes the catalogue:
 * `npm run seed -- --reset` then replaces the old one.
 */
export function generateCatalogue(seed = DEMO_SEED): DemoCatalogue {
  const rng = new Prng(seed);
  const cvrs = new Set<string>();
  let orgNumber = 0;
  const nextOrgId = () => `demo:org:${++orgNumber}`;

  const clusters: DemoOrganization[] = CLUSTERS.map((cluster) => {
    const domain = domainById(cluster.domain);
    const place = municipality(cluster.municipality);
    return {
      externalId: nextOrgId(),
      kind: 'cluster',
      name: cluster.name,
      cvr: null,
      employeeBand: '10-49',
      industryCodes: ['94'],
      municipality: place.id,
      city: place.name,
      description:
        `National klyngeorganisation for ${domain.label[0]} med styrkepositionerne ` +
        `${cluster.strengthAreas.join(', ')}. Vi matcher virksomheder med videninstitutioner og driver ` +
        `innovationsprojekter. (Demodata.)`,
      languages: ['da', 'en'],
      tags: normaliseTags(domain.tags.slice(0, 4)),
      strengthAreas: [...cluster.strengthAreas],
      domains: [domain.id],
    };
  });

  const institutions: DemoOrganization[] = institutionRows().map((row) => {
    const place = municipality(row.municipality);
    const fields = row.domains.map((id) => domainById(id));
    return {
      externalId: nextOrgId(),
      kind: row.kind,
      name: row.name,
      cvr: null,
      employeeBand: null,
      industryCodes: [row.kind === 'gts_institute' || row.kind === 'research_institute' ? '72' : '85'],
      municipality: place.id,
      city: place.name,
      description:
        `${row.name} forsker, underviser og samarbejder med virksomheder inden for ` +
        `${fields.map((domain) => domain.label[0]).join(', ')}. (Demodata.)`,
      languages: ['da', 'en'],
      tags: normaliseTags(fields.flatMap((domain) => domain.tags.slice(0, 2))),
      strengthAreas: [],
      domains: [...row.domains],
    };
  });

  const names = new Set<string>();
  const smes: DemoOrganization[] = [];
  /** What each company does, in its profile and in its needs. */
  const activityOf = new Map<string, Pair>();
  for (let i = 0; i < SME_COUNT; i++) {
    const domain = DOMAINS[i % DOMAINS.length];
    // Every region and every band comes early; then by weight.
    const region: RegionId =
      i < REGION_IDS.length * 3 ? REGION_IDS[i % REGION_IDS.length] : rng.pick(REGION_IDS);
    const place = rng.pick(municipalitiesInRegion(region));
    const band: EmployeeBand =
      i < 3
        ? (['1-9', '10-49', '50-249'] as const)[i]
        : rng.weighted([
            ['1-9', 45],
            ['10-49', 35],
            ['50-249', 20],
          ]);
    const form =
      band === '1-9'
        ? rng.weighted([
            ['ApS', 7],
            ['I/S', 2],
            ['A/S', 1],
          ])
        : rng.weighted([
            ['ApS', 5],
            ['A/S', 5],
          ]);
    let name = `${rng.pick(domain.stems)} ${rng.pick(domain.endings)} ${form}`;
    if (names.has(name)) name = `${name.slice(0, -form.length - 1)} ${place.name} ${form}`;
    for (let n = 2; names.has(name); n++)
      name = `${rng.pick(domain.stems)} ${rng.pick(domain.endings)} ${n} ${form}`;
    names.add(name);
    const externalId = nextOrgId();
    const activity = rng.pick(domain.activities);
    activityOf.set(externalId, activity);
    smes.push({
      externalId,
      kind: 'sme',
      name,
      cvr: fictionalCvr(rng, cvrs),
      employeeBand: band,
      industryCodes: rng.sample(domain.divisions, rng.int(1, 2)),
      municipality: place.id,
      city: place.name,
      description: `Fiktiv demovirksomhed ${inPlace(place.name)[0]}: vi ${activity[0]}.`,
      languages: rng.chance(0.4) ? ['da', 'en'] : ['da'],
      tags: normaliseTags(rng.sample(domain.tags, 3)),
      strengthAreas: [],
      domains: [domain.id],
    });
  }

  // The demo accounts' organisations: the SME is a member of the broker's cluster, in the same field.
  const homes: Record<DemoMembership, string> = {
    sme: smes[0].externalId,
    institution: institutions[0].externalId,
    cluster: clusters[0].externalId,
  };
  const clusterOf = (domainId: string) => clusters.find((cluster) => cluster.domains[0] === domainId);
  const clusterMemberships: DemoClusterMembership[] = [];
  for (const sme of smes) {
    const count =
      sme === smes[0]
        ? 1
        : rng.weighted([
            [0, 35],
            [1, 45],
            [2, 20],
          ]);
    const wanted = [sme.domains[0], rng.pick(SECOND_CLUSTER[sme.domains[0]] ?? [])].slice(0, count);
    for (const domainId of wanted) {
      const cluster = clusterOf(domainId);
      if (!cluster) continue;
      const [min, max] =
        sme.employeeBand === '1-9' ? [5, 10] : sme.employeeBand === '10-49' ? [10, 30] : [30, 80];
      clusterMemberships.push({
        clusterExternalId: cluster.externalId,
        memberExternalId: sme.externalId,
        yearlyFeeDkk: rng.int(min, max) * 500,
        since: `${rng.int(2021, 2025)}-${String(rng.int(1, 12)).padStart(2, '0')}-01`,
      });
    }
  }
  // Universities and institutes join the clusters of their fields too (a knowledge-institution member).
  for (const institution of institutions.filter(
    (row) => row.kind === 'university' || row.kind === 'gts_institute',
  )) {
    for (const domainId of institution.domains.slice(0, 2)) {
      const cluster = clusterOf(domainId);
      if (!cluster) continue;
      clusterMemberships.push({
        clusterExternalId: cluster.externalId,
        memberExternalId: institution.externalId,
        yearlyFeeDkk: rng.int(20, 60) * 1000,
        since: '2021-01-01',
      });
    }
  }

  const competencies: DemoCompetence[] = [];
  for (const institution of institutions) {
    const count = rng.int(3, 10);
    const used = new Set<string>();
    for (let k = 0; k < count; k++) {
      const domain = domainById(rng.pick(institution.domains));
      const language: Language = rng.chance(0.6) ? 'da' : 'en';
      const l = lang(language);
      let title = '';
      let topic: Pair = domain.topics[0];
      for (let attempt = 0; attempt < 20 && (!title || used.has(title)); attempt++) {
        topic = rng.pick(domain.topics);
        title = fill(rng.pick(COMPETENCE_TITLES)[l], { t: topic[l] });
      }
      used.add(title);
      const formats = rng.sample(domain.formats, rng.int(1, 3));
      const description = [
        fill(rng.pick(COMPETENCE_DESCRIPTIONS)[l], { o: institution.name, t: topic[l] }),
        fill(rng.pick(COMPETENCE_METHODS)[l], { m: rng.pick(domain.methods)[l] }),
        fill(rng.pick(COMPETENCE_OFFERS)[l], { f: FORMAT_PHRASES[formats[0]][l] }),
      ].join(' ');
      competencies.push({
        externalId: `demo:competence:${competencies.length + 1}`,
        organizationExternalId: institution.externalId,
        title,
        description,
        tags: normaliseTags([...rng.sample(domain.tags, 3), domain.label[l]]),
        formats,
        regionPreference: null,
        languages: [language],
        visibility: rng.weighted<Visibility>([
          ['public', 85],
          ['registered', 15],
        ]),
        status: rng.weighted<PostingStatus>([
          ['open', 90],
          ['draft', 10],
        ]),
      });
    }
  }

  const needs: DemoNeed[] = [];
  for (const sme of smes) {
    const domain: Domain = domainById(sme.domains[0]);
    const isHome = sme === smes[0];
    // The demo SME has one need of each visibility, so the accounts show what each may see.
    const count = isHome
      ? 3
      : rng.weighted([
          [0, 15],
          [1, 45],
          [2, 30],
          [3, 10],
        ]);
    for (let k = 0; k < count; k++) {
      const language: Language = rng.chance(0.62) ? 'da' : 'en';
      const l = lang(language);
      const topic = rng.pick(domain.topics);
      const formats = rng.sample(domain.formats, rng.int(1, 2));
      const values = {
        t: topic[l],
        o: sme.name,
        c: sme.city,
        i: inPlace(sme.city)[l],
        a: (activityOf.get(sme.externalId) as Pair)[l],
        s: SIZE_PHRASES[sme.employeeBand as keyof typeof SIZE_PHRASES][l],
        f: FORMAT_PHRASES[formats[0]][l],
      };
      const description = [
        fill(rng.pick(NEED_INTROS)[l], values),
        `${fill(rng.pick(NEED_PROBLEMS)[l], values)}.`,
        fill(rng.pick(NEED_ASKS)[l], values),
        `${rng.pick(NEED_OUTCOMES)[l]}.`,
      ].join(' ');
      needs.push({
        externalId: `demo:need:${needs.length + 1}`,
        organizationExternalId: sme.externalId,
        title: capitalise(fill(rng.pick(NEED_TITLES)[l], values)),
        description,
        tags: normaliseTags(rng.sample(domain.tags, rng.int(2, 4))),
        formats,
        regionPreference: rng.chance(0.3) ? municipality(sme.municipality).region : null,
        languages: [language],
        visibility: isHome
          ? (['public', 'registered', 'brokers'] as const)[k]
          : rng.weighted<Visibility>([
              ['public', 70],
              ['registered', 22],
              ['brokers', 8],
            ]),
        status: isHome
          ? 'open'
          : rng.weighted<PostingStatus>([
              ['open', 75],
              ['draft', 13],
              ['in_dialogue', 12],
            ]),
        partnerKinds: rng.sample<KnowledgeInstitutionKind>(KNOWLEDGE_INSTITUTION_KINDS, rng.int(1, 3)),
        budgetBand: rng.pick<BudgetBand>(BUDGET_BAND_IDS),
        timeframe: rng.pick<Timeframe>(TIMEFRAME_IDS),
      });
    }
  }

  return { clusters, institutions, smes, needs, competencies, clusterMemberships, homes };
}
