import { ClusterStrengthIndustry } from './cluster-strength-industry.entity';
import { ClusterTarget } from './cluster-target.entity';

export { ClusterStrengthIndustry } from './cluster-strength-industry.entity';
export { ClusterTarget } from './cluster-target.entity';

export const statisticsEntities = [ClusterStrengthIndustry, ClusterTarget];
