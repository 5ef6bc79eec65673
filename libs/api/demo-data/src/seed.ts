import { diff } from '@videnbro/audit';
import type { AuditRecord } from '@videnbro/audit';
import type { UsersService } from '@videnbro/auth';
import { CODE_SYSTEM, regionOfMunicipality } from '@videnbro/domain';
import { ClusterMembership, Membership, Organization } from '@videnbro/organizations';
import { OutboxEvent } from '@videnbro/outbox';
import type { OutboxEntityType } from '@videnbro/outbox';
import { Competence, Need } from '@videnbro/postings';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { seedClusterActivities } from './activities-demo';
import { chunks, created, recordAudit } from './bulk';
import { generateCatalogue } from './catalogue/generate';
import type { DemoCompetence, DemoNeed, DemoOrganization } from './catalogue/generate';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';
import { seedStrengthIndustries } from './strength-industries';

export interface SeedDependencies {
  users: UsersService;
  dataSource: DataSource;
}

export interface SeedResult {
  createdUsers: number;
  createdOrganizations: number;
  createdNeeds: number;
  createdCompetencies: number;
  createdClusterMemberships: number;
  createdUserMemberships: number;
  createdActivities: number;
  createdParticipations: number;
  createdFundingRecords: number;
  createdStrengthIndustries: number;
}

export interface ResetResult {
  removedOrganizations: number;
  removedNeeds: number;
  removedCompetencies: number;
}

/** Every seeded organisation and posting carries an externalId with this prefix. */
const DEMO_EXTERNAL_ID = 'demo:%';
/** The fields OrganizationsService audits on create. */
const ORGANIZATION_FIELDS = [
  'kind',
  'name',
  'cvr',
  'employeeBand',
  'industryCodes',
  'codeSystem',
  'country',
  'region',
  'municipality',
  'city',
  'description',
  'languages',
  'tags',
  'strengthAreas',
  'externalId',
  'isDemo',
] as const;
/** The fields the postings service audits on create (its content fields, owner, author, status). */
const COMPETENCE_FIELDS = [
  'title',
  'description',
  'tags',
  'formats',
  'regionPreference',
  'languages',
  'visibility',
  'contactUserId',
  'externalId',
  'organizationId',
  'authorUserId',
  'status',
] as const;
const NEED_FIELDS = [...COMPETENCE_FIELDS, 'partnerKinds', 'budgetBand', 'timeframe'] as const;
const CLUSTER_MEMBERSHIP_FIELDS = ['clusterId', 'memberOrganizationId', 'yearlyFeeDkk', 'since'] as const;

/**
 * Seeds the demo accounts and the demo catalogue. Idempotent: every organisation and posting has an
 * externalId `demo:…`, and a second run adds nothing. Accounts go through UsersService. The catalogue
 * is inserted in bulk, a chunk of rows per transaction, each row with the audit entry and outbox row
 * its service writes: one service call per row (with its checks of the caller's rights) took 15 s
 * for the organisations alone, and `npm start` and every e2e run wait for the seed. The catalogue's
 * unit spec checks that its rows pass the rules the services would apply.
 */
export async function seedDemoData(deps: SeedDependencies): Promise<SeedResult> {
  const catalogue = generateCatalogue();
  const result: SeedResult = {
    createdUsers: 0,
    createdOrganizations: 0,
    createdNeeds: 0,
    createdCompetencies: 0,
    createdClusterMemberships: 0,
    createdUserMemberships: 0,
    createdActivities: 0,
    createdParticipations: 0,
    createdFundingRecords: 0,
    createdStrengthIndustries: 0,
  };

  const userIds = new Map<string, string>();
  for (const { email, name, locale, roles } of DEMO_USERS) {
    let user = await deps.users.findByEmail(email);
    if (!user) {
      user = await deps.users.create({ email, name, locale, roles, password: DEMO_PASSWORD });
      result.createdUsers++;
    }
    userIds.set(email, user.id);
  }

  const orgIds = await demoIds(deps.dataSource, 'organizations');
  const newOrganizations = [...catalogue.clusters, ...catalogue.institutions, ...catalogue.smes].filter(
    (org) => !orgIds.has(org.externalId),
  );
  const insertedOrgIds = await insertRows(
    deps.dataSource,
    Organization,
    'organization',
    newOrganizations.map(organizationRow),
    ORGANIZATION_FIELDS,
  );
  newOrganizations.forEach((org, i) => orgIds.set(org.externalId, insertedOrgIds[i]));
  result.createdOrganizations = newOrganizations.length;
  const idOf = (externalId: string) => {
    const id = orgIds.get(externalId);
    if (!id) throw new Error(`Demo organisation ${externalId} is missing`);
    return id;
  };

  await deps.dataSource.transaction(async (manager) => {
    const memberships = manager.getRepository(Membership);
    for (const demo of DEMO_USERS) {
      if (!demo.membership) continue;
      const organizationId = idOf(catalogue.homes[demo.membership.of]);
      const userId = userIds.get(demo.email) as string;
      if (await memberships.existsBy({ organizationId, userId })) continue;
      const membership = await memberships.save(
        memberships.create({ organizationId, userId, role: demo.membership.role }),
      );
      await recordAudit(manager, [
        created('membership', membership.id, diff(null, membership, ['organizationId', 'userId', 'role'])),
      ]);
      result.createdUserMemberships++;
    }
  });

  const existingPairs = new Set(
    (
      await deps.dataSource.query<{ pair: string }[]>(
        `select cm.cluster_id || ':' || cm.member_organization_id as pair
           from cluster_memberships cm join organizations o on o.id = cm.cluster_id
          where o.external_id like $1`,
        [DEMO_EXTERNAL_ID],
      )
    ).map((row) => row.pair),
  );
  const newMemberships = catalogue.clusterMemberships
    .map((m) => ({
      clusterId: idOf(m.clusterExternalId),
      memberOrganizationId: idOf(m.memberExternalId),
      yearlyFeeDkk: m.yearlyFeeDkk,
      since: m.since,
    }))
    .filter((m) => !existingPairs.has(`${m.clusterId}:${m.memberOrganizationId}`));
  for (const chunk of chunks(newMemberships)) {
    await deps.dataSource.transaction(async (manager) => {
      const { identifiers } = await manager.getRepository(ClusterMembership).insert(chunk);
      await recordAudit(
        manager,
        chunk.map((m, i) =>
          created(
            'cluster_membership',
            identifiers[i].id as string,
            diff(null, m, CLUSTER_MEMBERSHIP_FIELDS),
          ),
        ),
      );
      // As ClustersService does: the member's search document lists its clusters.
      await enqueue(manager, 'organization', [...new Set(chunk.map((m) => m.memberOrganizationId))]);
    });
  }
  result.createdClusterMemberships = newMemberships.length;

  result.createdCompetencies = await insertPostings(
    deps.dataSource,
    'competence',
    catalogue.competencies,
    idOf,
  );
  result.createdNeeds = await insertPostings(deps.dataSource, 'need', catalogue.needs, idOf);
  Object.assign(result, await seedClusterActivities(deps.dataSource, catalogue, idOf));
  result.createdStrengthIndustries = await seedStrengthIndustries(deps.dataSource, catalogue.clusters, idOf);
  return result;
}

/**
 * Removes the demo catalogue: the organisations with a `demo:` externalId or marked as demo, and the
 * postings they own or that carry a `demo:` externalId (hard deletes, each with an audit entry and an
 * outbox row so the search index drops them too). Memberships, cluster memberships, invitations and
 * join requests of those organisations go with them by cascade, including a real organisation's
 * membership of a demo cluster. Nothing else is touched; the demo accounts stay and the next seed
 * links them to the new demo organisations.
 */
export async function resetDemoData(dataSource: DataSource): Promise<ResetResult> {
  return dataSource.transaction(async (manager) => {
    const orgIds = await idsWhere(manager, `organizations where is_demo or external_id like $1`, [
      DEMO_EXTERNAL_ID,
    ]);
    const removePostings = async (table: 'needs' | 'competencies', type: OutboxEntityType) => {
      const ids = await idsWhere(manager, `${table} where organization_id = any($1) or external_id like $2`, [
        orgIds,
        DEMO_EXTERNAL_ID,
      ]);
      await manager.query(`delete from ${table} where id = any($1)`, [ids]);
      await recordAudit(
        manager,
        ids.map((id) => deleted(type, id)),
      );
      await enqueue(manager, type, ids, 'delete');
      return ids.length;
    };
    const removedNeeds = await removePostings('needs', 'need');
    const removedCompetencies = await removePostings('competencies', 'competence');
    await manager.query(`delete from organizations where id = any($1)`, [orgIds]);
    await recordAudit(
      manager,
      orgIds.map((id) => deleted('organization', id)),
    );
    await enqueue(manager, 'organization', orgIds, 'delete');
    return { removedOrganizations: orgIds.length, removedNeeds, removedCompetencies };
  });
}

/** The row OrganizationsService would store for the profile (the region follows the municipality). */
function organizationRow(org: DemoOrganization) {
  return {
    externalId: org.externalId,
    isDemo: true,
    kind: org.kind,
    name: org.name,
    cvr: org.cvr,
    employeeBand: org.employeeBand,
    industryCodes: org.industryCodes,
    codeSystem: CODE_SYSTEM,
    country: 'DK',
    region: regionOfMunicipality(org.municipality) ?? null,
    municipality: org.municipality,
    city: org.city,
    description: org.description,
    languages: org.languages,
    tags: org.tags,
    strengthAreas: org.strengthAreas,
  };
}

async function demoIds(dataSource: DataSource, table: string): Promise<Map<string, string>> {
  const rows = await dataSource.query<{ id: string; external_id: string }[]>(
    `select id, external_id from ${table} where external_id like $1`,
    [DEMO_EXTERNAL_ID],
  );
  return new Map(rows.map((row) => [row.external_id, row.id]));
}

/** `select id from <from>`: the ids, locked until the transaction ends. */
async function idsWhere(manager: EntityManager, from: string, parameters: unknown[]): Promise<string[]> {
  const rows = await manager.query<{ id: string }[]>(`select id from ${from} for update`, parameters);
  return rows.map((row) => row.id);
}

async function insertPostings(
  dataSource: DataSource,
  type: 'need' | 'competence',
  postings: (DemoNeed | DemoCompetence)[],
  idOf: (externalId: string) => string,
): Promise<number> {
  const existing = await demoIds(dataSource, type === 'need' ? 'needs' : 'competencies');
  const rows = postings
    .filter((posting) => !existing.has(posting.externalId))
    .map(({ organizationExternalId, ...content }) => ({
      ...content,
      organizationId: idOf(organizationExternalId),
      authorUserId: null,
      contactUserId: null,
    }));
  if (type === 'need') await insertRows(dataSource, Need, type, rows, NEED_FIELDS);
  else await insertRows(dataSource, Competence, type, rows, COMPETENCE_FIELDS);
  return rows.length;
}

/** Inserts the rows, each with its audit entry and outbox row, a chunk per transaction; returns their ids. */
async function insertRows<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  type: OutboxEntityType,
  rows: QueryDeepPartialEntity<T>[],
  fields: readonly string[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const chunk of chunks(rows)) {
    await dataSource.transaction(async (manager) => {
      const { identifiers } = await manager.getRepository(entity).insert(chunk);
      const chunkIds = identifiers.map((identifier) => identifier.id as string);
      await recordAudit(
        manager,
        chunk.map((row, i) => created(type, chunkIds[i], diff(null, row as Record<string, unknown>, fields))),
      );
      await enqueue(manager, type, chunkIds);
      ids.push(...chunkIds);
    });
  }
  return ids;
}

const deleted = (entityType: string, entityId: string): AuditRecord => ({
  actorUserId: null,
  entityType,
  entityId,
  action: 'delete',
  changes: {},
});

/** Outbox rows as Outbox.enqueue writes them, many rows per statement. */
async function enqueue(
  manager: EntityManager,
  entityType: OutboxEntityType,
  ids: string[],
  operation: 'upsert' | 'delete' = 'upsert',
) {
  for (const chunk of chunks(ids)) {
    await manager
      .getRepository(OutboxEvent)
      .insert(chunk.map((entityId) => ({ entityType, entityId, operation })));
  }
}
