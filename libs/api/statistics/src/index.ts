export { ClusterStrengthIndustry, ClusterTarget, statisticsEntities } from './entities';
export { FIGURE_IDS, FIGURES } from './figures';
export type { FigureId } from './figures';
export type { MembershipDirectory } from './membership-directory';
export { StatisticsModule } from './statistics.module';
export type { StatisticsModuleOptions } from './statistics.module';
