export type { DemoUser } from './demo-users';
export { DEMO_PASSWORD, DEMO_USERS } from './demo-users';
export type { SeedResult } from './seed';
export { seedDemoData } from './seed';
