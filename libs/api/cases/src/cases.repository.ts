import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CaseStage, FundingSource, Locale, Visibility } from '@videnbro/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { ClusterCandidate } from './case-routing';
import { Case, CaseCluster, CaseConsent, CaseEvent, CaseFunding } from './entities';
import type { CaseEventKind } from './entities';
import type { OrganizationRef } from './entities/refs';

export interface NamedRef {
  id: string;
  name: string;
}

/** A need or competence as cases need it: whose it is, who may read it, what it is about. */
export interface PostingRef {
  id: string;
  organizationId: string;
  title: string;
  description: string;
  tags: string[];
  visibility: Visibility;
  status: string;
  contactUserId: string | null;
  /** Whether the owning organisation is a member of one of the given broker clusters. */
  brokeredBy: string[];
}

export interface Contact {
  userId: string;
  name: string;
  email: string;
}

export interface Recipient extends Contact {
  locale: Locale;
}

/** A case as read: its organisations, postings, clusters, consents and funding. */
export interface CaseRow extends Case {
  companyRef: OrganizationRef;
  institutionRef: OrganizationRef;
  needRef: NamedRef | null;
  competenceRef: NamedRef | null;
  /** Whether the need or competence is confidential (`brokers`): its title is not for the other side. */
  needConfidential: boolean;
  competenceConfidential: boolean;
  ownerUserRef: NamedRef | null;
  /** The owner first. */
  clusterRefs: NamedRef[];
  clusterIds: string[];
  consents: CaseConsent[];
  funding: CaseFunding[];
}

export interface CaseFilters {
  /** Cases brokered by one of these clusters, or of one of these organisations; null: all cases. */
  visibleTo: { clusterIds: readonly string[]; organizationIds: readonly string[] } | null;
  cluster?: string;
  owner?: string;
  stage?: CaseStage;
  /** Introductions with a pending consent of a side these organisations are. */
  waitingFor?: readonly string[];
  /** Open cases whose next action was due before this day. */
  overdueBefore?: string;
  /** Cases created before this moment. */
  createdBefore?: Date;
  page: number;
  limit: number;
}

export interface EventRow extends CaseEvent {
  actorName: string | null;
}

/** Cases, their clusters, consents, timeline and funding; read-only looks at organisations and postings. */
@Injectable()
export class CasesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs work in one transaction: the change, its timeline event and its audit entry commit together. */
  transaction<R>(work: (manager: EntityManager) => Promise<R>): Promise<R> {
    return this.dataSource.transaction(work);
  }

  /** Live organisations among the ids. */
  async organizations(ids: readonly string[]): Promise<(OrganizationRef & { strengthAreas: string[] })[]> {
    return this.dataSource.query(
      `select id, name, kind, strength_areas as "strengthAreas" from organizations
        where id = any($1) and deleted_at is null`,
      [ids],
    );
  }

  /** Live clusters; with `memberOf`, only those that organisation is a member of. */
  async clusters(memberOf?: string): Promise<ClusterCandidate[]> {
    return this.dataSource.query(
      `select o.id, o.name, o.strength_areas as "strengthAreas" from organizations o
        where o.kind = 'cluster' and o.deleted_at is null
          and ($1::uuid is null or exists (select 1 from cluster_memberships cm
                where cm.cluster_id = o.id and cm.member_organization_id = $1))
        order by o.name, o.id`,
      [memberOf ?? null],
    );
  }

  /** A live need or competence, with the given clusters among those its organisation is a member of. */
  async posting(
    table: 'needs' | 'competencies',
    id: string,
    brokerClusterIds: readonly string[],
  ): Promise<PostingRef | null> {
    const [row] = await this.dataSource.query(
      `select p.id, p.organization_id as "organizationId", p.title, p.description, p.tags, p.visibility,
              p.status, p.contact_user_id as "contactUserId",
              array(select cm.cluster_id from cluster_memberships cm
                     where cm.member_organization_id = p.organization_id and cm.cluster_id = any($2)) as "brokeredBy"
         from ${table} p where p.id = $1 and p.deleted_at is null`,
      [id, brokerClusterIds],
    );
    return row ?? null;
  }

  /**
   * Inserts the case unless an open one for the same company, institution and need exists (the
   * partial unique indexes decide, so two concurrent requests cannot both insert). Null when one does.
   */
  async insertUnlessOpen(manager: EntityManager, values: Partial<Case>): Promise<string | null> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Case)
      .values(values)
      .orIgnore()
      .returning('id')
      .execute();
    return (result.raw as { id: string }[])[0]?.id ?? null;
  }

  async findOpen(
    manager: EntityManager,
    companyId: string,
    institutionId: string,
    needId: string | null,
  ): Promise<Case | null> {
    return manager
      .getRepository(Case)
      .createQueryBuilder('c')
      .where('c.company_id = :companyId and c.institution_id = :institutionId', { companyId, institutionId })
      .andWhere(needId ? 'c.need_id = :needId' : 'c.need_id is null', { needId })
      .andWhere(`c.stage not in ('funded', 'declined')`)
      .getOne();
  }

  /** Reads and locks the row until the transaction ends: changes to one case queue up. */
  lock(manager: EntityManager, id: string): Promise<Case | null> {
    return manager
      .getRepository(Case)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.id = :id', { id })
      .getOne();
  }

  async update(manager: EntityManager, id: string, values: Partial<Case>): Promise<void> {
    await manager.getRepository(Case).update(id, values);
  }

  async clusterIdsOf(manager: EntityManager, caseId: string): Promise<string[]> {
    return (await manager.getRepository(CaseCluster).findBy({ caseId })).map((link) => link.clusterId);
  }

  async setClusters(manager: EntityManager, caseId: string, clusterIds: readonly string[]): Promise<void> {
    const links = manager.getRepository(CaseCluster);
    await links.delete({ caseId });
    await links.insert(clusterIds.map((clusterId) => ({ caseId, clusterId })));
  }

  async setFunding(
    manager: EntityManager,
    caseId: string,
    funding: readonly { source: FundingSource; amountDkk: number }[],
  ): Promise<void> {
    const rows = manager.getRepository(CaseFunding);
    await rows.delete({ caseId });
    if (funding.length) await rows.insert(funding.map((f) => ({ caseId, ...f })));
  }

  async addEvent(
    manager: EntityManager,
    event: { caseId: string; actorUserId: string | null; kind: CaseEventKind; body?: string; data?: object },
  ): Promise<CaseEvent> {
    const events = manager.getRepository(CaseEvent);
    return events.save(events.create({ body: null, data: {}, ...event }));
  }

  consents(manager: EntityManager, caseId: string): Promise<CaseConsent[]> {
    return manager.getRepository(CaseConsent).find({ where: { caseId }, order: { party: 'ASC' } });
  }

  /** The consent row, locked until the transaction ends: one answer wins. */
  lockConsent(manager: EntityManager, id: string): Promise<CaseConsent | null> {
    return manager
      .getRepository(CaseConsent)
      .createQueryBuilder('k')
      .setLock('pessimistic_write')
      .where('k.id = :id', { id })
      .getOne();
  }

  findConsent(id: string): Promise<CaseConsent | null> {
    return this.dataSource.getRepository(CaseConsent).findOneBy({ id });
  }

  async saveConsent(manager: EntityManager, consent: Partial<CaseConsent>): Promise<CaseConsent> {
    const consents = manager.getRepository(CaseConsent);
    return consents.save(consents.create(consent));
  }

  /** A page of cases, the most recently changed first. */
  async list(filters: CaseFilters): Promise<{ items: CaseRow[]; total: number }> {
    const query = this.dataSource.getRepository(Case).createQueryBuilder('c');
    if (filters.visibleTo) {
      query.andWhere(
        `(exists (select 1 from case_clusters cc where cc.case_id = c.id and cc.cluster_id = any(:visibleClusters))
          or c.company_id = any(:visibleOrgs) or c.institution_id = any(:visibleOrgs))`,
        {
          visibleClusters: filters.visibleTo.clusterIds,
          visibleOrgs: filters.visibleTo.organizationIds,
        },
      );
    }
    if (filters.cluster) {
      query.andWhere(
        'exists (select 1 from case_clusters fc where fc.case_id = c.id and fc.cluster_id = :cluster)',
        { cluster: filters.cluster },
      );
    }
    if (filters.owner) query.andWhere('c.owner_user_id = :owner', { owner: filters.owner });
    if (filters.stage) query.andWhere('c.stage = :stage', { stage: filters.stage });
    if (filters.waitingFor) {
      query.andWhere(
        `c.stage = 'introduced' and exists (select 1 from case_consents w where w.case_id = c.id and w.status = 'pending'
           and ((w.party = 'company' and c.company_id = any(:waitingFor))
             or (w.party = 'institution' and c.institution_id = any(:waitingFor))))`,
        { waitingFor: filters.waitingFor },
      );
    }
    if (filters.overdueBefore) {
      query.andWhere(`c.next_action_due < :today and c.stage not in ('funded', 'declined')`, {
        today: filters.overdueBefore,
      });
    }
    if (filters.createdBefore) {
      query.andWhere('c.created_at < :createdBefore', { createdBefore: filters.createdBefore });
    }
    const [cases, total] = await query
      .orderBy('c.updated_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .offset((filters.page - 1) * filters.limit)
      .limit(filters.limit)
      .getManyAndCount();
    return { items: await this.withDetails(cases), total };
  }

  async findById(id: string, manager?: EntityManager): Promise<CaseRow | null> {
    const found = await (manager ?? this.dataSource.manager).getRepository(Case).findOneBy({ id });
    return found ? (await this.withDetails([found], manager))[0] : null;
  }

  /** The timeline, oldest first, with the actors' names. */
  async events(caseId: string, kinds?: readonly CaseEventKind[]): Promise<EventRow[]> {
    const query = this.dataSource
      .getRepository(CaseEvent)
      .createQueryBuilder('e')
      .leftJoin('e.actor', 'u')
      .addSelect('u.name', 'actor_name')
      .where('e.case_id = :caseId', { caseId });
    if (kinds) query.andWhere('e.kind = any(:kinds)', { kinds });
    const { entities, raw } = await query
      .orderBy('e.occurred_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .getRawAndEntities();
    return entities.map((event, i) =>
      Object.assign(event, { actorName: (raw[i] as { actor_name: string | null }).actor_name }),
    );
  }

  /** The organisation's members (the contact persons a party shares once both accepted). */
  contacts(organizationId: string): Promise<Contact[]> {
    return this.dataSource.query(
      `select u.id as "userId", u.name, u.email from organization_memberships m join users u on u.id = m.user_id
        where m.organization_id = $1 order by u.name, u.id`,
      [organizationId],
    );
  }

  /**
   * Who is asked for a party's consent: the organisation's owners and admins, and the given members
   * (the need's or competence's contact, the requester) when they are members. An organisation with
   * members but no owner or admin among them (an institution whose staff joined as members) has every
   * member asked, so that someone hears of the introduction.
   */
  recipients(organizationId: string, alsoUserIds: readonly string[]): Promise<Recipient[]> {
    return this.dataSource.query(
      `select u.id as "userId", u.name, u.email, u.locale from organization_memberships m join users u on u.id = m.user_id
        where m.organization_id = $1
          and (m.role in ('owner', 'admin') or u.id = any($2)
            or not exists (select 1 from organization_memberships o
                            where o.organization_id = $1 and o.role in ('owner', 'admin')))
        order by u.name, u.id`,
      [organizationId, alsoUserIds],
    );
  }

  /** Whether the user is a member of one of the clusters (a possible owner broker). */
  async isBrokerOfAny(userId: string, clusterIds: readonly string[]): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `select 1 from organization_memberships where user_id = $1 and organization_id = any($2) limit 1`,
      [userId, clusterIds],
    );
    return Boolean(row);
  }

  /** Cases per stage, of the clusters' cases (null: all). */
  async countsByStage(clusterIds: readonly string[] | null): Promise<{ stage: CaseStage; count: number }[]> {
    return this.dataSource.query(
      `select c.stage, count(*)::int as count from cases c
        where $1::uuid[] is null or exists (select 1 from case_clusters cc where cc.case_id = c.id and cc.cluster_id = any($1))
        group by c.stage`,
      [clusterIds],
    );
  }

  private async withDetails(cases: Case[], manager?: EntityManager): Promise<CaseRow[]> {
    if (!cases.length) return [];
    const db = manager ?? this.dataSource.manager;
    const ids = cases.map((c) => c.id);
    const [refs, clusters, consents, funding] = await Promise.all([
      db.query<
        {
          id: string;
          company: OrganizationRef;
          institution: OrganizationRef;
          need: NamedRef | null;
          competence: NamedRef | null;
          owner: NamedRef | null;
          need_confidential: boolean;
          competence_confidential: boolean;
        }[]
      >(
        `select c.id,
                json_build_object('id', co.id, 'name', co.name, 'kind', co.kind) as company,
                json_build_object('id', io.id, 'name', io.name, 'kind', io.kind) as institution,
                case when n.id is null then null else json_build_object('id', n.id, 'name', n.title) end as need,
                case when k.id is null then null else json_build_object('id', k.id, 'name', k.title) end as competence,
                coalesce(n.visibility = 'brokers', false) as need_confidential,
                coalesce(k.visibility = 'brokers', false) as competence_confidential,
                case when u.id is null then null else json_build_object('id', u.id, 'name', u.name) end as owner
           from cases c
           join organizations co on co.id = c.company_id
           join organizations io on io.id = c.institution_id
           left join needs n on n.id = c.need_id and n.deleted_at is null
           left join competencies k on k.id = c.competence_id and k.deleted_at is null
           left join users u on u.id = c.owner_user_id
          where c.id = any($1)`,
        [ids],
      ),
      db.query<{ case_id: string; id: string; name: string }[]>(
        `select cc.case_id, o.id, o.name from case_clusters cc join organizations o on o.id = cc.cluster_id
          where cc.case_id = any($1) order by o.name, o.id`,
        [ids],
      ),
      db
        .getRepository(CaseConsent)
        .createQueryBuilder('k')
        .where('k.case_id = any(:ids)', { ids })
        .orderBy('k.party')
        .getMany(),
      db
        .getRepository(CaseFunding)
        .createQueryBuilder('f')
        .where('f.case_id = any(:ids)', { ids })
        .orderBy('f.source')
        .getMany(),
    ]);
    return cases.map((c) => {
      const ref = refs.find((r) => r.id === c.id);
      const links = clusters.filter((l) => l.case_id === c.id).map(({ id, name }) => ({ id, name }));
      const clusterRefs = [
        ...links.filter((l) => l.id === c.ownerClusterId),
        ...links.filter((l) => l.id !== c.ownerClusterId),
      ];
      return Object.assign(c, {
        companyRef: ref?.company as OrganizationRef,
        institutionRef: ref?.institution as OrganizationRef,
        needRef: ref?.need ?? null,
        competenceRef: ref?.competence ?? null,
        needConfidential: ref?.need_confidential ?? false,
        competenceConfidential: ref?.competence_confidential ?? false,
        ownerUserRef: ref?.owner ?? null,
        clusterRefs,
        clusterIds: clusterRefs.map((l) => l.id),
        consents: consents.filter((k) => k.caseId === c.id),
        funding: funding.filter((f) => f.caseId === c.id),
      });
    });
  }
}
