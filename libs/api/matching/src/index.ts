export type { MatchVisibility } from './match-visibility';
export { MatchingModule } from './matching.module';
export type { MatchingModuleOptions } from './matching.module';
export { MatchingService } from './matching.service';
