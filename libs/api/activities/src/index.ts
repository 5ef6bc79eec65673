export { ActivitiesModule } from './activities.module';
export type { ActivitiesModuleOptions } from './activities.module';
export type { ActivityMemberships } from './activity-access';
export { Activity, ActivityCluster, activityEntities, FundingRecord, Participation } from './entities';
