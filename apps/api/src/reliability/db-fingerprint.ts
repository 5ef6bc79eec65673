import type { DataSource } from 'typeorm';

/** Per table of the public schema: row count and a hash of every row. */
export type Fingerprint = Record<string, string>;

/**
 * A snapshot of the database's content, to prove that a refused request wrote nothing (no row added,
 * removed or changed). `ignored` tables change on any request by design (e.g. a session's last use).
 */
export async function fingerprintQuery(db: DataSource, ignored: readonly string[]): Promise<string> {
  const tables = (await db.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> ALL($1) ORDER BY tablename`,
    [ignored],
  )) as { tablename: string }[];
  return tables
    .map(
      ({ tablename }) =>
        `SELECT '${tablename}' AS name, count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS hash FROM "${tablename}" t`,
    )
    .join(' UNION ALL ');
}

export async function fingerprint(db: DataSource, query: string): Promise<Fingerprint> {
  const rows = (await db.query(query)) as { name: string; hash: string }[];
  return Object.fromEntries(rows.map((row) => [row.name, row.hash]));
}

/** The tables whose content differs between two fingerprints. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys({ ...before, ...after }).filter((name) => before[name] !== after[name]);
}
