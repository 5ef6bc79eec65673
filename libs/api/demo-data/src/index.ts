export type { DemoCatalogue, DemoNeed, DemoOrganization } from './catalogue/generate';
export { generateCatalogue } from './catalogue/generate';
export type { DemoMembership, DemoUser } from './demo-users';
export { DEMO_PASSWORD, DEMO_USERS } from './demo-users';
export type { ResetResult, SeedDependencies, SeedResult } from './seed';
export { resetDemoData, seedDemoData } from './seed';
export { DOMAINS } from './catalogue/vocabulary';
export type { ActivitySeedResult, DemoActivity, DemoFundingRecord } from './activities-demo';
export { generateClusterActivities } from './activities-demo';
