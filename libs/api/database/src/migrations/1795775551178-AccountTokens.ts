import { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountTokens1795775551178 implements MigrationInterface {
  name = 'AccountTokens1795775551178';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "account_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" character varying(20) NOT NULL, "token_hash" character(64) NOT NULL, "new_email" character varying(254), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5e3640c493cc6206a44b885e6a9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_account_tokens_user" ON "account_tokens" ("user_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_account_tokens_token_hash" ON "account_tokens" ("token_hash") ',
    );
    await queryRunner.query(
      'ALTER TABLE "account_tokens" ADD CONSTRAINT "FK_1b5fea09efc20c7f63c4a09b3d6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "account_tokens" DROP CONSTRAINT "FK_1b5fea09efc20c7f63c4a09b3d6"');
    await queryRunner.query('DROP INDEX "public"."uq_account_tokens_token_hash"');
    await queryRunner.query('DROP INDEX "public"."ix_account_tokens_user"');
    await queryRunner.query('DROP TABLE "account_tokens"');
  }
}
