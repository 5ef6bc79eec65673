import { Activity, ActivityCluster, FundingRecord } from '@videnbro/activities';
import { diff } from '@videnbro/audit';
import type {
  ActivityFormat,
  ActivityFundingSource,
  ActivityType,
  FundingSource,
  FundingStatus,
  ParticipationRole,
} from '@videnbro/domain';
import type { DataSource } from 'typeorm';
import { chunks, created, recordAudit } from './bulk';
import type { DemoCatalogue, DemoOrganization } from './catalogue/generate';
import { DEMO_SEED } from './catalogue/generate';
import { Prng } from './catalogue/prng';
import { domainById } from './catalogue/vocabulary';

/** The years the demo clusters report on; 2026 up to the end of November. */
export const DEMO_ACTIVITY_YEARS = [2022, 2023, 2024, 2025, 2026] as const;

export interface DemoParticipation {
  organizationExternalId: string;
  role: ParticipationRole;
  persons: number;
}

export interface DemoActivity {
  /** The owner first, then a co-organising cluster, if any. */
  clusterExternalIds: string[];
  title: string;
  type: ActivityType;
  startsOn: string;
  endsOn: string;
  format: ActivityFormat;
  place: string | null;
  fundingSource: ActivityFundingSource;
  description: string;
  participations: DemoParticipation[];
}

export interface DemoFundingRecord {
  clusterExternalId: string;
  year: number;
  source: FundingSource;
  amountDkk: number;
  status: FundingStatus;
  /** Index into the activities of the same generation, for money tied to one activity. */
  activityIndex: number | null;
  note: string | null;
}

const TITLES: Readonly<Record<ActivityType, readonly string[]>> = {
  knowledge_sharing: ['Temadag om {t}', 'Webinar: {t}', 'Morgenmøde om {t}'],
  matchmaking: ['Matchmaking: {t}', 'Find en partner inden for {t}', 'Virksomheder møder forskere: {t}'],
  internationalisation: ['Eksportrejse: {t}', 'Internationalt partnermøde om {t}', 'Messefællesskab: {t}'],
  innovation_project: ['Innovationsprojekt: {t}', 'Udviklingsforløb om {t}'],
  network_event: ['Netværksmøde: {t}', 'Årsmøde i klyngen', 'Erfa-gruppe om {t}'],
  course: ['Kursus i {t}', 'Masterclass: {t}'],
};

/**
 * A few years of activities per demo cluster, with participations and funding records, drawn from a
 * seeded PRNG: the same on every machine. Companies come mostly from the cluster's members, some
 * from its field and some from elsewhere (so some fall outside its strength areas); knowledge
 * institutions of its field speak at or partner in about six in ten activities. Money follows the
 * programme's published proportions: a base grant of about DKK 11M a year per cluster and roughly
 * twice that secured from outside.
 */
export function generateClusterActivities(catalogue: DemoCatalogue): {
  activities: DemoActivity[];
  fundingRecords: DemoFundingRecord[];
} {
  const rng = new Prng(DEMO_SEED + 6);
  const activities: DemoActivity[] = [];
  const fundingRecords: DemoFundingRecord[] = [];
  const { clusters, institutions, smes, homes } = catalogue;

  for (const cluster of clusters) {
    const domain = domainById(cluster.domains[0]);
    const members = catalogue.clusterMemberships
      .filter((m) => m.clusterExternalId === cluster.externalId)
      .map((m) => m.memberExternalId);
    const memberSmes = smes.filter((sme) => members.includes(sme.externalId));
    const fieldSmes = smes.filter((sme) => sme.domains.includes(domain.id));
    const fieldInstitutions = institutions.filter((row) => row.domains.includes(domain.id));
    const others = clusters.filter((other) => other !== cluster);

    for (const year of DEMO_ACTIVITY_YEARS) {
      const first = activities.length;
      const count = rng.int(18, 34);
      for (let i = 0; i < count; i++) {
        const type = rng.weighted<ActivityType>([
          ['knowledge_sharing', 30],
          ['network_event', 20],
          ['matchmaking', 20],
          ['course', 10],
          ['innovation_project', 10],
          ['internationalisation', 10],
        ]);
        const month = rng.int(1, year === 2026 ? 11 : 12);
        const day = rng.int(1, 28);
        const startsOn = isoDate(year, month, day);
        const days =
          type === 'innovation_project'
            ? rng.int(90, 540)
            : type === 'course'
              ? rng.int(1, 4)
              : rng.chance(0.1)
                ? 1
                : 0;
        const format = rng.weighted<ActivityFormat>([
          ['on_site', 60],
          ['online', 20],
          ['hybrid', 20],
        ]);
        const topic = rng.pick(domain.topics)[0];
        const title = rng.pick(TITLES[type]).replace('{t}', topic);
        const fundingSource = rng.weighted<ActivityFundingSource>(
          type === 'internationalisation'
            ? [
                ['eu', 40],
                ['innovation_power', 40],
                ['mixed', 20],
              ]
            : [
                ['innovation_power', 65],
                ['mixed', 15],
                ['external_public', 10],
                ['eu', 5],
                ['private', 5],
              ],
        );

        const participations: DemoParticipation[] = [];
        const taken = new Set<string>();
        const add = (
          organization: DemoOrganization | undefined,
          role: ParticipationRole,
          persons: number,
        ) => {
          if (!organization || taken.has(organization.externalId)) return;
          taken.add(organization.externalId);
          participations.push({ organizationExternalId: organization.externalId, role, persons });
        };
        const companies = type === 'innovation_project' ? rng.int(2, 6) : rng.int(4, 18);
        for (let c = 0; c < companies; c++) {
          const pool = rng.weighted([
            [memberSmes.length ? memberSmes : fieldSmes, 55],
            [fieldSmes, 20],
            [smes, 25],
          ]);
          add(
            rng.pick(pool),
            type === 'innovation_project' ? 'partner' : 'participant',
            rng.weighted([
              [1, 60],
              [2, 30],
              [3, 10],
            ]),
          );
        }
        if (type === 'innovation_project' || rng.chance(0.6)) {
          for (let n = rng.int(1, 3); n > 0; n--) {
            const institution =
              rng.chance(0.85) && fieldInstitutions.length
                ? rng.pick(fieldInstitutions)
                : rng.pick(institutions);
            add(
              institution,
              type === 'innovation_project'
                ? 'partner'
                : rng.weighted<ParticipationRole>([
                    ['speaker', 50],
                    ['participant', 30],
                    ['host', format === 'online' ? 0 : 20],
                  ]),
              rng.int(1, 2),
            );
          }
        }
        // The demo accounts' own organisations take part in the broker's cluster now and then.
        if (cluster.externalId === homes.cluster && i % 4 === 0) {
          add(
            smes.find((sme) => sme.externalId === homes.sme),
            'participant',
            1,
          );
          add(
            institutions.find((row) => row.externalId === homes.institution),
            'speaker',
            1,
          );
        }

        activities.push({
          clusterExternalIds: rng.chance(0.1)
            ? [cluster.externalId, rng.pick(others).externalId]
            : [cluster.externalId],
          title,
          type,
          startsOn,
          endsOn: addDays(startsOn, days),
          format,
          place: format === 'online' ? null : rng.chance(0.7) ? cluster.city : rng.pick(institutions).city,
          fundingSource,
          description: `${title}. Aktivitet i ${cluster.name} om ${topic}. (Demodata.)`,
          participations,
        });
      }

      // A year of money: 2026 is not over, so it has less.
      const scale = year === 2026 ? 0.8 : 1;
      const kroner = (min: number, max: number) => Math.round((rng.int(min, max) * scale) / 1000) * 1000;
      const record = (
        source: FundingSource,
        status: FundingStatus,
        amountDkk: number,
        activityIndex: number | null = null,
      ) => {
        if (amountDkk > 0) {
          fundingRecords.push({
            clusterExternalId: cluster.externalId,
            year,
            source,
            amountDkk,
            status,
            activityIndex,
            note: null,
          });
        }
      };
      record('innovation_power', 'spent', kroner(8_000_000, 14_000_000));
      record('membership_fees', 'secured', kroner(300_000, 1_200_000));
      record('sponsorships', 'secured', kroner(100_000, 800_000));
      record('danish_public', 'secured', kroner(2_000_000, 10_000_000));
      record('private_cofunding', 'secured', kroner(4_000_000, 14_000_000));
      if (rng.chance(0.6)) record('foundation_grants', 'secured', kroner(500_000, 6_000_000));
      const international = activities
        .slice(first)
        .map((activity, index) => ({ activity, index: first + index }))
        .filter(({ activity }) => activity.fundingSource === 'eu');
      if (international.length) {
        record('eu', 'secured', kroner(1_000_000, 9_000_000), rng.pick(international).index);
      }
    }
  }
  return { activities, fundingRecords };
}

export interface ActivitySeedResult {
  createdActivities: number;
  createdParticipations: number;
  createdFundingRecords: number;
}

/**
 * Inserts the demo activities, participations and funding records of the demo clusters that have
 * none yet (so a second run adds nothing), in bulk, each row with the audit entry its service
 * writes, a chunk per transaction.
 */
export async function seedClusterActivities(
  dataSource: DataSource,
  catalogue: DemoCatalogue,
  idOf: (externalId: string) => string,
): Promise<ActivitySeedResult> {
  const result: ActivitySeedResult = {
    createdActivities: 0,
    createdParticipations: 0,
    createdFundingRecords: 0,
  };
  const { activities, fundingRecords } = generateClusterActivities(catalogue);
  const clusterIds = catalogue.clusters.map((cluster) => idOf(cluster.externalId));
  const withActivities = await clusterIdsWith(dataSource, 'activities', 'owner_cluster_id', clusterIds);
  const withFunding = await clusterIdsWith(dataSource, 'funding_records', 'cluster_id', clusterIds);

  const activityIds = new Map<number, string>();
  const newActivities = activities
    .map((activity, index) => ({ activity, index }))
    .filter(({ activity }) => !withActivities.has(idOf(activity.clusterExternalIds[0])));
  for (const chunk of chunks(newActivities)) {
    await dataSource.transaction(async (manager) => {
      const rows = chunk.map(({ activity }) => ({
        ownerClusterId: idOf(activity.clusterExternalIds[0]),
        title: activity.title,
        type: activity.type,
        startsOn: activity.startsOn,
        endsOn: activity.endsOn,
        format: activity.format,
        place: activity.place,
        fundingSource: activity.fundingSource,
        description: activity.description,
        createdBy: null,
      }));
      const { identifiers } = await manager.getRepository(Activity).insert(rows);
      const ids = identifiers.map((identifier) => identifier.id as string);
      chunk.forEach(({ index }, i) => activityIds.set(index, ids[i]));
      const links = chunk.flatMap(({ activity }, i) =>
        activity.clusterExternalIds.map((externalId) => ({
          activityId: ids[i],
          clusterId: idOf(externalId),
        })),
      );
      await manager.getRepository(ActivityCluster).insert(links);
      await recordAudit(
        manager,
        chunk.map(({ activity }, i) =>
          created(
            'activity',
            ids[i],
            diff(null, { ...rows[i], clusterIds: activity.clusterExternalIds.map(idOf) }, ACTIVITY_FIELDS),
          ),
        ),
      );
    });
  }
  result.createdActivities = newActivities.length;

  const participations = newActivities.flatMap(({ activity, index }) =>
    activity.participations.map((p) => ({
      activityId: activityIds.get(index) as string,
      organizationId: idOf(p.organizationExternalId),
      role: p.role,
      persons: p.persons,
    })),
  );
  // The bulk of the rows: one statement per chunk inserts them and their audit entries (the changes
  // as diff() writes them), without building an entity per row.
  for (const chunk of chunks(participations, 5_000)) {
    await dataSource.query(
      `with inserted as (
         insert into activity_participations (activity_id, organization_id, role, persons)
         select * from unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::int[])
         returning id, activity_id, organization_id, role, persons)
       insert into audit_entries (entity_type, entity_id, action, changes)
       select 'participation', id, 'create', jsonb_build_object(
                'activityId', jsonb_build_object('from', null, 'to', activity_id),
                'organizationId', jsonb_build_object('from', null, 'to', organization_id),
                'role', jsonb_build_object('from', null, 'to', role),
                'persons', jsonb_build_object('from', null, 'to', persons))
         from inserted`,
      [
        chunk.map((p) => p.activityId),
        chunk.map((p) => p.organizationId),
        chunk.map((p) => p.role),
        chunk.map((p) => p.persons),
      ],
    );
  }
  result.createdParticipations = participations.length;

  const records = fundingRecords
    .filter((record) => !withFunding.has(idOf(record.clusterExternalId)))
    .map((record) => ({
      clusterId: idOf(record.clusterExternalId),
      year: record.year,
      source: record.source,
      amountDkk: record.amountDkk,
      status: record.status,
      // Tied to an activity only when that activity was seeded now.
      activityId: record.activityIndex === null ? null : (activityIds.get(record.activityIndex) ?? null),
      note: record.note,
    }));
  for (const chunk of chunks(records)) {
    await dataSource.transaction(async (manager) => {
      const { identifiers } = await manager.getRepository(FundingRecord).insert(chunk);
      await recordAudit(
        manager,
        chunk.map((row, i) =>
          created('funding_record', identifiers[i].id as string, diff(null, row, FUNDING_FIELDS)),
        ),
      );
    });
  }
  result.createdFundingRecords = records.length;
  return result;
}

/** The fields the activities feature audits on create. */
const ACTIVITY_FIELDS = [
  'ownerClusterId',
  'clusterIds',
  'title',
  'type',
  'startsOn',
  'endsOn',
  'format',
  'place',
  'fundingSource',
  'description',
] as const;
const FUNDING_FIELDS = ['clusterId', 'year', 'source', 'amountDkk', 'status', 'activityId', 'note'] as const;

async function clusterIdsWith(
  dataSource: DataSource,
  table: 'activities' | 'funding_records',
  column: 'owner_cluster_id' | 'cluster_id',
  clusterIds: string[],
): Promise<Set<string>> {
  const rows = await dataSource.query<{ id: string }[]>(
    `select distinct ${column} as id from ${table} where ${column} = any($1)`,
    [clusterIds],
  );
  return new Set(rows.map((row) => row.id));
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}
