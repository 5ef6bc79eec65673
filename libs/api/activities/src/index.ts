export { Activity, ActivityCluster, activityEntities, FundingRecord, Participation } from './entities';
