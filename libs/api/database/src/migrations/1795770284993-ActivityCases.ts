import { MigrationInterface, QueryRunner } from 'typeorm';

export class ActivityCases1795770284993 implements MigrationInterface {
  name = 'ActivityCases1795770284993';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "activity_cases" ("activity_id" uuid NOT NULL, "case_id" uuid NOT NULL, CONSTRAINT "PK_904d0744007359469cd7fe91384" PRIMARY KEY ("activity_id", "case_id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_activity_cases_case" ON "activity_cases" ("case_id") ');
    await queryRunner.query('ALTER TABLE "funding_records" ADD "case_id" uuid');
    await queryRunner.query('CREATE INDEX "ix_funding_records_case" ON "funding_records" ("case_id") ');
    await queryRunner.query(
      'ALTER TABLE "activity_cases" ADD CONSTRAINT "FK_8a095574b2f7140c421852b5cea" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_cases" ADD CONSTRAINT "FK_c4283e37928c44a8d495c43282b" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "funding_records" ADD CONSTRAINT "FK_2b2d960da29ff4310a63f5a447a" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "funding_records" DROP CONSTRAINT "FK_2b2d960da29ff4310a63f5a447a"');
    await queryRunner.query('ALTER TABLE "activity_cases" DROP CONSTRAINT "FK_c4283e37928c44a8d495c43282b"');
    await queryRunner.query('ALTER TABLE "activity_cases" DROP CONSTRAINT "FK_8a095574b2f7140c421852b5cea"');
    await queryRunner.query('DROP INDEX "public"."ix_funding_records_case"');
    await queryRunner.query('ALTER TABLE "funding_records" DROP COLUMN "case_id"');
    await queryRunner.query('DROP INDEX "public"."ix_activity_cases_case"');
    await queryRunner.query('DROP TABLE "activity_cases"');
  }
}
