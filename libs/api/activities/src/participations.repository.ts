import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ActivityType, OrganizationKind, ParticipationRole } from '@videnbro/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { ClusterRef } from './activities.repository';
import { Participation } from './entities';
import { ORGANIZATION_ENTITY } from './entities/refs';
import type { OrganizationRef } from './entities/refs';

/** A participation as read: with its (live) organisation. */
export type ParticipationRow = Participation & { organization: OrganizationRef };

/** One of an organisation's participations, with the activity and its organising clusters. */
export interface OrganizationParticipationRow {
  id: string;
  role: ParticipationRole;
  persons: number;
  activity: {
    id: string;
    title: string;
    type: ActivityType;
    startsOn: string;
    endsOn: string;
    clusters: ClusterRef[];
  };
}

export interface NewOrganization {
  kind: OrganizationKind;
  name: string;
  cvr: string | null;
  country: string;
  website: string | null;
}

const ORGANIZATION_COLUMNS = ['o.id', 'o.name', 'o.kind', 'o.cvr', 'o.country', 'o.verified'];

/** SQL for an organisation name as the import compares it; `normaliseName` does the same in TypeScript. */
const NORMALISED_NAME = `trim(regexp_replace(lower(o.name), '[^[:alnum:]]+', ' ', 'g'))`;
/** SQL for the host of an organisation's website, without `www.`; `emailDomainOf` does the same for input. */
const WEBSITE_HOST = `substring(lower(o.website) from '^(?:[a-z][a-z0-9+.-]*://)?(?:www\\.)?([^/:?#]+)')`;

/**
 * Participations, and the organisation lookups the import needs. Participations of soft-deleted
 * organisations, and of soft-deleted activities, are invisible to the reads here.
 */
@Injectable()
export class ParticipationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs work in one transaction: the change and its audit entries commit together. */
  transaction<R>(work: (manager: EntityManager) => Promise<R>): Promise<R> {
    return this.dataSource.transaction(work);
  }

  private participations(manager: EntityManager = this.dataSource.manager) {
    return manager
      .getRepository(Participation)
      .createQueryBuilder('p')
      .innerJoin('p.organization', 'o')
      .addSelect(ORGANIZATION_COLUMNS);
  }

  /** The activity's participations, by organisation name. */
  async listOfActivity(activityId: string): Promise<ParticipationRow[]> {
    return (await this.participations()
      .where('p.activity_id = :activityId', { activityId })
      .orderBy('o.name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getMany()) as ParticipationRow[];
  }

  async find(activityId: string, id: string, manager?: EntityManager): Promise<ParticipationRow | null> {
    return (await this.participations(manager)
      .where('p.id = :id and p.activity_id = :activityId', { id, activityId })
      .getOne()) as ParticipationRow | null;
  }

  /** A page of the organisation's participations in live activities, newest activity first. */
  async listOfOrganization(
    organizationId: string,
    page: number,
    limit: number,
  ): Promise<{ items: OrganizationParticipationRow[]; total: number }> {
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `select count(*)::int as total from activity_participations p
         join activities a on a.id = p.activity_id and a.deleted_at is null
        where p.organization_id = $1`,
      [organizationId],
    );
    const rows = await this.dataSource.query<
      {
        id: string;
        role: ParticipationRole;
        persons: number;
        activity_id: string;
        title: string;
        type: ActivityType;
        starts_on: string;
        ends_on: string;
        clusters: ClusterRef[];
      }[]
    >(
      `select p.id, p.role, p.persons, a.id as activity_id, a.title, a.type,
              to_char(a.starts_on, 'YYYY-MM-DD') as starts_on, to_char(a.ends_on, 'YYYY-MM-DD') as ends_on,
              (select json_agg(json_build_object('id', c.id, 'name', c.name)
                               order by c.id <> a.owner_cluster_id, c.name)
                 from activity_clusters ac join organizations c on c.id = ac.cluster_id
                where ac.activity_id = a.id) as clusters
         from activity_participations p
         join activities a on a.id = p.activity_id and a.deleted_at is null
        where p.organization_id = $1
        order by a.starts_on desc, a.id desc
        offset $2 limit $3`,
      [organizationId, (page - 1) * limit, limit],
    );
    return {
      total,
      items: rows.map((row) => ({
        id: row.id,
        role: row.role,
        persons: row.persons,
        activity: {
          id: row.activity_id,
          title: row.title,
          type: row.type,
          startsOn: row.starts_on,
          endsOn: row.ends_on,
          clusters: row.clusters ?? [],
        },
      })),
    };
  }

  async insert(
    manager: EntityManager,
    values: Pick<Participation, 'activityId' | 'organizationId' | 'role' | 'persons'>,
  ): Promise<Participation> {
    const repository = manager.getRepository(Participation);
    return repository.save(repository.create(values));
  }

  /**
   * Adds the participations that are not there yet (one per organisation per activity); returns those
   * it added.
   */
  async insertMissing(
    manager: EntityManager,
    rows: Pick<Participation, 'activityId' | 'organizationId' | 'role' | 'persons'>[],
  ): Promise<Participation[]> {
    if (!rows.length) return [];
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Participation)
      .values(rows)
      .orIgnore()
      .returning(['id', 'activityId', 'organizationId', 'role', 'persons'])
      .execute();
    return result.raw.map((raw: Record<string, unknown>) => ({
      id: raw.id,
      activityId: raw.activity_id,
      organizationId: raw.organization_id,
      role: raw.role,
      persons: raw.persons,
    })) as Participation[];
  }

  async update(
    manager: EntityManager,
    id: string,
    changes: Partial<Pick<Participation, 'role' | 'persons'>>,
  ) {
    await manager.getRepository(Participation).update(id, changes);
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(Participation).delete(id);
  }

  /** The organisations among the ids that take part in the activity already. */
  async participating(activityId: string, organizationIds: readonly string[], manager?: EntityManager) {
    if (!organizationIds.length) return new Set<string>();
    const rows = await (manager ?? this.dataSource.manager)
      .getRepository(Participation)
      .createQueryBuilder('p')
      .select('p.organization_id', 'id')
      .where('p.activity_id = :activityId and p.organization_id = any(:organizationIds)', {
        activityId,
        organizationIds,
      })
      .getRawMany<{ id: string }>();
    return new Set(rows.map((row) => row.id));
  }

  // -------------------------------------------------------------------------------------------------------
  // Organisations: the live ones, and the unverified ones the import proposes

  private organizations(manager: EntityManager = this.dataSource.manager) {
    return manager
      .getRepository<OrganizationRef>(ORGANIZATION_ENTITY)
      .createQueryBuilder('o')
      .select(ORGANIZATION_COLUMNS);
  }

  findOrganizations(ids: readonly string[], manager?: EntityManager): Promise<OrganizationRef[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.organizations(manager).where('o.id = any(:ids)', { ids }).getMany();
  }

  findByCvrs(cvrs: readonly string[], manager?: EntityManager): Promise<OrganizationRef[]> {
    if (!cvrs.length) return Promise.resolve([]);
    return this.organizations(manager).where('o.cvr = any(:cvrs)', { cvrs }).getMany();
  }

  /** Organisations whose website is on one of the domains (`www.` ignored), with that host. */
  async findByDomains(domains: readonly string[]): Promise<(OrganizationRef & { host: string })[]> {
    if (!domains.length) return [];
    const { entities, raw } = await this.organizations()
      .addSelect(WEBSITE_HOST, 'host')
      .where(`${WEBSITE_HOST} = any(:domains)`, { domains })
      .orderBy('o.name')
      .addOrderBy('o.id')
      .getRawAndEntities<{ o_id: string; host: string }>();
    return entities.map((entity) => ({ ...entity, host: rawOf(raw, entity.id).host }));
  }

  /** Organisations whose normalised name and country match one of the keys (`normalised name|country`). */
  async findByNames(
    keys: readonly string[],
    manager?: EntityManager,
  ): Promise<(OrganizationRef & { key: string })[]> {
    if (!keys.length) return [];
    const key = `${NORMALISED_NAME} || '|' || o.country`;
    const { entities, raw } = await this.organizations(manager)
      .addSelect(key, 'key')
      .where(`${key} = any(:keys)`, { keys })
      .orderBy('o.name')
      .addOrderBy('o.id')
      .getRawAndEntities<{ o_id: string; key: string }>();
    return entities.map((entity) => ({ ...entity, key: rawOf(raw, entity.id).key }));
  }

  /** An organisation proposed by an import: unverified until someone checks it. */
  async insertOrganization(manager: EntityManager, values: NewOrganization): Promise<OrganizationRef> {
    const repository = manager.getRepository<OrganizationRef & NewOrganization>(ORGANIZATION_ENTITY);
    const saved = await repository.save(repository.create({ ...values, verified: false }));
    return {
      id: saved.id,
      name: saved.name,
      kind: saved.kind,
      cvr: saved.cvr,
      country: saved.country,
      verified: false,
    };
  }

  /** Serialises imports, so two at once cannot both create the same organisation (names have no unique index). */
  async lockImports(manager: EntityManager): Promise<void> {
    await manager.query(`select pg_advisory_xact_lock(hashtext('activities:participation-import'))`);
  }
}

/** The raw row of an entity read with getRawAndEntities (the entity's columns come prefixed `o_`). */
function rawOf<R extends { o_id: string }>(raw: R[], id: string): R {
  return raw.find((row) => row.o_id === id) as R;
}
