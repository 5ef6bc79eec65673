/** What the postgres and meilisearch modules get from `startDevServices`. */
export interface ServiceContext {
  /** Absolute. */
  dataDir: string;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
}

/** The environment for a server process: ours without variables the server would read as settings. */
export function childEnv(env: NodeJS.ProcessEnv, dropPrefix: string, extra: Record<string, string>) {
  const result: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && !name.startsWith(dropPrefix)) result[name] = value;
  }
  return { ...result, ...extra };
}
