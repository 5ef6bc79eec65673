import type { Locale } from '@videnbro/domain';

/**
 * The users table belongs to the auth feature, which this feature may not import (features depend on
 * data-access and util libraries only). Relations name its entity instead, so the foreign keys are real,
 * and reads see only the columns below.
 */
export const USER_ENTITY = 'User';

export interface UserRef {
  id: string;
  email: string;
  name: string;
  locale: Locale;
}
