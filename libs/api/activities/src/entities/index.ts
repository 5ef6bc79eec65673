import { Activity } from './activity.entity';
import { ActivityCase } from './activity-case.entity';
import { ActivityCluster } from './activity-cluster.entity';
import { FundingRecord } from './funding-record.entity';
import { Participation } from './participation.entity';

export { Activity } from './activity.entity';
export { ActivityCase } from './activity-case.entity';
export { ActivityCluster } from './activity-cluster.entity';
export { FundingRecord } from './funding-record.entity';
export { Participation } from './participation.entity';
export type { OrganizationRef } from './refs';

export const activityEntities = [Activity, ActivityCluster, ActivityCase, Participation, FundingRecord];
