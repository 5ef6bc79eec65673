import { LoginThrottle } from './login-throttle.entity';
import { Session } from './session.entity';
import { User } from './user.entity';

export type { Locale } from './user.entity';
export { LOCALES, User } from './user.entity';
export { LoginThrottle, Session };

export const authEntities = [User, Session, LoginThrottle];
