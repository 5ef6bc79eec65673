import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxEvent } from './outbox-event.entity';
import type { OutboxEntityType, OutboxOperation } from './outbox-event.entity';

/** Enqueues search-index work. Always through the caller's transaction: pass the manager of that transaction. */
@Injectable()
export class Outbox {
  async enqueue(
    manager: EntityManager,
    entityType: OutboxEntityType,
    entityId: string,
    operation: OutboxOperation,
  ): Promise<OutboxEvent> {
    const repository = manager.getRepository(OutboxEvent);
    return repository.save(repository.create({ entityType, entityId, operation }));
  }
}
