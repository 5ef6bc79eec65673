import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { Caller } from '@videnbro/access';
import { AuditLog, diff } from '@videnbro/audit';
import {
  CASE_STAGE_IDS,
  CASE_STAGE_LABELS,
  canMoveCase,
  CONSENTED_CASE_STAGES,
  isCompany,
  isKnowledgeInstitution,
} from '@videnbro/domain';
import type { CaseOrigin, CaseParty, CaseStage } from '@videnbro/domain';
import { CaseAccess } from './case-access';
import type { CaseScope } from './case-access';
import { CaseNotices } from './case-notices';
import { CaseConsentsService } from './case-consents.service';
import type { ConsentRequest } from './case-consents.service';
import { routeCase } from './case-routing';
import { CaseViews, isIntroduced } from './case-views';
import type { CaseView } from './case-views';
import { CaseClock } from './clock';
import { CasesRepository } from './cases.repository';
import type { CaseRow, PostingRef } from './cases.repository';
import type { CreateCaseDto, HandoverDto, ListCasesQueryDto, UpdateCaseDto } from './dto/case.dto';
import type { Case } from './entities';
import { badField, caseNotFound, conflict } from './errors';

/** What the audit log records of a case. */
const AUDITED_FIELDS = [
  'companyId',
  'institutionId',
  'needId',
  'competenceId',
  'ownerClusterId',
  'clusterIds',
  'stage',
  'origin',
  'routing',
  'ownerUserId',
  'nextAction',
  'nextActionDue',
  'collaborationType',
  'applicationsSubmitted',
  'funding',
] as const;

const DAY_MS = 86_400_000;

const stageName = (stage: CaseStage) => CASE_STAGE_LABELS[stage].en.toLowerCase();

/**
 * Cases: how they come in (and are routed), who reads them, and what brokers change. Every change
 * commits with its timeline event and audit entry; mail goes out after the commit.
 */
@Injectable()
export class CasesService {
  constructor(
    private readonly cases: CasesRepository,
    private readonly access: CaseAccess,
    private readonly views: CaseViews,
    private readonly consents: CaseConsentsService,
    private readonly audit: AuditLog,
    private readonly clock: CaseClock,
    private readonly notices: CaseNotices,
  ) {}

  /**
   * POST /cases: a company member asks for an introduction, an institution member expresses interest
   * in a need, or a broker (naming their cluster) creates one from a match. A request for a pair that
   * already has an open case joins it: `created` is false then.
   */
  async create(caller: Caller, input: CreateCaseDto): Promise<{ view: CaseView; created: boolean }> {
    const scope = await this.access.scopeFor(caller);
    const origin = this.originOf(scope, input);
    const orgs = await this.cases.organizations(
      [input.companyId, input.institutionId, input.clusterId].filter((id): id is string => Boolean(id)),
    );
    const company = orgs.find((o) => o.id === input.companyId);
    const institution = orgs.find((o) => o.id === input.institutionId);
    if (!company || !isCompany(company.kind)) throw badField('companyId', 'companyId must be a company');
    if (!institution || !isKnowledgeInstitution(institution.kind)) {
      throw badField('institutionId', 'institutionId must be a knowledge institution');
    }
    if (input.clusterId && orgs.find((o) => o.id === input.clusterId)?.kind !== 'cluster') {
      throw badField('clusterId', 'clusterId must be a cluster');
    }
    const need = input.needId ? await this.readablePosting(scope, 'needs', input.needId) : null;
    if (need && need.organizationId !== company.id)
      throw badField('needId', 'needId must be a need of the company');
    const competence = input.competenceId
      ? await this.readablePosting(scope, 'competencies', input.competenceId)
      : null;
    if (competence && competence.organizationId !== institution.id) {
      throw badField('competenceId', 'competenceId must be a competence of the institution');
    }

    const subjectOf = (p: PostingRef) => ({ text: `${p.title}\n${p.description}`, tags: p.tags });
    const [companyClusters, institutionClusters, allClusters] = await Promise.all([
      this.cases.clusters(company.id),
      this.cases.clusters(institution.id),
      this.cases.clusters(),
    ]);
    const routing = routeCase({
      brokerClusterId: input.clusterId,
      companyClusters,
      institutionClusters,
      allClusters,
      subject: need ? subjectOf(need) : competence ? subjectOf(competence) : null,
    });
    if (!routing) {
      throw new BadRequestException(
        'No cluster can take this case: the company is in no cluster, and no cluster’s strength areas fit it. Ask a cluster directly.',
      );
    }
    const party: CaseParty | undefined =
      origin === 'company_request'
        ? 'company'
        : origin === 'institution_interest'
          ? 'institution'
          : undefined;
    const eventData = { origin, ...(party ? { party } : {}) };

    const { id, created } = await this.cases.transaction(async (manager) => {
      const values: Partial<Case> = {
        companyId: company.id,
        institutionId: institution.id,
        needId: need?.id ?? null,
        competenceId: competence?.id ?? null,
        ownerClusterId: routing.ownerClusterId,
        stage: 'suggested',
        origin,
        routing: routing.routing,
        routingTerms: routing.routingTerms,
        requestedBy: caller.userId,
      };
      const insertedId = await this.cases.insertUnlessOpen(manager, values);
      if (!insertedId) {
        const open = await this.cases.findOpen(manager, company.id, institution.id, need?.id ?? null);
        if (!open) throw conflict('The open case for this pair just closed: send the request again');
        // A later request may name the competence the first one did not: the case gains it.
        if (competence && !open.competenceId) {
          await this.cases.update(manager, open.id, { competenceId: competence.id });
          await this.audit.record(manager, {
            actorUserId: caller.userId,
            entityType: 'case',
            entityId: open.id,
            action: 'update',
            changes: { competenceId: { from: null, to: competence.id } },
          });
        }
        const joined = await this.cases.addEvent(manager, {
          caseId: open.id,
          actorUserId: caller.userId,
          kind: 'joined',
          data: { ...eventData, competenceId: competence?.id ?? null },
        });
        await this.notices.caseAssigned(manager, joined);
        return { id: open.id, created: false };
      }
      await this.cases.setClusters(manager, insertedId, routing.clusterIds);
      const createdEvent = await this.cases.addEvent(manager, {
        caseId: insertedId,
        actorUserId: caller.userId,
        kind: 'created',
        data: { ...eventData, routing: routing.routing, routingTerms: routing.routingTerms },
      });
      await this.notices.caseAssigned(manager, createdEvent);
      await this.audit.record(manager, {
        actorUserId: caller.userId,
        entityType: 'case',
        entityId: insertedId,
        action: 'create',
        changes: diff(null, { ...values, clusterIds: routing.clusterIds, funding: [] }, AUDITED_FIELDS),
      });
      return { id: insertedId, created: true };
    });
    return { view: await this.detail(scope, id), created };
  }

  async list(caller: Caller, input: ListCasesQueryDto): Promise<{ items: CaseView[]; total: number }> {
    const scope = await this.access.scopeFor(caller);
    scope.refuseProgrammeOnly();
    if (input.cluster && !scope.mayBrokerCluster(input.cluster)) {
      throw new ForbiddenException("Only the cluster's own brokers may list its cases");
    }
    const { items, total } = await this.cases.list({
      visibleTo: scope.isPlatformAdmin
        ? null
        : { clusterIds: scope.brokerClusterIds, organizationIds: scope.organizationIds },
      cluster: input.cluster,
      owner: input.owner,
      stage: input.stage,
      waitingFor: input.waitingForMe ? scope.organizationIds : undefined,
      overdueBefore: input.overdue ? this.clock.today() : undefined,
      createdBefore: input.olderThanDays
        ? new Date(this.clock.now().getTime() - input.olderThanDays * DAY_MS)
        : undefined,
      page: input.page ?? 1,
      limit: input.limit ?? 20,
    });
    return { items: items.map((row) => this.views.summary(scope, row)), total };
  }

  async get(caller: Caller, id: string): Promise<CaseView> {
    return this.detail(await this.access.scopeFor(caller), id);
  }

  /** GET /cases/summary: cases per stage. Brokers: their clusters; programme staff and admins: all. */
  async summary(caller: Caller, cluster?: string): Promise<{ stage: CaseStage; count: number }[]> {
    const scope = await this.access.scopeFor(caller);
    const readsAll = scope.isPlatformAdmin || scope.isProgramme;
    if (!readsAll && !scope.brokerClusterIds.length) {
      throw new ForbiddenException('Only brokers, programme staff and platform admins see case figures');
    }
    if (cluster && !readsAll && !scope.brokerClusterIds.includes(cluster)) {
      throw new ForbiddenException("Only the cluster's own brokers see its case figures");
    }
    const counts = await this.cases.countsByStage(
      cluster ? [cluster] : readsAll ? null : scope.brokerClusterIds,
    );
    return CASE_STAGE_IDS.map((stage) => ({
      stage,
      count: counts.find((c) => c.stage === stage)?.count ?? 0,
    }));
  }

  /** PATCH /cases/:id: stage, owner broker, next action and outcome. Brokers of the case and admins. */
  async update(caller: Caller, id: string, input: UpdateCaseDto): Promise<CaseView> {
    const scope = await this.access.scopeFor(caller);
    const requests = await this.cases.transaction(async (manager) => {
      const c = await this.cases.lock(manager, id);
      if (!c) throw caseNotFound();
      const clusterIds = await this.cases.clusterIdsOf(manager, id);
      this.requireVisible(scope, { ...c, clusterIds });
      scope.requireBroker({ ...c, clusterIds }, 'change it');
      const consents = await this.cases.consents(manager, id);
      const current = await this.cases.findById(id, manager);
      const before = {
        ...c,
        clusterIds,
        funding: current?.funding.map(({ source, amountDkk }) => ({ source, amountDkk })) ?? [],
      };

      const values: Partial<Case> = {};
      let requests: ConsentRequest[] = [];
      if (input.stage !== undefined && input.stage !== c.stage) {
        if (!canMoveCase(c.stage, input.stage)) {
          throw conflict(`A case cannot move from ${stageName(c.stage)} to ${stageName(input.stage)}`);
        }
        if (
          (CONSENTED_CASE_STAGES as readonly CaseStage[]).includes(input.stage) &&
          !isIntroduced({ consents })
        ) {
          throw conflict(
            `Both parties must accept the introduction before the case moves to ${stageName(input.stage)}`,
          );
        }
        values.stage = input.stage;
      }
      if (input.ownerUserId !== undefined && input.ownerUserId !== c.ownerUserId) {
        if (input.ownerUserId && !(await this.cases.isBrokerOfAny(input.ownerUserId, clusterIds))) {
          throw badField('ownerUserId', "ownerUserId must be a broker of one of the case's clusters");
        }
        values.ownerUserId = input.ownerUserId;
      }
      if (input.nextAction !== undefined) values.nextAction = input.nextAction || null;
      if (input.nextActionDue !== undefined) values.nextActionDue = input.nextActionDue;
      if (input.collaborationType !== undefined) values.collaborationType = input.collaborationType;
      if (input.applicationsSubmitted !== undefined)
        values.applicationsSubmitted = input.applicationsSubmitted;
      const funding = input.funding?.map(({ source, amountDkk }) => ({ source, amountDkk }));
      if (funding && new Set(funding.map((f) => f.source)).size !== funding.length) {
        throw badField('funding', 'funding must name each source once');
      }
      if (funding) funding.sort((a, b) => a.source.localeCompare(b.source));

      const after = { ...before, ...values, funding: funding ?? before.funding };
      const changes = diff(before, after, AUDITED_FIELDS);
      if (!Object.keys(changes).length) return [];
      await this.cases.update(manager, id, values);
      if (changes.funding) await this.cases.setFunding(manager, id, after.funding);
      const event = (kind: Parameters<CasesRepository['addEvent']>[1]['kind'], data: object) =>
        this.cases.addEvent(manager, { caseId: id, actorUserId: caller.userId, kind, data });
      if (changes.stage) {
        await this.notices.stageChanged(
          manager,
          await event('stage_changed', { from: c.stage, to: values.stage }),
        );
      }
      if (changes.ownerUserId) {
        const ownerChanged = await event('owner_changed', changes.ownerUserId);
        if (values.ownerUserId) await this.notices.ownerAssigned(manager, ownerChanged, values.ownerUserId);
      }
      if (changes.nextAction || changes.nextActionDue) {
        await event('next_action_changed', {
          nextAction: after.nextAction,
          nextActionDue: after.nextActionDue,
        });
      }
      if (changes.collaborationType || changes.applicationsSubmitted || changes.funding) {
        await event('outcome_changed', {
          collaborationType: after.collaborationType,
          applicationsSubmitted: after.applicationsSubmitted,
          funding: after.funding,
        });
      }
      if (values.stage === 'introduced') requests = await this.consents.request(manager, c, caller.userId);
      await this.audit.record(manager, {
        actorUserId: caller.userId,
        entityType: 'case',
        entityId: id,
        action: 'update',
        changes,
      });
      return requests;
    });
    await this.consents.sendRequests(id, requests);
    return this.detail(scope, id);
  }

  /**
   * POST /cases/:id/handover: the owner cluster's brokers (or an admin) pass the case to another cluster,
   * which owns it from then on (no owner broker until it names one).
   */
  async handover(caller: Caller, id: string, input: HandoverDto): Promise<CaseView> {
    const scope = await this.access.scopeFor(caller);
    await this.cases.transaction(async (manager) => {
      const c = await this.cases.lock(manager, id);
      if (!c) throw caseNotFound();
      const clusterIds = await this.cases.clusterIdsOf(manager, id);
      this.requireVisible(scope, { ...c, clusterIds });
      if (!scope.mayBrokerCluster(c.ownerClusterId)) {
        throw new ForbiddenException(
          "Only the owner cluster's brokers and platform admins may hand the case over",
        );
      }
      const [target] = await this.cases.organizations([input.clusterId]);
      if (target?.kind !== 'cluster') throw badField('clusterId', 'clusterId must be a cluster');
      if (target.id === c.ownerClusterId)
        throw badField('clusterId', 'The case is already with this cluster');
      // The former owner stays as a co-broker: it knows the parties and keeps following the case.
      const after = [target.id, ...clusterIds.filter((cid) => cid !== target.id)];
      const values: Partial<Case> = {
        ownerClusterId: target.id,
        routing: 'handover',
        routingTerms: [],
        ownerUserId: null,
      };
      await this.cases.update(manager, id, values);
      await this.cases.setClusters(manager, id, after);
      const handedOver = await this.cases.addEvent(manager, {
        caseId: id,
        actorUserId: caller.userId,
        kind: 'handed_over',
        data: { from: c.ownerClusterId, to: target.id, reason: input.reason ?? null },
      });
      await this.notices.caseAssigned(manager, handedOver, [target.id]);
      await this.audit.record(manager, {
        actorUserId: caller.userId,
        entityType: 'case',
        entityId: id,
        action: 'handover',
        changes: diff({ ...c, clusterIds }, { ...c, ...values, clusterIds: after }, [
          'ownerClusterId',
          'clusterIds',
          'routing',
          'ownerUserId',
        ]),
      });
    });
    return this.detail(scope, id);
  }

  /** The case as the caller may see it; 404 for those who may not know of it, 403 for programme staff. */
  async detail(scope: CaseScope, id: string): Promise<CaseView> {
    const row = await this.cases.findById(id);
    if (!row) throw caseNotFound();
    this.requireVisible(scope, row);
    return this.views.detail(scope, row);
  }

  /** Throws unless the caller may read the case (as a broker or a party). */
  requireVisible(
    scope: CaseScope,
    c: Pick<CaseRow, 'companyId' | 'institutionId' | 'ownerClusterId' | 'clusterIds'>,
  ): void {
    if (scope.mayRead(c)) return;
    scope.refuseProgrammeOnly();
    throw caseNotFound();
  }

  private originOf(scope: CaseScope, input: CreateCaseDto): CaseOrigin {
    if (input.clusterId) {
      if (!scope.mayBrokerCluster(input.clusterId)) {
        throw new ForbiddenException("Only the cluster's brokers may create a case for it");
      }
      return 'broker_match';
    }
    if (scope.isMemberOf(input.companyId)) return 'company_request';
    if (scope.isMemberOf(input.institutionId)) {
      if (!input.needId)
        throw badField('needId', 'needId is required when an institution expresses interest');
      return 'institution_interest';
    }
    throw new ForbiddenException(
      'Only members of the company or the institution, or brokers naming their cluster, may ask for an introduction',
    );
  }

  /**
   * The posting, when the caller may read it, by the postings feature's read rule: its own
   * organisation sees it; others no drafts, and of the rest public and registered ones, and
   * confidential (`brokers`) ones only as admins, programme staff or brokers of a cluster the owner
   * is a member of. Anything else is "not found", as in the postings API.
   */
  private async readablePosting(
    scope: CaseScope,
    table: 'needs' | 'competencies',
    id: string,
  ): Promise<PostingRef> {
    const posting = await this.cases.posting(table, id, scope.brokerClusterIds);
    const field = table === 'needs' ? 'Need' : 'Competence';
    if (!posting) throw new NotFoundException(`${field} not found`);
    const own = scope.isMemberOf(posting.organizationId);
    const readable =
      own ||
      (posting.status !== 'draft' &&
        (posting.visibility !== 'brokers' ||
          scope.isPlatformAdmin ||
          scope.isProgramme ||
          posting.brokeredBy.length > 0));
    if (!readable) throw new NotFoundException(`${field} not found`);
    if (posting.status === 'draft' || posting.status === 'closed') {
      throw badField(table === 'needs' ? 'needId' : 'competenceId', `The ${field.toLowerCase()} is not open`);
    }
    return posting;
  }
}
