import { MigrationInterface, QueryRunner } from 'typeorm';

// Written by hand: TypeORM does not generate triggers. The two tables are derived from activities,
// activity_clusters, activity_participations and organizations, and the triggers below rewrite the
// affected rows in the same transaction as every change to those, so the statistics read them instead
// of joining 700,000 participations per request. One advisory lock serialises the rewrites: each
// recomputes from the committed rows (READ COMMITTED), so concurrent writers cannot lose an update.
const LOCK = 'perform pg_advisory_xact_lock(7386110);';
const COMPANY = `o.kind in ('sme', 'large_company')`;
const INSTITUTION_KINDS = [
  'university',
  'business_academy',
  'university_college',
  'artistic_institution',
  'gts_institute',
  'research_institute',
];
const REGIONS = ['hovedstaden', 'sjaelland', 'syddanmark', 'midtjylland', 'nordjylland'];

export class StatisticsFigures1795766895163 implements MigrationInterface {
  name = 'StatisticsFigures1795766895163';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One row per live activity with at least one cluster: its dates, type, clusters and participation counts.
    await queryRunner.query(`
      CREATE TABLE "activity_figures" (
        "activity_id" uuid PRIMARY KEY REFERENCES "activities"("id") ON DELETE CASCADE,
        "starts_on" date NOT NULL,
        "ends_on" date NOT NULL,
        "type" character varying(30) NOT NULL,
        "clusters" uuid[] NOT NULL,
        "participations" integer NOT NULL,
        "company_participations" integer NOT NULL,
        "institution_participations" integer NOT NULL,
        "international" boolean NOT NULL,
        ${INSTITUTION_KINDS.map((kind) => `"${kind}" integer NOT NULL,`).join('\n        ')}
        ${REGIONS.map((region) => `"${region}" integer NOT NULL,`).join('\n        ')}
        "abroad" integer NOT NULL,
        "unknown_region" integer NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_activity_figures_clusters" ON "activity_figures" USING gin ("clusters")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_activity_figures_starts_on" ON "activity_figures" ("starts_on")`,
    );
    // One row per organisation and cluster it took part through: the days of those (live) activities.
    await queryRunner.query(`
      CREATE TABLE "organization_cluster_days" (
        "cluster_id" uuid NOT NULL REFERENCES "organizations"("id") ON DELETE CASCADE,
        "organization_id" uuid NOT NULL REFERENCES "organizations"("id") ON DELETE CASCADE,
        "days" datemultirange NOT NULL,
        PRIMARY KEY ("cluster_id", "organization_id")
      )`);

    await queryRunner.query(`
      CREATE FUNCTION statistics_refresh_activities(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        DELETE FROM activity_figures WHERE activity_id = ANY(ids);
        INSERT INTO activity_figures
        SELECT a.id, a.starts_on, a.ends_on, a.type, c.clusters,
               count(o.id),
               count(o.id) FILTER (WHERE ${COMPANY}),
               count(o.id) FILTER (WHERE o.kind IN (${INSTITUTION_KINDS.map((k) => `'${k}'`).join(', ')})),
               coalesce(bool_or(o.country <> 'DK'), false),
               ${INSTITUTION_KINDS.map((kind) => `count(o.id) FILTER (WHERE o.kind = '${kind}'),`).join('\n               ')}
               ${REGIONS.map((region) => `count(o.id) FILTER (WHERE o.country = 'DK' AND o.region = '${region}'),`).join('\n               ')}
               count(o.id) FILTER (WHERE o.country <> 'DK'),
               count(o.id) FILTER (WHERE o.country = 'DK' AND o.region IS NULL)
          FROM activities a
          JOIN LATERAL (SELECT array_agg(ac.cluster_id ORDER BY ac.cluster_id) AS clusters
                          FROM activity_clusters ac WHERE ac.activity_id = a.id) c ON c.clusters IS NOT NULL
          LEFT JOIN activity_participations p ON p.activity_id = a.id
          LEFT JOIN organizations o ON o.id = p.organization_id
         WHERE a.id = ANY(ids) AND a.deleted_at IS NULL
         GROUP BY a.id, c.clusters;
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION statistics_refresh_organizations(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        DELETE FROM organization_cluster_days WHERE organization_id = ANY(ids);
        INSERT INTO organization_cluster_days (cluster_id, organization_id, days)
        SELECT ac.cluster_id, p.organization_id, range_agg(daterange(a.starts_on, a.ends_on, '[]'))
          FROM activity_participations p
          JOIN activities a ON a.id = p.activity_id AND a.deleted_at IS NULL
          JOIN activity_clusters ac ON ac.activity_id = a.id
         WHERE p.organization_id = ANY(ids)
         GROUP BY ac.cluster_id, p.organization_id;
      $$`);

    // Participations: the activity's counts and the organisation's days.
    for (const [event, rows] of [
      ['INSERT', 'NEW TABLE AS changed'],
      ['DELETE', 'OLD TABLE AS changed'],
      ['UPDATE', 'OLD TABLE AS before NEW TABLE AS changed'],
    ]) {
      const extra =
        event === 'UPDATE'
          ? `PERFORM statistics_refresh_activities(ARRAY(SELECT DISTINCT activity_id FROM before));
             PERFORM statistics_refresh_organizations(ARRAY(SELECT DISTINCT organization_id FROM before));`
          : '';
      await queryRunner.query(`
        CREATE FUNCTION statistics_participations_${event.toLowerCase()}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          ${LOCK}
          PERFORM statistics_refresh_activities(ARRAY(SELECT DISTINCT activity_id FROM changed));
          PERFORM statistics_refresh_organizations(ARRAY(SELECT DISTINCT organization_id FROM changed));
          ${extra}
          RETURN NULL;
        END $$`);
      await queryRunner.query(`
        CREATE TRIGGER statistics_participations_${event.toLowerCase()} AFTER ${event} ON activity_participations
        REFERENCING ${rows} FOR EACH STATEMENT EXECUTE FUNCTION statistics_participations_${event.toLowerCase()}()`);
    }
    // Activities and their clusters: the activity's row, and the days of everyone who took part.
    for (const [table, event, rows, id] of [
      ['activities', 'INSERT', 'NEW TABLE AS changed', 'id'],
      ['activities', 'UPDATE', 'NEW TABLE AS changed', 'id'],
      ['activity_clusters', 'INSERT', 'NEW TABLE AS changed', 'activity_id'],
      ['activity_clusters', 'DELETE', 'OLD TABLE AS changed', 'activity_id'],
    ]) {
      const name = `statistics_${table}_${event.toLowerCase()}`;
      await queryRunner.query(`
        CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE ids uuid[] := ARRAY(SELECT DISTINCT ${id} FROM changed);
        BEGIN
          ${LOCK}
          PERFORM statistics_refresh_activities(ids);
          PERFORM statistics_refresh_organizations(
            ARRAY(SELECT DISTINCT organization_id FROM activity_participations WHERE activity_id = ANY(ids)));
          RETURN NULL;
        END $$`);
      await queryRunner.query(`
        CREATE TRIGGER ${name} AFTER ${event} ON ${table}
        REFERENCING ${rows} FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`);
    }
    // An organisation's kind, country or region: the counts of the activities it took part in.
    await queryRunner.query(`
      CREATE FUNCTION statistics_organizations_update() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE ids uuid[] := ARRAY(
        SELECT n.id FROM changed n JOIN before b ON b.id = n.id
         WHERE (n.kind, n.country, n.region) IS DISTINCT FROM (b.kind, b.country, b.region));
      BEGIN
        IF cardinality(ids) > 0 THEN
          ${LOCK}
          PERFORM statistics_refresh_activities(
            ARRAY(SELECT DISTINCT activity_id FROM activity_participations WHERE organization_id = ANY(ids)));
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER statistics_organizations_update AFTER UPDATE ON organizations
      REFERENCING OLD TABLE AS before NEW TABLE AS changed
      FOR EACH STATEMENT EXECUTE FUNCTION statistics_organizations_update()`);

    // Whatever is there already.
    await queryRunner.query(`SELECT statistics_refresh_activities(ARRAY(SELECT id FROM activities))`);
    await queryRunner.query(
      `SELECT statistics_refresh_organizations(ARRAY(SELECT DISTINCT organization_id FROM activity_participations))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER statistics_organizations_update ON organizations');
    await queryRunner.query('DROP FUNCTION statistics_organizations_update()');
    for (const [table, event] of [
      ['activity_clusters', 'delete'],
      ['activity_clusters', 'insert'],
      ['activities', 'update'],
      ['activities', 'insert'],
      ['activity_participations', 'update'],
      ['activity_participations', 'delete'],
      ['activity_participations', 'insert'],
    ]) {
      const name =
        table === 'activity_participations'
          ? `statistics_participations_${event}`
          : `statistics_${table}_${event}`;
      await queryRunner.query(`DROP TRIGGER ${name} ON ${table}`);
      await queryRunner.query(`DROP FUNCTION ${name}()`);
    }
    await queryRunner.query('DROP FUNCTION statistics_refresh_organizations(uuid[])');
    await queryRunner.query('DROP FUNCTION statistics_refresh_activities(uuid[])');
    await queryRunner.query('DROP TABLE "organization_cluster_days"');
    await queryRunner.query('DROP TABLE "activity_figures"');
  }
}
