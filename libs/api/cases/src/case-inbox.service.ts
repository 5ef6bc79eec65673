import { ForbiddenException, HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@videnbro/access';
import { CaseAccess } from './case-access';
import { CaseInboxRepository } from './case-inbox.repository';
import type { InboxNeedRow } from './case-inbox.repository';
import { CASE_MATCHES } from './case-matches';
import type { CaseMatchCandidate, CaseMatches } from './case-matches';
import { CasesRepository } from './cases.repository';
import { INBOX_MATCHES } from './dto/case-inbox.dto';
import type { InboxMatchDto } from './dto/case-inbox.dto';
import { badField } from './errors';

export interface InboxItem {
  need: InboxNeedRow;
  matches: InboxMatchDto[];
}

/**
 * The brokers' inbox: new needs of a cluster's members that no case is about yet, each with its best
 * institutions, so that a broker can propose an introduction straight away. The cluster's brokers and
 * platform admins only.
 */
@Injectable()
export class CaseInboxService {
  constructor(
    private readonly inbox: CaseInboxRepository,
    private readonly cases: CasesRepository,
    private readonly access: CaseAccess,
    @Inject(CASE_MATCHES) private readonly matching: CaseMatches,
  ) {}

  async page(
    caller: Caller,
    clusterId: string,
    page: number,
    limit: number,
  ): Promise<{ items: InboxItem[]; total: number }> {
    const scope = await this.access.scopeFor(caller);
    if (!scope.mayBrokerCluster(clusterId)) {
      throw new ForbiddenException("Only the cluster's brokers and platform admins see its inbox");
    }
    const [cluster] = await this.cases.organizations([clusterId]);
    if (cluster?.kind !== 'cluster') throw badField('cluster', 'cluster must be a cluster');
    const { items, total } = await this.inbox.page(clusterId, page, limit);
    const matches = await Promise.all(items.map((need) => this.bestMatches(caller, need.id)));
    return { items: items.map((need, i) => ({ need, matches: matches[i] })), total };
  }

  /** The need's best institutions under the caller's visibility; none while the need is not indexed yet. */
  private async bestMatches(caller: Caller, needId: string): Promise<InboxMatchDto[]> {
    try {
      const { items } = await this.matching.forNeed(caller, needId, 'organization', INBOX_MATCHES);
      return items.map(toInboxMatch);
    } catch (error) {
      if (error instanceof HttpException && error.getStatus() === HttpStatus.NOT_FOUND) return [];
      throw error;
    }
  }
}

function toInboxMatch(match: CaseMatchCandidate): InboxMatchDto {
  const [best] = match.postings ?? [];
  return {
    institution: match.organization,
    competence: best ? { id: best.id, name: best.title } : null,
    score: match.score,
    sharedTags: match.reasons.sharedTags,
    sharedTerms: match.reasons.sharedTerms,
  };
}
