import { AccountToken } from './account-token.entity';
import { LoginThrottle } from './login-throttle.entity';
import { Session } from './session.entity';
import { User } from './user.entity';

export type { AccountTokenPurpose } from './account-token.entity';
export type { Locale } from './user.entity';
export { LOCALES, User } from './user.entity';
export { AccountToken, LoginThrottle, Session };

export const authEntities = [User, Session, LoginThrottle, AccountToken];
