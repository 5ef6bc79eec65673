import type { UsersService } from '@videnbro/auth';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';

export interface SeedResult {
  createdUsers: number;
}

/** Creates the demo accounts that do not exist yet (idempotent: run twice, the second run adds nothing). */
export async function seedDemoData(users: UsersService): Promise<SeedResult> {
  let createdUsers = 0;
  for (const demo of DEMO_USERS) {
    if (await users.findByEmail(demo.email)) continue;
    await users.create({ ...demo, password: DEMO_PASSWORD });
    createdUsers++;
  }
  return { createdUsers };
}
