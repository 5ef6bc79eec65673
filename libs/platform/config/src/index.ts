export { AppConfig, ConfigError, loadConfigOrExit, parseConfig } from './config';
export { APP_CONFIG, ConfigModule } from './config.module';
