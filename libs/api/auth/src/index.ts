export { AuthModule, UsersModule } from './auth.module';
export type { Locale } from './entities';
export { authEntities, LOCALES, User } from './entities';
export { PasswordConfirmation } from './password-confirmation';
export { UsersService } from './users.service';
