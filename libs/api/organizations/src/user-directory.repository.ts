import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { USER_ENTITY } from './entities';
import type { UserRef } from './entities';

const COLUMNS: (keyof UserRef)[] = ['id', 'email', 'name', 'locale'];

/** Reads the users that memberships, invitations and join requests refer to (names, emails, languages). */
@Injectable()
export class UserDirectoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private users(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository<UserRef>(USER_ENTITY);
  }

  findById(id: string, manager?: EntityManager): Promise<UserRef | null> {
    return this.users(manager).findOne({ where: { id }, select: COLUMNS });
  }

  /** By email as stored: trimmed and lower-cased. */
  findByEmail(email: string): Promise<UserRef | null> {
    return this.users().findOne({ where: { email: email.trim().toLowerCase() }, select: COLUMNS });
  }
}
