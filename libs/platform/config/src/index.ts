export type { AppConfig } from './config';
export { ConfigError, loadConfigOrExit, parseConfig } from './config';
export { APP_CONFIG, ConfigModule } from './config.module';
