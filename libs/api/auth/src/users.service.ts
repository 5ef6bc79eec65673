import { ConflictException, HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import type { PlatformRole } from '@videnbro/access';
import { fieldError } from '@videnbro/http';
import { User } from './entities/user.entity';
import type { Locale } from './entities/user.entity';
import { passwordProblem } from './password-policy';
import { UsersRepository } from './users.repository';

// argon2id with OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane).
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export interface NewUser {
  email: string;
  password: string;
  name: string;
  locale?: Locale;
  roles?: PlatformRole[];
}

@Injectable()
export class UsersService {
  // Verified against when the email is unknown, so both answers take the same time.
  private readonly dummyHash = hash('not-a-real-password', ARGON2);

  constructor(private readonly users: UsersRepository) {}

  async create(input: NewUser): Promise<User> {
    const user = await this.users.insert({
      email: input.email,
      name: input.name.trim(),
      locale: input.locale ?? 'da',
      roles: input.roles ?? [],
      passwordHash: await this.hashNewPassword(input.password, input.email),
    });
    if (!user) throw new ConflictException('An account with this email already exists');
    return user;
  }

  /** The user when the email and password match; null otherwise, in about the same time either way. */
  async verifyCredentials(email: string, password: string): Promise<User | null> {
    const user = await this.users.findByEmail(email);
    const valid = await verify(user?.passwordHash ?? (await this.dummyHash), password).catch(() => false);
    return user && valid ? user : null;
  }

  /** The hash of a new password that passes the password rules; else a 400 naming `field`. */
  async hashNewPassword(password: string, email: string, field = 'password'): Promise<string> {
    const problem = passwordProblem(password, email);
    if (problem) throw fieldError(HttpStatus.BAD_REQUEST, field, problem);
    return hash(password, ARGON2);
  }

  /** Whether the password is the user's; false for an erased account's unusable hash. */
  checkPassword(user: User, password: string): Promise<boolean> {
    return verify(user.passwordHash, password).catch(() => false);
  }

  /** Sets a new password (after the rules); the caller has confirmed the current one. */
  async setPassword(user: User, newPassword: string, field = 'password'): Promise<void> {
    await this.users.update(user.id, {
      passwordHash: await this.hashNewPassword(newPassword, user.email, field),
    });
  }

  async get(id: string): Promise<User> {
    const user = await this.users.findById(id);
    if (!user) throw new NotFoundException('User not found');
    return user;
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findByEmail(email);
  }

  count(): Promise<number> {
    return this.users.count();
  }

  updateProfile(id: string, changes: { name?: string; locale?: Locale }): Promise<User> {
    return this.users.update(id, changes);
  }

  async setRoles(email: string, roles: PlatformRole[]): Promise<User> {
    const user = await this.users.findByEmail(email);
    if (!user) throw new NotFoundException(`No user with email ${email}`);
    return this.users.update(user.id, { roles: [...new Set(roles)] });
  }
}
