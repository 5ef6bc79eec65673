import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessGuard } from './access.guard';
import { AccountTokensRepository } from './account-tokens.repository';
import { AuthController } from './auth.controller';
import { EmailChangeService } from './email-change.service';
import { authEntities } from './entities';
import { LocalStrategy } from './local.strategy';
import { LoginThrottleRepository } from './login-throttle.repository';
import { LoginThrottleService } from './login-throttle.service';
import { MeController } from './me.controller';
import { PasswordConfirmation } from './password-confirmation';
import { PasswordResetService } from './password-reset.service';
import { SessionStrategy } from './session.strategy';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

/** Accounts and sessions. Registers the global deny-by-default AccessGuard. */
@Module({
  imports: [TypeOrmModule.forFeature(authEntities), PassportModule],
  controllers: [AuthController, MeController],
  providers: [
    UsersRepository,
    UsersService,
    SessionsRepository,
    SessionsService,
    LoginThrottleRepository,
    LoginThrottleService,
    AccountTokensRepository,
    PasswordResetService,
    EmailChangeService,
    PasswordConfirmation,
    LocalStrategy,
    SessionStrategy,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [UsersService, SessionsService, PasswordConfirmation],
})
export class AuthModule {}

/** The CLI manages accounts without HTTP: users only, no guard or strategies. */
@Module({
  imports: [TypeOrmModule.forFeature(authEntities)],
  providers: [UsersRepository, UsersService],
  exports: [UsersService],
})
export class UsersModule {}
