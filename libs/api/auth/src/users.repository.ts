import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';
import { User } from './entities/user.entity';

@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  findById(id: string): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  count(): Promise<number> {
    return this.users.count();
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOneBy({ email: normaliseEmail(email) });
  }

  /** Inserts, or returns null when the email is taken (the unique index decides, so no race). */
  async insert(
    user: Pick<User, 'email' | 'name' | 'locale' | 'passwordHash' | 'roles'>,
  ): Promise<User | null> {
    try {
      return await this.users.save(this.users.create({ ...user, email: normaliseEmail(user.email) }));
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505')
        return null;
      throw error;
    }
  }

  async update(
    id: string,
    changes: Partial<Pick<User, 'name' | 'locale' | 'roles' | 'passwordHash'>>,
  ): Promise<User> {
    await this.users.update({ id }, changes);
    return this.users.findOneByOrFail({ id });
  }
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
