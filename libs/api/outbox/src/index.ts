export type { OutboxEntityType, OutboxOperation } from './outbox-event.entity';
export { OUTBOX_ENTITY_TYPES, OUTBOX_OPERATIONS, OutboxEvent } from './outbox-event.entity';
export { Outbox } from './outbox';
export { OutboxModule } from './outbox.module';

import { OutboxEvent } from './outbox-event.entity';
export const outboxEntities = [OutboxEvent];
