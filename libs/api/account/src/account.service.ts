import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { PasswordConfirmation } from '@videnbro/auth';
import { AccountRepository } from './account.repository';
import type { PersonalData } from './account.repository';

/** The GDPR rights of a signed-in user: a copy of their personal data, and erasure of the account. */
@Injectable()
export class AccountService {
  constructor(
    private readonly account: AccountRepository,
    private readonly confirmation: PasswordConfirmation,
  ) {}

  async export(userId: string): Promise<PersonalData & { exportedAt: string }> {
    const data = await this.account.personalData(userId);
    if (!data) throw new NotFoundException('User not found');
    return { exportedAt: new Date().toISOString(), ...data };
  }

  /** Erases the account after the password is confirmed; the last owner of an organisation hands over first. */
  async erase(userId: string, password: string, ip: string): Promise<void> {
    await this.confirmation.confirm(userId, password, ip, 'password');
    const result = await this.account.erase(userId);
    if (!result.erased) {
      const names = result.soleOwnerOf.map((organization) => organization.name).join(', ');
      throw new ConflictException(
        `You are the only owner of ${names}: make another member owner (or delete the organisation) first`,
      );
    }
  }
}
