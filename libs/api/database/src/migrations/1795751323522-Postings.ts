import { MigrationInterface, QueryRunner } from 'typeorm';

export class Postings1795751323522 implements MigrationInterface {
  name = 'Postings1795751323522';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "competencies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "author_user_id" uuid, "contact_user_id" uuid, "title" character varying(200) NOT NULL, "description" text NOT NULL, "tags" character varying(50) array NOT NULL DEFAULT \'{}\', "formats" character varying(30) array NOT NULL DEFAULT \'{}\', "region_preference" character varying(20), "languages" character varying(10) array NOT NULL DEFAULT \'{}\', "visibility" character varying(10) NOT NULL, "status" character varying(15) NOT NULL DEFAULT \'draft\', "external_id" character varying(100), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_competencies_visibility" CHECK ("visibility" IN (\'public\', \'registered\', \'brokers\')), CONSTRAINT "ck_competencies_status" CHECK ("status" IN (\'draft\', \'open\', \'in_dialogue\', \'matched\', \'closed\')), CONSTRAINT "PK_0b29ecda233cc61de0d93527813" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_competencies_organization" ON "competencies" ("organization_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_competencies_external_id" ON "competencies" ("external_id") WHERE "external_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "needs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "author_user_id" uuid, "contact_user_id" uuid, "title" character varying(200) NOT NULL, "description" text NOT NULL, "tags" character varying(50) array NOT NULL DEFAULT \'{}\', "formats" character varying(30) array NOT NULL DEFAULT \'{}\', "region_preference" character varying(20), "languages" character varying(10) array NOT NULL DEFAULT \'{}\', "visibility" character varying(10) NOT NULL, "status" character varying(15) NOT NULL DEFAULT \'draft\', "external_id" character varying(100), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "partner_kinds" character varying(30) array NOT NULL DEFAULT \'{}\', "budget_band" character varying(20), "timeframe" character varying(20), CONSTRAINT "ck_needs_visibility" CHECK ("visibility" IN (\'public\', \'registered\', \'brokers\')), CONSTRAINT "ck_needs_status" CHECK ("status" IN (\'draft\', \'open\', \'in_dialogue\', \'matched\', \'closed\')), CONSTRAINT "PK_fdb71d393bc390a1a09ac047dd1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_needs_organization" ON "needs" ("organization_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_needs_external_id" ON "needs" ("external_id") WHERE "external_id" IS NOT NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "competencies" ADD CONSTRAINT "FK_fe761ba2f5c5cb056759b2c8008" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "competencies" ADD CONSTRAINT "FK_9ceb9ccb29f00ae9b8e39c9f854" FOREIGN KEY ("author_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "competencies" ADD CONSTRAINT "FK_73e24e7c7b7e9de9336e574398e" FOREIGN KEY ("contact_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "needs" ADD CONSTRAINT "FK_7238fa481416cd29fed606b8321" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "needs" ADD CONSTRAINT "FK_258c93d1bd3cd06ee2ba270c2c2" FOREIGN KEY ("author_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "needs" ADD CONSTRAINT "FK_5c20326b887fcb521b55d4150f4" FOREIGN KEY ("contact_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "needs" DROP CONSTRAINT "FK_5c20326b887fcb521b55d4150f4"');
    await queryRunner.query('ALTER TABLE "needs" DROP CONSTRAINT "FK_258c93d1bd3cd06ee2ba270c2c2"');
    await queryRunner.query('ALTER TABLE "needs" DROP CONSTRAINT "FK_7238fa481416cd29fed606b8321"');
    await queryRunner.query('ALTER TABLE "competencies" DROP CONSTRAINT "FK_73e24e7c7b7e9de9336e574398e"');
    await queryRunner.query('ALTER TABLE "competencies" DROP CONSTRAINT "FK_9ceb9ccb29f00ae9b8e39c9f854"');
    await queryRunner.query('ALTER TABLE "competencies" DROP CONSTRAINT "FK_fe761ba2f5c5cb056759b2c8008"');
    await queryRunner.query('DROP INDEX "public"."uq_needs_external_id"');
    await queryRunner.query('DROP INDEX "public"."ix_needs_organization"');
    await queryRunner.query('DROP TABLE "needs"');
    await queryRunner.query('DROP INDEX "public"."uq_competencies_external_id"');
    await queryRunner.query('DROP INDEX "public"."ix_competencies_organization"');
    await queryRunner.query('DROP TABLE "competencies"');
  }
}
