import type { BudgetBand, OrganizationKind, Timeframe } from '@videnbro/domain';
import { Column } from 'typeorm';
import { Posting, PostingTable } from './posting.entity';

/** What a company (SME or large company) looks for in a partner. */
@PostingTable('needs')
export class Need extends Posting {
  /** The kinds of organisation sought as partners. */
  @Column({ type: 'varchar', length: 30, array: true, default: () => "'{}'" })
  partnerKinds!: OrganizationKind[];

  @Column({ type: 'varchar', length: 20, nullable: true })
  budgetBand!: BudgetBand | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  timeframe!: Timeframe | null;
}
