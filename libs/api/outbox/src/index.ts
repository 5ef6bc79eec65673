export type { OutboxEntityType, OutboxOperation } from './outbox-event.entity';
export { OUTBOX_ENTITY_TYPES, OUTBOX_OPERATIONS, OutboxEvent } from './outbox-event.entity';
export { Outbox } from './outbox';
export { OutboxModule } from './outbox.module';
export type { ClaimedEvent, OutboxStatus } from './outbox-queue';
export { MAX_ATTEMPTS, OutboxQueue } from './outbox-queue';

import { OutboxEvent } from './outbox-event.entity';
export const outboxEntities = [OutboxEvent];
