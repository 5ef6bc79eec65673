import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@videnbro/access';
import { APP_CONFIG } from '@videnbro/config';
import type { AppConfig } from '@videnbro/config';
import { createHash, randomBytes } from 'node:crypto';
import { User } from './entities/user.entity';
import { SessionsRepository } from './sessions.repository';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts a session; the returned token is shown once and only its hash is kept. */
  async start(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.sessionTtlDays * 86_400_000);
    await this.sessions.create(userId, hashToken(token), expiresAt);
    return { token, expiresAt };
  }

  async resolve(token: string): Promise<{ caller: Caller; user: User } | null> {
    if (token.length > 100) return null;
    const session = await this.sessions.findActive(hashToken(token), new Date());
    if (!session) return null;
    return {
      caller: { userId: session.userId, sessionId: session.id, roles: session.user.roles },
      user: session.user,
    };
  }

  revoke(sessionId: string): Promise<void> {
    return this.sessions.revoke(sessionId, new Date());
  }

  revokeToken(token: string): Promise<void> {
    return this.sessions.revokeByTokenHash(hashToken(token), new Date());
  }

  revokeAllOf(userId: string, keep?: string): Promise<void> {
    return this.sessions.revokeAllOf(userId, new Date(), keep);
  }
}
