import { Injectable } from '@nestjs/common';
import type { CaseParty } from '@videnbro/domain';
import { NotificationsService } from '@videnbro/notifications';
import type { Notice, NotificationParams } from '@videnbro/notifications';
import type { EntityManager } from 'typeorm';
import { CasePeopleRepository } from './case-people.repository';
import { isIntroduced, subjectFor } from './case-views';
import { CasesRepository } from './cases.repository';
import type { CaseRow, Recipient } from './cases.repository';
import type { CaseEvent } from './entities';
import { caseNotFound } from './errors';

const otherSide = (party: CaseParty): CaseParty => (party === 'company' ? 'institution' : 'company');

/**
 * The notifications of case changes, written in the change's transaction through the notifications
 * writer: who is told what. Params carry organisation and cluster names, stages and decisions only:
 * never contact persons, never a decline reason. The actor is never told of their own act. Each
 * notice's dedupe key names the timeline event (or consent request) it announces.
 */
@Injectable()
export class CaseNotices {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly cases: CasesRepository,
    private readonly people: CasePeopleRepository,
  ) {}

  /**
   * Created, joined or handed over: the brokers of the clusters that received the case (by default
   * all of its clusters).
   */
  async caseAssigned(
    manager: EntityManager,
    event: CaseEvent,
    clusterIds?: readonly string[],
  ): Promise<void> {
    const row = await this.row(manager, event.caseId);
    const brokers = await this.people.brokersOf(manager, clusterIds ?? row.clusterIds);
    await this.send(manager, row, event, 'case_assigned', brokers, { via: event.kind });
  }

  /** A broker became the case's owner. */
  async ownerAssigned(manager: EntityManager, event: CaseEvent, ownerUserId: string): Promise<void> {
    const row = await this.row(manager, event.caseId);
    await this.send(manager, row, event, 'case_assigned', [ownerUserId], { via: event.kind });
  }

  /**
   * The side is asked for its consent: the people the introduction mail goes to. Returns those whose
   * delivery is `email`: they get the introduction mail with its signed link, which is their mail of
   * this notice (so the notice is stored as mailed). `digest` lists it without the link; others get none.
   */
  async introductionProposed(
    manager: EntityManager,
    caseId: string,
    party: CaseParty,
    requestKey: string,
    actorUserId: string,
  ): Promise<Recipient[]> {
    const row = await this.row(manager, caseId);
    const recipients = (await this.sideRecipients(row, party)).filter((r) => r.userId !== actorUserId);
    const written = await this.notifications.notify(
      manager,
      recipients.map((recipient) => ({
        userId: recipient.userId,
        kind: 'introduction_proposed',
        link: `/cases/${row.id}`,
        params: { ...this.names(row), party, subject: subjectFor(row, party) },
        dedupeKey: `introduction_proposed:${requestKey}`,
        mailedByCaller: true,
      })),
    );
    const mailed = new Set(written.filter((n) => n.delivery === 'email').map((n) => n.userId));
    return recipients.filter((recipient) => mailed.has(recipient.userId));
  }

  /** A side accepted or declined: the case's brokers and the other side's people. */
  async consentAnswered(manager: EntityManager, event: CaseEvent): Promise<void> {
    const row = await this.row(manager, event.caseId);
    const party = event.data.party as CaseParty;
    const [brokers, other] = await Promise.all([
      this.people.brokersOf(manager, row.clusterIds),
      this.sideRecipients(row, otherSide(party)),
    ]);
    const decision = event.kind === 'consent_accepted' ? 'accepted' : 'declined';
    await this.send(manager, row, event, 'consent_answered', [...brokers, ...other.map((r) => r.userId)], {
      party,
      decision,
    });
  }

  /** The stage moved: the brokers and, once both sides accepted, the people of both sides. */
  async stageChanged(manager: EntityManager, event: CaseEvent): Promise<void> {
    const row = await this.row(manager, event.caseId);
    const userIds = await this.people.brokersOf(manager, row.clusterIds);
    if (isIntroduced(row)) userIds.push(...(await this.partiesPeople(manager, row)));
    await this.send(manager, row, event, 'stage_changed', userIds, {
      from: String(event.data.from),
      to: String(event.data.to),
    });
  }

  /** A message in the thread: everyone on it (brokers and both sides' people) but its writer. */
  async message(manager: EntityManager, event: CaseEvent): Promise<void> {
    const row = await this.row(manager, event.caseId);
    const userIds = [
      ...(await this.people.brokersOf(manager, row.clusterIds)),
      ...(await this.partiesPeople(manager, row)),
    ];
    await this.send(manager, row, event, 'message', userIds, {
      party: (event.data.party as CaseParty | undefined) ?? null,
    });
  }

  /**
   * A side's people: its organisation's owners and admins, and the need's (company) or competence's
   * (institution) contact and the requester when they belong to it. The introduction mail goes to them.
   */
  private async sideRecipients(row: CaseRow, party: CaseParty): Promise<Recipient[]> {
    const table = party === 'company' ? 'needs' : 'competencies';
    const postingId = party === 'company' ? row.needId : row.competenceId;
    const posting = postingId ? await this.cases.posting(table, postingId, []) : null;
    const also = [posting?.contactUserId, row.requestedBy].filter((id): id is string => Boolean(id));
    return this.cases.recipients(party === 'company' ? row.companyId : row.institutionId, also);
  }

  /** Both sides' people, and the members who wrote in the thread. */
  private async partiesPeople(manager: EntityManager, row: CaseRow): Promise<string[]> {
    const [company, institution, writers] = await Promise.all([
      this.sideRecipients(row, 'company'),
      this.sideRecipients(row, 'institution'),
      this.people.threadWritersOf(manager, row.id, [row.companyId, row.institutionId]),
    ]);
    return [...company, ...institution].map((r) => r.userId).concat(writers);
  }

  private async send(
    manager: EntityManager,
    row: CaseRow,
    event: CaseEvent,
    kind: Notice['kind'],
    userIds: readonly string[],
    params: NotificationParams,
  ): Promise<void> {
    const recipients = [...new Set(userIds)].filter((id) => id !== event.actorUserId);
    await this.notifications.notify(
      manager,
      recipients.map((userId) => ({
        userId,
        kind,
        link: `/cases/${row.id}`,
        params: { ...this.names(row), ...params },
        dedupeKey: `${kind}:${event.id}`,
      })),
    );
  }

  private names(row: CaseRow): NotificationParams {
    return {
      company: row.companyRef.name,
      institution: row.institutionRef.name,
      cluster: row.clusterRefs[0]?.name ?? null,
    };
  }

  /** The case as the change left it (read through its transaction). */
  private async row(manager: EntityManager, caseId: string): Promise<CaseRow> {
    const row = await this.cases.findById(caseId, manager);
    if (!row) throw caseNotFound();
    return row;
  }
}
