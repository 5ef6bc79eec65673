import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEntry } from './audit-entry.entity';
import type { Changes } from './audit-entry.entity';

export interface AuditRecord {
  actorUserId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  changes: Changes;
}

/** Writes audit entries. Always through the caller's transaction: pass the manager of that transaction. */
@Injectable()
export class AuditLog {
  async record(manager: EntityManager, record: AuditRecord): Promise<AuditEntry> {
    const repository = manager.getRepository(AuditEntry);
    return repository.save(repository.create(record));
  }

  /** The entries of one entity, oldest first. */
  history(manager: EntityManager, entityType: string, entityId: string): Promise<AuditEntry[]> {
    return manager.getRepository(AuditEntry).find({
      where: { entityType, entityId },
      order: { occurredAt: 'ASC', id: 'ASC' },
    });
  }
}
