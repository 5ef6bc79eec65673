import { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxProcessedIndex1795789564275 implements MigrationInterface {
  name = 'OutboxProcessedIndex1795789564275';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "ix_outbox_events_processed" ON "outbox_events" ("processed_at") WHERE "processed_at" IS NOT NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_outbox_events_processed"');
  }
}
