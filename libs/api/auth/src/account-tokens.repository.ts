import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, MoreThan, QueryFailedError } from 'typeorm';
import { AccountToken } from './entities/account-token.entity';
import type { AccountTokenPurpose } from './entities/account-token.entity';
import { Session } from './entities/session.entity';
import { User } from './entities/user.entity';

export type EmailChangeResult =
  { outcome: 'changed'; userId: string; newEmail: string } | { outcome: 'invalid' } | { outcome: 'taken' };

/** Password-reset and email-change links, and the changes they make, each in one transaction. */
@Injectable()
export class AccountTokensRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Stores a new token and ends the user's open ones of the same purpose: only the newest link works. */
  async issue(
    token: Pick<AccountToken, 'userId' | 'purpose' | 'tokenHash' | 'newEmail' | 'expiresAt'>,
    now: Date,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        AccountToken,
        { userId: token.userId, purpose: token.purpose, usedAt: IsNull() },
        { usedAt: now },
      );
      await manager.insert(AccountToken, { ...token, usedAt: null });
    });
  }

  /** The user of a valid (known, unused, unexpired) token, without using it. */
  async findUser(purpose: AccountTokenPurpose, tokenHash: string, now: Date): Promise<string | null> {
    const token = await this.dataSource.getRepository(AccountToken).findOneBy({
      purpose,
      tokenHash,
      usedAt: IsNull(),
      expiresAt: MoreThan(now),
    });
    return token?.userId ?? null;
  }

  /** Sets the password, marks the link used and revokes every session; null when the link is not valid. */
  async resetPassword(tokenHash: string, passwordHash: string, now: Date): Promise<string | null> {
    return this.dataSource.transaction(async (manager) => {
      const token = await this.consume(manager, 'password_reset', tokenHash, now);
      if (!token) return null;
      await manager.update(User, { id: token.userId }, { passwordHash });
      await manager.update(Session, { userId: token.userId, revokedAt: IsNull() }, { revokedAt: now });
      return token.userId;
    });
  }

  /** Moves the account to the confirmed address and marks the link used, unless the address got taken. */
  async confirmEmail(tokenHash: string, now: Date): Promise<EmailChangeResult> {
    try {
      return await this.dataSource.transaction(async (manager): Promise<EmailChangeResult> => {
        const token = await this.consume(manager, 'email_change', tokenHash, now);
        if (!token?.newEmail) return { outcome: 'invalid' };
        await manager.update(User, { id: token.userId }, { email: token.newEmail });
        return { outcome: 'changed', userId: token.userId, newEmail: token.newEmail };
      });
    } catch (error) {
      // The unique index on users.email decides; the transaction (and the link's use) rolled back.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505')
        return { outcome: 'taken' };
      throw error;
    }
  }

  /**
   * Marks the token used when it is known, unused and unexpired: one conditional update, so two requests
   * with the same link cannot both succeed.
   */
  private async consume(
    manager: EntityManager,
    purpose: AccountTokenPurpose,
    tokenHash: string,
    now: Date,
  ): Promise<AccountToken | null> {
    const result = await manager
      .createQueryBuilder()
      .update(AccountToken)
      .set({ usedAt: now })
      .where({ purpose, tokenHash, usedAt: IsNull(), expiresAt: MoreThan(now) })
      .returning(['id'])
      .execute();
    const id = (result.raw as { id: string }[])[0]?.id;
    return id ? manager.findOneBy(AccountToken, { id }) : null;
  }
}
