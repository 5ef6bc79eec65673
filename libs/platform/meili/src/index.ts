export { createMeiliClient, MeiliModule } from './meili.module';
