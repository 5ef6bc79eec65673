import { MigrationInterface, QueryRunner } from 'typeorm';

export class SavedSearches1795774815528 implements MigrationInterface {
  name = 'SavedSearches1795774815528';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "saved_searches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "query" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "watermark" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d9a53c71ccc5cf66dcdc5b33dfe" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_saved_searches_watermark" ON "saved_searches" ("watermark") ');
    await queryRunner.query(
      'CREATE INDEX "ix_saved_searches_user" ON "saved_searches" ("user_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "saved_searches" ADD CONSTRAINT "FK_8f01d13ac8e7b451d244674274f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "saved_searches" DROP CONSTRAINT "FK_8f01d13ac8e7b451d244674274f"');
    await queryRunner.query('DROP INDEX "public"."ix_saved_searches_user"');
    await queryRunner.query('DROP INDEX "public"."ix_saved_searches_watermark"');
    await queryRunner.query('DROP TABLE "saved_searches"');
  }
}
