import { ApiProperty } from '@nestjs/swagger';

export class DocumentCountsDto {
  @ApiProperty()
  need!: number;

  @ApiProperty()
  competence!: number;

  @ApiProperty()
  organization!: number;
}

export class OutboxStatusDto {
  @ApiProperty({ description: 'Changes still to reach the index (retries included)' })
  pending!: number;

  @ApiProperty({ description: 'Changes that failed too often and are no longer retried' })
  failed!: number;

  @ApiProperty({ description: 'Seconds since the oldest pending change was written; 0 when none' })
  lagSeconds!: number;

  @ApiProperty({ type: String, nullable: true, description: 'The most recent error of a waiting change' })
  lastError!: string | null;
}

export class SearchIndexStatusDto {
  @ApiProperty({ description: "The live index's uid" })
  uid!: string;

  @ApiProperty({
    type: DocumentCountsDto,
    nullable: true,
    description: 'Null when Meilisearch cannot be reached',
  })
  documents!: DocumentCountsDto | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why Meilisearch could not be asked' })
  error!: string | null;
}

export class SearchStatusDto {
  @ApiProperty({ type: OutboxStatusDto })
  outbox!: OutboxStatusDto;

  @ApiProperty({ type: SearchIndexStatusDto })
  index!: SearchIndexStatusDto;

  @ApiProperty({ type: DocumentCountsDto, description: 'What the index should hold, per the database' })
  database!: DocumentCountsDto;

  @ApiProperty({ description: 'Nothing pending or failed, and the index counts equal the database counts' })
  inSync!: boolean;
}
