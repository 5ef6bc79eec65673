import type { PlatformRole } from '@videnbro/access';
import { UsersService } from '@videnbro/auth';
import type { TestApi } from './test-app';

export const TEST_PASSWORD = 'fjord-kaffe-Sommer-42';

export interface TestUser {
  id: string;
  email: string;
  token: string;
  /** Bearer headers for `api.app.inject`. */
  headers: { authorization: string };
}

/** Registers an account through the API (and so signs it in); roles are set as the CLI sets them. */
export async function signUp(
  api: TestApi,
  email: string,
  options: { name?: string; locale?: 'da' | 'en'; roles?: PlatformRole[] } = {},
): Promise<TestUser> {
  const response = await api.app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: {
      email,
      password: TEST_PASSWORD,
      name: options.name ?? email.split('@')[0],
      locale: options.locale,
    },
  });
  if (response.statusCode !== 201) throw new Error(`sign-up of ${email} failed: ${response.body}`);
  const body = response.json();
  if (options.roles?.length) await api.app.get(UsersService).setRoles(email, options.roles);
  return {
    id: body.user.id,
    email: body.user.email,
    token: body.accessToken,
    headers: { authorization: `Bearer ${body.accessToken}` },
  };
}
