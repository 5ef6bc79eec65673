import { AuditLog } from '@videnbro/audit';
import { Outbox } from '@videnbro/outbox';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from './test-app';

let api: TestApi;
let db: DataSource;
let audit: AuditLog;
let outbox: Outbox;

beforeAll(async () => {
  api = await startTestApi();
  db = api.app.get(DataSource);
  audit = api.app.get(AuditLog);
  outbox = api.app.get(Outbox);
});
afterAll(() => api.close());

const rowsFor = async (entityId: string) => ({
  audit: await db.query(`select action, changes from audit_entries where entity_id = $1`, [entityId]),
  outbox: await db.query(`select operation from outbox_events where entity_id = $1`, [entityId]),
});

/** The contract later features rely on: both write through the caller's transaction, never beside it. */
describe('audit log and outbox in the caller transaction', () => {
  it('commit with the work of the transaction, with the outbox defaults the relay expects', async () => {
    const entityId = randomUUID();
    await db.transaction(async (manager) => {
      await audit.record(manager, {
        actorUserId: null,
        entityType: 'organization',
        entityId,
        action: 'update',
        changes: { name: { from: 'A', to: 'B' } },
      });
      const event = await outbox.enqueue(manager, 'organization', entityId, 'upsert');
      expect(event.id).toMatch(/^\d+$/);
    });
    expect(await rowsFor(entityId)).toEqual({
      audit: [{ action: 'update', changes: { name: { from: 'A', to: 'B' } } }],
      outbox: [{ operation: 'upsert' }],
    });
    const [event] = await db.query(
      `select processed_at, attempts, last_error, available_at <= now() as available, created_at is not null as created
       from outbox_events where entity_id = $1`,
      [entityId],
    );
    expect(event).toEqual({
      processed_at: null,
      attempts: 0,
      last_error: null,
      available: true,
      created: true,
    });
  });

  it('leave nothing behind when the transaction fails after they were written', async () => {
    const entityId = randomUUID();
    await expect(
      db.transaction(async (manager) => {
        await audit.record(manager, {
          actorUserId: null,
          entityType: 'need',
          entityId,
          action: 'create',
          changes: {},
        });
        await outbox.enqueue(manager, 'need', entityId, 'upsert');
        expect(
          (await manager.query(`select 1 from outbox_events where entity_id = $1`, [entityId])).length,
        ).toBe(1);
        throw new Error('forced failure after the writes');
      }),
    ).rejects.toThrow('forced failure after the writes');
    expect(await rowsFor(entityId)).toEqual({ audit: [], outbox: [] });
  });

  it('refuses an operation the relay does not know', async () => {
    await expect(
      db.transaction((manager) => outbox.enqueue(manager, 'organization', randomUUID(), 'merge' as 'upsert')),
    ).rejects.toThrow(/ck_outbox_events_operation/);
  });

  it('keep the order of the entries of one transaction', async () => {
    const entityId = randomUUID();
    await db.transaction(async (manager) => {
      for (const action of ['first', 'second', 'third']) {
        await audit.record(manager, {
          actorUserId: null,
          entityType: 'competence',
          entityId,
          action,
          changes: {},
        });
      }
    });
    const history = await db.transaction((manager) => audit.history(manager, 'competence', entityId));
    expect(history.map((entry) => entry.action)).toEqual(['first', 'second', 'third']);
  });
});
