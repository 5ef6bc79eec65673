export { DEFAULT_MEILI_PORT, DEFAULT_POSTGRES_PORT, startDevServices } from './dev-services';
export { MeiliBinaryMissingError } from './meilisearch';
export { PortInUseError } from './ports';
export type { DevServiceName, DevServices, DevServicesOptions, ServiceHandle, ServiceSource } from './types';
