import { MigrationInterface, QueryRunner } from 'typeorm';

export class Organizations1795750091226 implements MigrationInterface {
  name = 'Organizations1795750091226';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "actor_user_id" uuid, "entity_type" character varying(40) NOT NULL, "entity_id" uuid NOT NULL, "action" character varying(40) NOT NULL, "changes" jsonb NOT NULL DEFAULT \'{}\', CONSTRAINT "PK_6b1623bcad4d04530b76548d619" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_audit_entries_actor" ON "audit_entries" ("actor_user_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_audit_entries_entity" ON "audit_entries" ("entity_type", "entity_id", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(30) NOT NULL, "name" character varying(200) NOT NULL, "cvr" character(8), "external_id" character varying(100), "is_demo" boolean NOT NULL DEFAULT false, "employee_band" character varying(10), "industry_codes" character varying(10) array NOT NULL DEFAULT \'{}\', "code_system" character varying(10) NOT NULL DEFAULT \'DB07\', "country" character(2) NOT NULL DEFAULT \'DK\', "region" character varying(20), "municipality" character varying(40), "city" character varying(100), "website" character varying(300), "description" text, "languages" character varying(10) array NOT NULL DEFAULT \'{}\', "tags" character varying(60) array NOT NULL DEFAULT \'{}\', "strength_areas" character varying(100) array NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_organizations_kind" ON "organizations" ("kind") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_organizations_external_id" ON "organizations" ("external_id") WHERE "external_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_organizations_cvr" ON "organizations" ("cvr") WHERE "cvr" IS NOT NULL AND "deleted_at" IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "cluster_memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cluster_id" uuid NOT NULL, "member_organization_id" uuid NOT NULL, "yearly_fee_dkk" integer NOT NULL, "since" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_cluster_memberships_fee" CHECK ("yearly_fee_dkk" >= 0), CONSTRAINT "ck_cluster_memberships_not_self" CHECK ("cluster_id" <> "member_organization_id"), CONSTRAINT "PK_5b2bcc48dd45bd20fe29b2f150e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_cluster_memberships_member" ON "cluster_memberships" ("member_organization_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_cluster_memberships_pair" ON "cluster_memberships" ("cluster_id", "member_organization_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "organization_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "role" character varying(10) NOT NULL, "token_hash" character(64) NOT NULL, "invited_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by_user_id" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f172f12b8a9ee6584b661f57e24" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_organization_invitations_token_hash" ON "organization_invitations" ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_organization_invitations_org" ON "organization_invitations" ("organization_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "organization_join_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "message" text, "status" character varying(10) NOT NULL DEFAULT \'pending\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_by_user_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_organization_join_requests_status" CHECK ("status" IN (\'pending\', \'approved\', \'rejected\')), CONSTRAINT "PK_9549a826c3a7d6d9683a43e4818" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_organization_join_requests_user" ON "organization_join_requests" ("user_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_organization_join_requests_org" ON "organization_join_requests" ("organization_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_organization_join_requests_pending" ON "organization_join_requests" ("organization_id", "user_id") WHERE "status" = \'pending\'',
    );
    await queryRunner.query(
      'CREATE TABLE "organization_memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(10) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_organization_memberships_role" CHECK ("role" IN (\'owner\', \'admin\', \'member\')), CONSTRAINT "PK_cd7be805730a4c778a5f45364af" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_organization_memberships_user" ON "organization_memberships" ("user_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_organization_memberships_org_user" ON "organization_memberships" ("organization_id", "user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "outbox_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "entity_type" character varying(20) NOT NULL, "entity_id" uuid NOT NULL, "operation" character varying(10) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "processed_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT \'0\', "last_error" text, CONSTRAINT "ck_outbox_events_operation" CHECK ("operation" IN (\'upsert\', \'delete\')), CONSTRAINT "PK_6689a16c00d09b8089f6237f1d2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_outbox_events_pending" ON "outbox_events" ("available_at", "id") WHERE "processed_at" IS NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "cluster_memberships" ADD CONSTRAINT "FK_22dc85b9693e0444fe7d36d0678" FOREIGN KEY ("cluster_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cluster_memberships" ADD CONSTRAINT "FK_c63d3672b69201f536f1e1543f8" FOREIGN KEY ("member_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_invitations" ADD CONSTRAINT "FK_7f88954e8d667a76ae3ced6f446" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_invitations" ADD CONSTRAINT "FK_f04dacf9d9c2b791f06c0fc8b7e" FOREIGN KEY ("invited_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_invitations" ADD CONSTRAINT "FK_9a2c8eeb7c89239141fdc6948a4" FOREIGN KEY ("accepted_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_join_requests" ADD CONSTRAINT "FK_94ad243453073e7489da74f0b51" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_join_requests" ADD CONSTRAINT "FK_86b44339c6a54e58d4639ddc4ac" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_join_requests" ADD CONSTRAINT "FK_3257203f1fa63c31d9f3de84ff9" FOREIGN KEY ("decided_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_memberships" ADD CONSTRAINT "FK_86ae2efbb9ce84dd652e0c96a49" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_memberships" ADD CONSTRAINT "FK_5352fc550034d507d6c76dd2901" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "organization_memberships" DROP CONSTRAINT "FK_5352fc550034d507d6c76dd2901"',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_memberships" DROP CONSTRAINT "FK_86ae2efbb9ce84dd652e0c96a49"',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_join_requests" DROP CONSTRAINT "FK_3257203f1fa63c31d9f3de84ff9"',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_join_requests" DROP CONSTRAINT "FK_86b44339c6a54e58d4639ddc4ac"',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_join_requests" DROP CONSTRAINT "FK_94ad243453073e7489da74f0b51"',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_invitations" DROP CONSTRAINT "FK_9a2c8eeb7c89239141fdc6948a4"',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_invitations" DROP CONSTRAINT "FK_f04dacf9d9c2b791f06c0fc8b7e"',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_invitations" DROP CONSTRAINT "FK_7f88954e8d667a76ae3ced6f446"',
    );
    await queryRunner.query(
      'ALTER TABLE "cluster_memberships" DROP CONSTRAINT "FK_c63d3672b69201f536f1e1543f8"',
    );
    await queryRunner.query(
      'ALTER TABLE "cluster_memberships" DROP CONSTRAINT "FK_22dc85b9693e0444fe7d36d0678"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_outbox_events_pending"');
    await queryRunner.query('DROP TABLE "outbox_events"');
    await queryRunner.query('DROP INDEX "public"."uq_organization_memberships_org_user"');
    await queryRunner.query('DROP INDEX "public"."ix_organization_memberships_user"');
    await queryRunner.query('DROP TABLE "organization_memberships"');
    await queryRunner.query('DROP INDEX "public"."uq_organization_join_requests_pending"');
    await queryRunner.query('DROP INDEX "public"."ix_organization_join_requests_org"');
    await queryRunner.query('DROP INDEX "public"."ix_organization_join_requests_user"');
    await queryRunner.query('DROP TABLE "organization_join_requests"');
    await queryRunner.query('DROP INDEX "public"."ix_organization_invitations_org"');
    await queryRunner.query('DROP INDEX "public"."uq_organization_invitations_token_hash"');
    await queryRunner.query('DROP TABLE "organization_invitations"');
    await queryRunner.query('DROP INDEX "public"."uq_cluster_memberships_pair"');
    await queryRunner.query('DROP INDEX "public"."ix_cluster_memberships_member"');
    await queryRunner.query('DROP TABLE "cluster_memberships"');
    await queryRunner.query('DROP INDEX "public"."uq_organizations_cvr"');
    await queryRunner.query('DROP INDEX "public"."uq_organizations_external_id"');
    await queryRunner.query('DROP INDEX "public"."ix_organizations_kind"');
    await queryRunner.query('DROP TABLE "organizations"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_entries_entity"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_entries_actor"');
    await queryRunner.query('DROP TABLE "audit_entries"');
  }
}
