import { FUNDING_SOURCE_IDS } from '@videnbro/domain';
import type { FundingSource } from '@videnbro/domain';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Case } from './case.entity';
import { inList } from './refs';

/** bigint comes back from pg as a string; whole kroner fit a JavaScript number many times over. */
const kroner = {
  to: (value: number) => value,
  from: (value: string) => Number(value),
};

/** Funding a case secured, in whole DKK, by source (the funding sources of the cluster records). */
@Entity('case_funding')
@Check('ck_case_funding_source', inList('source', FUNDING_SOURCE_IDS))
@Check('ck_case_funding_amount', `"amount_dkk" > 0`)
export class CaseFunding {
  @PrimaryColumn({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  source!: FundingSource;

  @Column({ type: 'bigint', transformer: kroner })
  amountDkk!: number;
}
