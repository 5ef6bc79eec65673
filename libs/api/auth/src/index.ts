export { AuthModule, UsersModule } from './auth.module';
export type { Locale } from './entities';
export { authEntities, LOCALES, User } from './entities';
export { UsersService, wrongPassword } from './users.service';
