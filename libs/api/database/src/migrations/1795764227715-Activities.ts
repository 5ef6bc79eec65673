import { MigrationInterface, QueryRunner } from 'typeorm';

export class Activities1795764227715 implements MigrationInterface {
  name = 'Activities1795764227715';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "activity_clusters" ("activity_id" uuid NOT NULL, "cluster_id" uuid NOT NULL, CONSTRAINT "PK_0fcfa8b4b0446463d9264699bbc" PRIMARY KEY ("activity_id", "cluster_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_activity_clusters_cluster" ON "activity_clusters" ("cluster_id", "activity_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "activities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_cluster_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "type" character varying(30) NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "format" character varying(10) NOT NULL, "place" character varying(200), "funding_source" character varying(20) NOT NULL, "description" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_activities_dates" CHECK ("ends_on" >= "starts_on"), CONSTRAINT "ck_activities_funding_source" CHECK ("funding_source" IN (\'innovation_power\', \'external_public\', \'eu\', \'private\', \'mixed\')), CONSTRAINT "ck_activities_format" CHECK ("format" IN (\'on_site\', \'online\', \'hybrid\')), CONSTRAINT "ck_activities_type" CHECK ("type" IN (\'knowledge_sharing\', \'matchmaking\', \'internationalisation\', \'innovation_project\', \'network_event\', \'course\')), CONSTRAINT "PK_7f4004429f731ffb9c88eb486a8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_activities_starts_on" ON "activities" ("starts_on") ');
    await queryRunner.query(
      'CREATE TABLE "funding_records" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cluster_id" uuid NOT NULL, "year" integer NOT NULL, "source" character varying(30) NOT NULL, "amount_dkk" bigint NOT NULL, "status" character varying(10) NOT NULL, "activity_id" uuid, "note" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_funding_records_amount" CHECK ("amount_dkk" > 0), CONSTRAINT "ck_funding_records_status" CHECK ("status" IN (\'spent\', \'secured\')), CONSTRAINT "ck_funding_records_source" CHECK ("source" IN (\'innovation_power\', \'membership_fees\', \'sponsorships\', \'foundation_grants\', \'danish_public\', \'eu\', \'private_cofunding\')), CONSTRAINT "PK_1a930d58008543fccabd3349483" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_funding_records_activity" ON "funding_records" ("activity_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_funding_records_cluster_year" ON "funding_records" ("cluster_id", "year") ',
    );
    await queryRunner.query(
      'CREATE TABLE "activity_participations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "activity_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" character varying(20) NOT NULL, "persons" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_activity_participations_persons" CHECK ("persons" >= 1), CONSTRAINT "ck_activity_participations_role" CHECK ("role" IN (\'participant\', \'speaker\', \'partner\', \'host\')), CONSTRAINT "PK_82fb1694486158b48cdf8f4552c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_activity_participations_organization" ON "activity_participations" ("organization_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_activity_participations_pair" ON "activity_participations" ("activity_id", "organization_id") ',
    );
    await queryRunner.query('ALTER TABLE "organizations" ADD "verified" boolean NOT NULL DEFAULT true');
    await queryRunner.query(
      'ALTER TABLE "activity_clusters" ADD CONSTRAINT "FK_c59175c40bc8e0cffac3d4f3d04" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_clusters" ADD CONSTRAINT "FK_1af42dc04b4f4bf8302ecf99459" FOREIGN KEY ("cluster_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activities" ADD CONSTRAINT "FK_0f12676985f76fc9e69951793f8" FOREIGN KEY ("owner_cluster_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activities" ADD CONSTRAINT "FK_eadf67c38263ba30b296d40f033" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "funding_records" ADD CONSTRAINT "FK_43949dcbbb20a00c357ace47a2e" FOREIGN KEY ("cluster_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "funding_records" ADD CONSTRAINT "FK_ac1e395ec6d120c6a2da066226d" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_participations" ADD CONSTRAINT "FK_c33cdc666e7b4c0ae07b5c8f8e8" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_participations" ADD CONSTRAINT "FK_6d5554c34c600ff3d569b97d6ad" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "activity_participations" DROP CONSTRAINT "FK_6d5554c34c600ff3d569b97d6ad"',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_participations" DROP CONSTRAINT "FK_c33cdc666e7b4c0ae07b5c8f8e8"',
    );
    await queryRunner.query('ALTER TABLE "funding_records" DROP CONSTRAINT "FK_ac1e395ec6d120c6a2da066226d"');
    await queryRunner.query('ALTER TABLE "funding_records" DROP CONSTRAINT "FK_43949dcbbb20a00c357ace47a2e"');
    await queryRunner.query('ALTER TABLE "activities" DROP CONSTRAINT "FK_eadf67c38263ba30b296d40f033"');
    await queryRunner.query('ALTER TABLE "activities" DROP CONSTRAINT "FK_0f12676985f76fc9e69951793f8"');
    await queryRunner.query(
      'ALTER TABLE "activity_clusters" DROP CONSTRAINT "FK_1af42dc04b4f4bf8302ecf99459"',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_clusters" DROP CONSTRAINT "FK_c59175c40bc8e0cffac3d4f3d04"',
    );
    await queryRunner.query('ALTER TABLE "organizations" DROP COLUMN "verified"');
    await queryRunner.query('DROP INDEX "public"."uq_activity_participations_pair"');
    await queryRunner.query('DROP INDEX "public"."ix_activity_participations_organization"');
    await queryRunner.query('DROP TABLE "activity_participations"');
    await queryRunner.query('DROP INDEX "public"."ix_funding_records_cluster_year"');
    await queryRunner.query('DROP INDEX "public"."ix_funding_records_activity"');
    await queryRunner.query('DROP TABLE "funding_records"');
    await queryRunner.query('DROP INDEX "public"."ix_activities_starts_on"');
    await queryRunner.query('DROP TABLE "activities"');
    await queryRunner.query('DROP INDEX "public"."ix_activity_clusters_cluster"');
    await queryRunner.query('DROP TABLE "activity_clusters"');
  }
}
