export type DevServiceName = 'postgres' | 'meilisearch';

export interface DevServicesOptions {
  /**
   * Where the services keep their data: `<dataDir>/postgres`, `<dataDir>/meilisearch`, the generated
   * secrets `<dataDir>/postgres-password` and `<dataDir>/meili-master-key`, and `<dataDir>/services.json`
   * (what runs on which port, so another process can reuse it). Created when missing.
   */
  dataDir: string;
  /**
   * Read for DATABASE_URL, MEILI_URL + MEILI_MASTER_KEY (set: that server is used, nothing is started),
   * DEV_POSTGRES_PORT, DEV_MEILI_PORT and PATH (a `meilisearch` binary on it wins). Default: process.env.
   */
  env?: NodeJS.ProcessEnv;
  /** Default: DEV_POSTGRES_PORT, else 5433. 0 = any free port. */
  postgresPort?: number;
  /** Default: DEV_MEILI_PORT, else 7701. 0 = any free port. */
  meiliPort?: number;
  /** Which services to provide. Default: both. */
  services?: readonly DevServiceName[];
  /** Progress and problems, one line each; never secrets. Default: console.log. */
  logger?: (line: string) => void;
}

/**
 * - `started`: this call started the process; `stop()` stops it.
 * - `reused`: it was already running for the same data dir (say, under `npm start`); left running.
 * - `external`: DATABASE_URL / MEILI_URL named a server of its own; nothing to start or stop.
 */
export type ServiceSource = 'started' | 'reused' | 'external';

export interface ServiceHandle {
  readonly source: ServiceSource;
  /** The database URL (with credentials) or the Meilisearch URL. */
  readonly url: string;
  readonly port: number;
  /** The server's pid while it runs, for `started` and `reused`. */
  readonly pid: number | undefined;
  /**
   * Stops / starts again the server this call started, on the same port and data, e.g. to test how the
   * platform copes with an outage. Both throw for `reused` and `external`.
   */
  stop(): Promise<void>;
  start(): Promise<void>;
}

export interface DevServices {
  /** postgres://videnbro:<password>@127.0.0.1:<port>/videnbro (database created when missing). */
  readonly databaseUrl: string;
  readonly meiliUrl: string;
  readonly meiliMasterKey: string;
  readonly postgres: ServiceHandle;
  readonly meili: ServiceHandle;
  /** Stops what this call started (not what it reused); safe to call more than once. */
  stop(): Promise<void>;
}
