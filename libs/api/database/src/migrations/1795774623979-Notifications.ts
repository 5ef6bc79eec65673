import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795774623979 implements MigrationInterface {
  name = 'Notifications1795774623979';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "notification_digests" ("user_id" uuid NOT NULL, "day" date NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_90fb3494dcdc36f6944eb8ba944" PRIMARY KEY ("user_id", "day"))',
    );
    await queryRunner.query(
      'CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "delivery" character varying(10) NOT NULL, CONSTRAINT "ck_notification_preferences_delivery" CHECK ("delivery" IN (\'in_app\', \'email\', \'digest\', \'off\')), CONSTRAINT "ck_notification_preferences_kind" CHECK ("kind" IN (\'case_assigned\', \'introduction_proposed\', \'consent_answered\', \'stage_changed\', \'message\', \'saved_search_match\')), CONSTRAINT "PK_4beeeb46feaf58d75e124c8ba58" PRIMARY KEY ("user_id", "kind"))',
    );
    await queryRunner.query(
      'CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "link" character varying(300) NOT NULL, "params" jsonb NOT NULL DEFAULT \'{}\', "dedupe_key" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "read_at" TIMESTAMP WITH TIME ZONE, "delivery" character varying(10) NOT NULL, "mailed_at" TIMESTAMP WITH TIME ZONE, "mail_available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "mail_attempts" integer NOT NULL DEFAULT \'0\', "mail_error" text, CONSTRAINT "ck_notifications_delivery" CHECK ("delivery" IN (\'in_app\', \'email\', \'digest\')), CONSTRAINT "ck_notifications_kind" CHECK ("kind" IN (\'case_assigned\', \'introduction_proposed\', \'consent_answered\', \'stage_changed\', \'message\', \'saved_search_match\')), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notifications_unmailed" ON "notifications" ("delivery", "mail_available_at") WHERE "mailed_at" IS NULL AND "delivery" <> \'in_app\'',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notifications_user" ON "notifications" ("user_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_notifications_user_dedupe" ON "notifications" ("user_id", "dedupe_key") ',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_digests" ADD CONSTRAINT "FK_65e84c5d2b8cf81b4773394d450" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"');
    await queryRunner.query(
      'ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_64c90edc7310c6be7c10c96f675"',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_digests" DROP CONSTRAINT "FK_65e84c5d2b8cf81b4773394d450"',
    );
    await queryRunner.query('DROP INDEX "public"."uq_notifications_user_dedupe"');
    await queryRunner.query('DROP INDEX "public"."ix_notifications_user"');
    await queryRunner.query('DROP INDEX "public"."ix_notifications_unmailed"');
    await queryRunner.query('DROP TABLE "notifications"');
    await queryRunner.query('DROP TABLE "notification_preferences"');
    await queryRunner.query('DROP TABLE "notification_digests"');
  }
}
