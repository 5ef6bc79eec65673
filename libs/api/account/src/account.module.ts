import { Module } from '@nestjs/common';
import { AuditModule } from '@videnbro/audit';
import { AuthModule } from '@videnbro/auth';
import { AccountController } from './account.controller';
import { AccountRepository } from './account.repository';
import { AccountService } from './account.service';

/** The GDPR rights: the export of a user's personal data and the erasure of an account. */
@Module({
  imports: [AuthModule, AuditModule],
  controllers: [AccountController],
  providers: [AccountRepository, AccountService],
})
export class AccountModule {}
