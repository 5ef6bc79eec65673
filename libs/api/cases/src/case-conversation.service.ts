import { ForbiddenException, Injectable } from '@nestjs/common';
import type { Caller } from '@videnbro/access';
import { CaseAccess } from './case-access';
import { CaseNotices } from './case-notices';
import type { CaseScope } from './case-access';
import { isIntroduced } from './case-views';
import { CasesRepository } from './cases.repository';
import type { CaseRow, EventRow } from './cases.repository';
import { CasesService } from './cases.service';
import { caseNotFound, conflict } from './errors';

/**
 * Broker notes (the case's brokers and admins only) and the message thread between the parties, which
 * opens once both accepted the introduction; the brokers read and write in it too.
 */
@Injectable()
export class CaseConversationService {
  constructor(
    private readonly cases: CasesRepository,
    private readonly access: CaseAccess,
    private readonly casesService: CasesService,
    private readonly notices: CaseNotices,
  ) {}

  async addNote(caller: Caller, id: string, body: string): Promise<EventRow> {
    const { scope, row } = await this.visible(caller, id);
    if (!scope.brokers(row))
      throw new ForbiddenException("Only the case's brokers and platform admins write notes");
    return this.write(row, caller.userId, 'note', body, {});
  }

  async messages(caller: Caller, id: string): Promise<EventRow[]> {
    await this.thread(caller, id);
    return this.cases.events(id, ['message']);
  }

  async addMessage(caller: Caller, id: string, body: string): Promise<EventRow> {
    const { scope, row } = await this.thread(caller, id);
    const [party] = scope.brokers(row) ? [] : scope.partiesOf(row);
    return this.write(row, caller.userId, 'message', body, party ? { party } : {});
  }

  private async visible(caller: Caller, id: string): Promise<{ scope: CaseScope; row: CaseRow }> {
    const scope = await this.access.scopeFor(caller);
    const row = await this.cases.findById(id);
    if (!row) throw caseNotFound();
    this.casesService.requireVisible(scope, row);
    return { scope, row };
  }

  private async thread(caller: Caller, id: string) {
    const visible = await this.visible(caller, id);
    if (!isIntroduced(visible.row)) {
      throw conflict('The message thread opens when both parties have accepted the introduction');
    }
    return visible;
  }

  private async write(row: CaseRow, userId: string, kind: 'note' | 'message', body: string, data: object) {
    const saved = await this.cases.transaction(async (manager) => {
      const event = await this.cases.addEvent(manager, {
        caseId: row.id,
        actorUserId: userId,
        kind,
        body,
        data,
      });
      await this.cases.update(manager, row.id, { updatedAt: event.occurredAt });
      if (kind === 'message') await this.notices.message(manager, event);
      return event;
    });
    const [written] = (await this.cases.events(row.id, [kind])).filter((e) => e.id === saved.id);
    return written;
  }
}
