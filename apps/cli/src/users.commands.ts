import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { PLATFORM_ROLES } from '@videnbro/access';
import type { PlatformRole } from '@videnbro/access';
import { UsersModule, UsersService } from '@videnbro/auth';
import { dataSourceOptions } from '@videnbro/database';
import type { DataSource } from 'typeorm';

export interface CliServices {
  users: UsersService;
  dataSource: DataSource;
}

/** A Nest application context with the users service and the database, for the commands. */
export async function withServices<T>(
  databaseUrl: string,
  work: (services: CliServices) => Promise<T>,
): Promise<T> {
  @Module({ imports: [TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, 2)), UsersModule] })
  class CliModule {}
  const context = await NestFactory.createApplicationContext(CliModule, { logger: ['error'] });
  try {
    return await work({
      users: context.get(UsersService),
      dataSource: context.get<DataSource>(getDataSourceToken()),
    });
  } finally {
    await context.close();
  }
}

/** `--role none` clears the roles; anything else must be a platform role. */
export function parseRoles(values: string[]): PlatformRole[] {
  if (values.length === 1 && values[0] === 'none') return [];
  for (const value of values) {
    if (!(PLATFORM_ROLES as readonly string[]).includes(value)) {
      throw new Error(`Unknown role "${value}": use ${PLATFORM_ROLES.join(', ')} or none`);
    }
  }
  return values as PlatformRole[];
}

export async function readPasswordFromStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password (input is shown; pipe it in to avoid that): ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if (process.stdin.isTTY && String(chunk).includes('\n')) break;
  }
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}
