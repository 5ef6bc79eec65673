import { MigrationInterface, QueryRunner } from 'typeorm';

export class Cases1795767621723 implements MigrationInterface {
  name = 'Cases1795767621723';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "cases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "institution_id" uuid NOT NULL, "need_id" uuid, "competence_id" uuid, "owner_cluster_id" uuid NOT NULL, "stage" character varying(25) NOT NULL DEFAULT \'suggested\', "origin" character varying(25) NOT NULL, "routing" character varying(25) NOT NULL, "routing_terms" character varying(60) array NOT NULL DEFAULT \'{}\', "requested_by" uuid, "owner_user_id" uuid, "next_action" character varying(300), "next_action_due" date, "collaboration_type" character varying(25), "applications_submitted" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_cases_applications" CHECK ("applications_submitted" >= 0), CONSTRAINT "ck_cases_collaboration_type" CHECK ("collaboration_type" IS NULL OR "collaboration_type" IN (\'student_project\', \'contract_research\', \'joint_rd_application\', \'innovation_voucher\', \'eu_application\', \'other\')), CONSTRAINT "ck_cases_routing" CHECK ("routing" IN (\'broker\', \'company_membership\', \'strength_areas\', \'institution_membership\', \'handover\')), CONSTRAINT "ck_cases_origin" CHECK ("origin" IN (\'company_request\', \'institution_interest\', \'broker_match\')), CONSTRAINT "ck_cases_stage" CHECK ("stage" IN (\'suggested\', \'introduced\', \'meeting_held\', \'collaboration_agreed\', \'funded\', \'declined\', \'stalled\')), CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_cases_institution" ON "cases" ("institution_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_cases_owner_cluster_stage" ON "cases" ("owner_cluster_id", "stage") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_cases_open_without_need" ON "cases" ("company_id", "institution_id") WHERE "need_id" IS NULL AND "stage" NOT IN (\'funded\', \'declined\')',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_cases_open_with_need" ON "cases" ("company_id", "institution_id", "need_id") WHERE "need_id" IS NOT NULL AND "stage" NOT IN (\'funded\', \'declined\')',
    );
    await queryRunner.query(
      'CREATE TABLE "case_clusters" ("case_id" uuid NOT NULL, "cluster_id" uuid NOT NULL, CONSTRAINT "PK_1c399c3944ea9302a2d48687b2a" PRIMARY KEY ("case_id", "cluster_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_case_clusters_cluster" ON "case_clusters" ("cluster_id", "case_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "case_consents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "party" character varying(15) NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'pending\', "decline_reason" text, "answered_by" uuid, "answered_at" TIMESTAMP WITH TIME ZONE, "token_hash" character(64) NOT NULL, "token_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "token_used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_case_consents_status" CHECK ("status" IN (\'pending\', \'accepted\', \'declined\')), CONSTRAINT "ck_case_consents_party" CHECK ("party" IN (\'company\', \'institution\')), CONSTRAINT "PK_f76061198c833571b1435d76c83" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_case_consents_token" ON "case_consents" ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_case_consents_party" ON "case_consents" ("case_id", "party") ',
    );
    await queryRunner.query(
      "CREATE TABLE \"case_events\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_id\" uuid NOT NULL, \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), \"actor_user_id\" uuid, \"kind\" character varying(25) NOT NULL, \"body\" text, \"data\" jsonb NOT NULL DEFAULT '{}', CONSTRAINT \"ck_case_events_kind\" CHECK (\"kind\" IN ('created', 'joined', 'stage_changed', 'owner_changed', 'next_action_changed', 'outcome_changed', 'handed_over', 'consent_requested', 'consent_accepted', 'consent_declined', 'note', 'message', 'email_sent')), CONSTRAINT \"PK_61f203ee26b76c6438bbcc7bde6\" PRIMARY KEY (\"id\"))",
    );
    await queryRunner.query(
      'CREATE INDEX "ix_case_events_case" ON "case_events" ("case_id", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "case_funding" ("case_id" uuid NOT NULL, "source" character varying(20) NOT NULL, "amount_dkk" bigint NOT NULL, CONSTRAINT "ck_case_funding_amount" CHECK ("amount_dkk" > 0), CONSTRAINT "ck_case_funding_source" CHECK ("source" IN (\'innovation_power\', \'membership_fees\', \'sponsorships\', \'foundation_grants\', \'danish_public\', \'eu\', \'private_cofunding\')), CONSTRAINT "PK_b69348825bcfce18bff26c9a60f" PRIMARY KEY ("case_id", "source"))',
    );
    await queryRunner.query(
      'ALTER TABLE "cases" ADD CONSTRAINT "FK_0cbd5fef2ba2003b5f6c1399b1a" FOREIGN KEY ("company_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cases" ADD CONSTRAINT "FK_a4ade66dc0c4a7d0dc55567019e" FOREIGN KEY ("institution_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cases" ADD CONSTRAINT "FK_b59c81b400058454526f9d7017c" FOREIGN KEY ("need_id") REFERENCES "needs"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cases" ADD CONSTRAINT "FK_f6a6615788de028ef92cbfbc5d9" FOREIGN KEY ("competence_id") REFERENCES "competencies"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cases" ADD CONSTRAINT "FK_009e08a8efbcde8e3ba88b1b993" FOREIGN KEY ("owner_cluster_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cases" ADD CONSTRAINT "FK_e62f4e9af62923068ea2009a741" FOREIGN KEY ("requested_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cases" ADD CONSTRAINT "FK_2271cfd4858359a9bd108d7b847" FOREIGN KEY ("owner_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_clusters" ADD CONSTRAINT "FK_f4ded646e03c004d8ac5d50a318" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_clusters" ADD CONSTRAINT "FK_f540f4f55b5167ab534f830a1c5" FOREIGN KEY ("cluster_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_consents" ADD CONSTRAINT "FK_a2d863570496746892b02d751b9" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_consents" ADD CONSTRAINT "FK_426081afe0f95abc133adcdb844" FOREIGN KEY ("answered_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_events" ADD CONSTRAINT "FK_259dbf949114e25670ac6cad205" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_events" ADD CONSTRAINT "FK_248c231f48bd733912d3e959653" FOREIGN KEY ("actor_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_funding" ADD CONSTRAINT "FK_229cf858dad428d6949bc647e4b" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "case_funding" DROP CONSTRAINT "FK_229cf858dad428d6949bc647e4b"');
    await queryRunner.query('ALTER TABLE "case_events" DROP CONSTRAINT "FK_248c231f48bd733912d3e959653"');
    await queryRunner.query('ALTER TABLE "case_events" DROP CONSTRAINT "FK_259dbf949114e25670ac6cad205"');
    await queryRunner.query('ALTER TABLE "case_consents" DROP CONSTRAINT "FK_426081afe0f95abc133adcdb844"');
    await queryRunner.query('ALTER TABLE "case_consents" DROP CONSTRAINT "FK_a2d863570496746892b02d751b9"');
    await queryRunner.query('ALTER TABLE "case_clusters" DROP CONSTRAINT "FK_f540f4f55b5167ab534f830a1c5"');
    await queryRunner.query('ALTER TABLE "case_clusters" DROP CONSTRAINT "FK_f4ded646e03c004d8ac5d50a318"');
    await queryRunner.query('ALTER TABLE "cases" DROP CONSTRAINT "FK_2271cfd4858359a9bd108d7b847"');
    await queryRunner.query('ALTER TABLE "cases" DROP CONSTRAINT "FK_e62f4e9af62923068ea2009a741"');
    await queryRunner.query('ALTER TABLE "cases" DROP CONSTRAINT "FK_009e08a8efbcde8e3ba88b1b993"');
    await queryRunner.query('ALTER TABLE "cases" DROP CONSTRAINT "FK_f6a6615788de028ef92cbfbc5d9"');
    await queryRunner.query('ALTER TABLE "cases" DROP CONSTRAINT "FK_b59c81b400058454526f9d7017c"');
    await queryRunner.query('ALTER TABLE "cases" DROP CONSTRAINT "FK_a4ade66dc0c4a7d0dc55567019e"');
    await queryRunner.query('ALTER TABLE "cases" DROP CONSTRAINT "FK_0cbd5fef2ba2003b5f6c1399b1a"');
    await queryRunner.query('DROP TABLE "case_funding"');
    await queryRunner.query('DROP INDEX "public"."ix_case_events_case"');
    await queryRunner.query('DROP TABLE "case_events"');
    await queryRunner.query('DROP INDEX "public"."uq_case_consents_party"');
    await queryRunner.query('DROP INDEX "public"."uq_case_consents_token"');
    await queryRunner.query('DROP TABLE "case_consents"');
    await queryRunner.query('DROP INDEX "public"."ix_case_clusters_cluster"');
    await queryRunner.query('DROP TABLE "case_clusters"');
    await queryRunner.query('DROP INDEX "public"."uq_cases_open_with_need"');
    await queryRunner.query('DROP INDEX "public"."uq_cases_open_without_need"');
    await queryRunner.query('DROP INDEX "public"."ix_cases_owner_cluster_stage"');
    await queryRunner.query('DROP INDEX "public"."ix_cases_institution"');
    await queryRunner.query('DROP TABLE "cases"');
  }
}
