import { ForbiddenException, GoneException, Inject, Injectable, Logger } from '@nestjs/common';
import type { Caller } from '@videnbro/access';
import { AuditLog } from '@videnbro/audit';
import { APP_CONFIG } from '@videnbro/config';
import type { AppConfig } from '@videnbro/config';
import { CASE_PARTY_IDS } from '@videnbro/domain';
import type { CaseParty } from '@videnbro/domain';
import { MailPort } from '@videnbro/mail';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CaseAccess } from './case-access';
import { introductionProposedMail } from './case-mails';
import { CaseNotices } from './case-notices';
import { CaseViews, subjectFor } from './case-views';
import type { CaseView } from './case-views';
import { CaseClock } from './clock';
import { hashConsentToken, signConsentToken, verifyConsentToken } from './consent-tokens';
import { CasesRepository } from './cases.repository';
import type { CaseRow, Recipient } from './cases.repository';
import type { ConsentAnswerDto } from './dto/case.dto';
import type { Case, CaseConsent } from './entities';
import { badField, caseNotFound, conflict, consentLinkInvalid } from './errors';

/** How long an emailed consent link works. */
export const CONSENT_LINK_DAYS = 14;

/** A consent request made in a transaction, to be mailed once it committed. */
export interface ConsentRequest {
  party: CaseParty;
  token: string;
  expiresAt: Date;
  /** The side's people who want this notification by email: the introduction mail is theirs. */
  recipients: Recipient[];
}

export interface ConsentLinkView {
  consent: CaseConsent;
  row: CaseRow;
}

/**
 * The parties' consent to an introduction. A broker proposing it (stage `introduced`) asks both sides;
 * each answers once, in the app or through the signed, single-use, expiring link mailed to it. Answers
 * commit with their timeline event and audit entry; a decline's reason is for brokers only.
 */
@Injectable()
export class CaseConsentsService {
  private readonly logger = new Logger(CaseConsentsService.name);

  constructor(
    private readonly cases: CasesRepository,
    private readonly access: CaseAccess,
    private readonly views: CaseViews,
    private readonly audit: AuditLog,
    private readonly mail: MailPort,
    private readonly clock: CaseClock,
    private readonly notices: CaseNotices,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Asks every side that has not accepted yet (again, after a stall: with a fresh link; the old one is
   * void). Runs in the caller's transaction; returns the requests to mail after commit.
   */
  async request(manager: EntityManager, c: Case, actorUserId: string): Promise<ConsentRequest[]> {
    const existing = await this.cases.consents(manager, c.id);
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + CONSENT_LINK_DAYS * 86_400_000);
    const requests: ConsentRequest[] = [];
    for (const party of CASE_PARTY_IDS) {
      const current = existing.find((consent) => consent.party === party);
      if (current?.status === 'accepted') continue;
      // The id is chosen here so that the token, which names it, is signed before the row is written.
      const id = current?.id ?? randomUUID();
      const token = signConsentToken(this.config.caseLinkSecret, id, expiresAt);
      const tokenHash = hashConsentToken(token);
      await this.cases.saveConsent(manager, {
        ...(current ?? { caseId: c.id, party }),
        id,
        status: 'pending',
        declineReason: null,
        answeredBy: null,
        answeredAt: null,
        tokenHash,
        tokenExpiresAt: expiresAt,
        tokenUsedAt: null,
      });
      // Keyed by the link: a fresh request (after a stall) is announced again.
      const recipients = await this.notices.introductionProposed(
        manager,
        c.id,
        party,
        `${id}:${tokenHash.slice(0, 16)}`,
        actorUserId,
      );
      requests.push({ party, token, expiresAt, recipients });
    }
    if (requests.length) {
      await this.cases.addEvent(manager, {
        caseId: c.id,
        actorUserId,
        kind: 'consent_requested',
        data: { parties: requests.map((r) => r.party) },
      });
    }
    return requests;
  }

  /**
   * Mails each request to its side's people (CaseNotices.sideRecipients) who take this notification by
   * email. After commit, so no mail goes out for a change that rolled back; each mail sent is then
   * written to the timeline.
   */
  async sendRequests(caseId: string, requests: readonly ConsentRequest[]): Promise<void> {
    if (!requests.some((request) => request.recipients.length)) return;
    const row = await this.cases.findById(caseId);
    if (!row) return;
    const owner = row.clusterRefs[0];
    for (const request of requests) {
      const own = request.party === 'company' ? row.companyRef : row.institutionRef;
      const other = request.party === 'company' ? row.institutionRef : row.companyRef;
      let sent = 0;
      for (const recipient of request.recipients) {
        try {
          await this.mail.send(
            introductionProposedMail({
              to: recipient.email,
              locale: recipient.locale,
              recipientName: recipient.name,
              organizationName: own.name,
              counterpartName: other.name,
              subject: subjectFor(row, request.party),
              clusterName: owner?.name ?? '',
              link: `${this.config.publicUrl}/case-consents/${request.token}`,
              expiresAt: request.expiresAt,
            }),
          );
          sent++;
        } catch (error) {
          this.logger.error({ err: error }, 'An introduction mail could not be sent');
        }
      }
      if (sent) {
        await this.cases.transaction((manager) =>
          this.cases.addEvent(manager, {
            caseId,
            actorUserId: null,
            kind: 'email_sent',
            data: { purpose: 'consent_request', party: request.party, recipients: sent },
          }),
        );
      }
    }
  }

  /** POST /cases/:id/consent: a member of the company or the institution answers for their side. */
  async answerInApp(caller: Caller, caseId: string, answer: ConsentAnswerDto): Promise<CaseView> {
    const scope = await this.access.scopeFor(caller);
    checkReason(answer);
    await this.cases.transaction(async (manager) => {
      const c = await this.cases.lock(manager, caseId);
      if (!c) throw caseNotFound();
      const clusterIds = await this.cases.clusterIdsOf(manager, caseId);
      const parties = scope.partiesOf({ ...c, clusterIds });
      if (!parties.length) {
        if (scope.mayRead({ ...c, clusterIds })) {
          throw new ForbiddenException('Only members of the company or the institution answer for them');
        }
        scope.refuseProgrammeOnly();
        throw caseNotFound();
      }
      const party = answer.party ?? (parties.length === 1 ? parties[0] : undefined);
      if (!party) throw badField('party', 'party is required: you belong to both organisations');
      if (!parties.includes(party)) throw new ForbiddenException(`You are not a member of the ${party}`);
      const consent = (await this.cases.consents(manager, caseId)).find((k) => k.party === party);
      await this.record(manager, c, consent, answer, caller.userId, 'app');
    });
    const row = await this.cases.findById(caseId);
    if (!row) throw caseNotFound();
    return this.views.detail(scope, row);
  }

  /** GET /case-consents/:token: what the link is about, for the page that asks. Does not use it up. */
  async preview(token: string): Promise<ConsentLinkView> {
    const consent = await this.usableConsent(token);
    const row = await this.cases.findById(consent.caseId);
    if (!row) throw consentLinkInvalid();
    return { consent, row };
  }

  /** POST /case-consents/:token: answers for the link's side, once. */
  async answerByLink(token: string, answer: ConsentAnswerDto): Promise<ConsentLinkView> {
    checkReason(answer);
    const consentId = (await this.usableConsent(token)).id;
    await this.cases.transaction(async (manager) => {
      const consent = await this.cases.lockConsent(manager, consentId);
      // Re-checked under the lock: of two clicks at once, one wins and the other is told it was used.
      if (!consent || consent.tokenHash !== hashConsentToken(token)) throw consentLinkInvalid();
      if (consent.tokenUsedAt) throw conflict('This link has already been used');
      const c = await this.cases.lock(manager, consent.caseId);
      if (!c) throw consentLinkInvalid();
      await this.record(manager, c, consent, answer, null, 'email');
    });
    const consent = await this.cases.findConsent(consentId);
    const row = consent ? await this.cases.findById(consent.caseId) : null;
    if (!consent || !row) throw consentLinkInvalid();
    return { consent, row };
  }

  /** The consent of a well-signed, unexpired, unused and current link; else 404, 410 or 409. */
  private async usableConsent(token: string): Promise<CaseConsent> {
    const verified = verifyConsentToken(this.config.caseLinkSecret, token);
    if (!verified) throw consentLinkInvalid();
    const consent = await this.cases.findConsent(verified.consentId);
    if (!consent || consent.tokenHash !== hashConsentToken(token)) throw consentLinkInvalid();
    if (consent.tokenUsedAt) throw conflict('This link has already been used');
    if (verified.expiresAt <= this.clock.now()) {
      throw new GoneException(
        'This link has expired: sign in to Videnbro to answer, or ask the cluster for a new one',
      );
    }
    return consent;
  }

  private async record(
    manager: EntityManager,
    c: Case,
    consent: CaseConsent | undefined,
    answer: ConsentAnswerDto,
    userId: string | null,
    via: 'app' | 'email',
  ): Promise<void> {
    if (c.stage !== 'introduced' || !consent) {
      throw conflict('No introduction is waiting for an answer in this case');
    }
    if (consent.status !== 'pending') throw conflict(`The ${consent.party} has already answered`);
    const now = this.clock.now();
    const status = answer.decision === 'accept' ? 'accepted' : 'declined';
    await this.cases.saveConsent(manager, {
      ...consent,
      status,
      declineReason: status === 'declined' ? (answer.reason ?? null) : null,
      answeredBy: userId,
      answeredAt: now,
      tokenUsedAt: now,
    });
    const event = await this.cases.addEvent(manager, {
      caseId: c.id,
      actorUserId: userId,
      kind: status === 'accepted' ? 'consent_accepted' : 'consent_declined',
      data: { party: consent.party, via },
    });
    await this.audit.record(manager, {
      actorUserId: userId,
      entityType: 'case',
      entityId: c.id,
      action: 'consent',
      changes: { [`consent.${consent.party}`]: { from: 'pending', to: status } },
    });
    // The case row changes too, so lists ordered by their last change show the answer.
    await this.cases.update(manager, c.id, { updatedAt: now });
    await this.notices.consentAnswered(manager, event);
  }
}

function checkReason(answer: ConsentAnswerDto): void {
  if (answer.reason && answer.decision !== 'decline') {
    throw badField('reason', 'reason goes with a decline only');
  }
}
