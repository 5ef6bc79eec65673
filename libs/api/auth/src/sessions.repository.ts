import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, MoreThan, Not, Repository } from 'typeorm';
import { Session } from './entities/session.entity';
import { User } from './entities/user.entity';

@Injectable()
export class SessionsRepository {
  constructor(@InjectRepository(Session) private readonly sessions: Repository<Session>) {}

  create(userId: string, tokenHash: string, expiresAt: Date): Promise<Session> {
    return this.sessions.save(this.sessions.create({ userId, tokenHash, expiresAt, revokedAt: null }));
  }

  /** The session and its user, when the token is known, not revoked and not expired. */
  async findActive(tokenHash: string, now: Date): Promise<(Session & { user: User }) | null> {
    const session = await this.sessions.findOne({
      where: { tokenHash, revokedAt: IsNull(), expiresAt: MoreThan(now) },
      relations: { user: true },
    });
    return session?.user ? (session as Session & { user: User }) : null;
  }

  async revoke(id: string, now: Date): Promise<void> {
    await this.sessions.update({ id, revokedAt: IsNull() }, { revokedAt: now });
  }

  async revokeByTokenHash(tokenHash: string, now: Date): Promise<void> {
    await this.sessions.update({ tokenHash, revokedAt: IsNull() }, { revokedAt: now });
  }

  /** Revokes every open session of the user, except `keep` (the caller's own) when given. */
  async revokeAllOf(userId: string, now: Date, keep?: string): Promise<void> {
    await this.sessions.update(
      { userId, revokedAt: IsNull(), ...(keep ? { id: Not(keep) } : {}) },
      { revokedAt: now },
    );
  }
}
