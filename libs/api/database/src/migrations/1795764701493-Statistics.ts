import { MigrationInterface, QueryRunner } from 'typeorm';

export class Statistics1795764701493 implements MigrationInterface {
  name = 'Statistics1795764701493';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "cluster_strength_industries" ("cluster_id" uuid NOT NULL, "strength_area" character varying(100) NOT NULL, "industry_code" character varying(10) NOT NULL, CONSTRAINT "PK_ec695f3d80991af6e3434d1cd5e" PRIMARY KEY ("cluster_id", "strength_area", "industry_code"))',
    );
    await queryRunner.query(
      'CREATE TABLE "cluster_targets" ("cluster_id" uuid NOT NULL, "year" integer NOT NULL, "figure" character varying(60) NOT NULL, "target" numeric NOT NULL, CONSTRAINT "PK_4eebfe84383084842a2b096d804" PRIMARY KEY ("cluster_id", "year", "figure"))',
    );
    await queryRunner.query(
      'ALTER TABLE "cluster_strength_industries" ADD CONSTRAINT "FK_b73b4e8ad58f08907980d2689d1" FOREIGN KEY ("cluster_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cluster_targets" ADD CONSTRAINT "FK_a38960030aa478c7211d3da6dbb" FOREIGN KEY ("cluster_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "cluster_targets" DROP CONSTRAINT "FK_a38960030aa478c7211d3da6dbb"');
    await queryRunner.query(
      'ALTER TABLE "cluster_strength_industries" DROP CONSTRAINT "FK_b73b4e8ad58f08907980d2689d1"',
    );
    await queryRunner.query('DROP TABLE "cluster_targets"');
    await queryRunner.query('DROP TABLE "cluster_strength_industries"');
  }
}
