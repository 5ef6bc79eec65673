import { NotificationsService } from '@videnbro/notifications';
import type { Notice } from '@videnbro/notifications';
import { DataSource } from 'typeorm';
import { startTestApi } from './test-app';
import type { TestApi } from './test-app';
import { signUp } from './test-users';
import type { TestUser } from './test-users';

let api: TestApi;
let db: DataSource;
let notifications: NotificationsService;
let ada: TestUser;
let bo: TestUser;

beforeAll(async () => {
  api = await startTestApi();
  db = api.app.get(DataSource);
  notifications = api.app.get(NotificationsService);
  ada = await signUp(api, 'ada@notify.dk', { name: 'Ada' });
  bo = await signUp(api, 'bo@notify.dk', { name: 'Bo', locale: 'en' });
});
afterAll(() => api.close());

const notice = (user: TestUser, extra: Partial<Notice> = {}): Notice => ({
  userId: user.id,
  kind: 'case_assigned',
  link: '/cases/1',
  params: { company: 'Fjordmejeriet ApS' },
  dedupeKey: `case_assigned:${Math.random()}`,
  ...extra,
});

const rowsOf = (user: TestUser) =>
  db.query(
    `select kind, link, params, dedupe_key as "dedupeKey", delivery, mailed_at is not null as mailed, read_at
       from notifications where user_id = $1 order by created_at`,
    [user.id],
  );

describe('NotificationsService.notify', () => {
  it('writes in the caller transaction with each kind default delivery, and returns what it wrote', async () => {
    const written = await db.transaction((manager) =>
      notifications.notify(manager, [
        notice(ada, { dedupeKey: 'a1' }),
        notice(ada, { kind: 'stage_changed', dedupeKey: 'a2', params: { stage: 'introduced' } }),
        notice(ada, { kind: 'saved_search_match', dedupeKey: 'a3', link: '/needs/9' }),
      ]),
    );
    expect(written.map(({ kind, delivery, userId }) => ({ kind, delivery, userId }))).toEqual([
      { kind: 'case_assigned', delivery: 'email', userId: ada.id },
      { kind: 'stage_changed', delivery: 'in_app', userId: ada.id },
      { kind: 'saved_search_match', delivery: 'digest', userId: ada.id },
    ]);
    expect(await rowsOf(ada)).toEqual([
      {
        kind: 'case_assigned',
        link: '/cases/1',
        params: { company: 'Fjordmejeriet ApS' },
        dedupeKey: 'a1',
        delivery: 'email',
        mailed: false,
        read_at: null,
      },
      expect.objectContaining({ kind: 'stage_changed', delivery: 'in_app', params: { stage: 'introduced' } }),
      expect.objectContaining({ kind: 'saved_search_match', delivery: 'digest', link: '/needs/9' }),
    ]);
  });

  it('writes a (user, dedupe key) once, across calls and within one call', async () => {
    const first = await db.transaction((manager) =>
      notifications.notify(manager, [notice(bo, { dedupeKey: 'same' }), notice(bo, { dedupeKey: 'same' })]),
    );
    const again = await db.transaction((manager) =>
      notifications.notify(manager, [notice(bo, { dedupeKey: 'same' })]),
    );
    expect(first).toHaveLength(1);
    expect(again).toEqual([]);
    expect((await rowsOf(bo)).filter((row: { dedupeKey: string }) => row.dedupeKey === 'same')).toHaveLength(
      1,
    );
  });

  it('honours the chosen delivery: off writes nothing; a caller-mailed email row is stored as mailed', async () => {
    await db.query(
      `insert into notification_preferences (user_id, kind, delivery) values ($1, 'message', 'off'), ($1, 'consent_answered', 'digest')`,
      [bo.id],
    );
    const written = await db.transaction((manager) =>
      notifications.notify(manager, [
        notice(bo, { kind: 'message', dedupeKey: 'm1' }),
        notice(bo, { kind: 'consent_answered', dedupeKey: 'c1', params: { decision: 'accepted' } }),
        notice(bo, { kind: 'introduction_proposed', dedupeKey: 'i1', mailedByCaller: true }),
      ]),
    );
    expect(written.map(({ kind, delivery }) => `${kind}:${delivery}`)).toEqual([
      'consent_answered:digest',
      'introduction_proposed:email',
    ]);
    const rows = await rowsOf(bo);
    expect(rows.find((row: { dedupeKey: string }) => row.dedupeKey === 'i1').mailed).toBe(true);
    expect(rows.find((row: { dedupeKey: string }) => row.dedupeKey === 'c1').mailed).toBe(false);
  });

  it('leaves nothing behind when the caller transaction fails', async () => {
    await expect(
      db.transaction(async (manager) => {
        await notifications.notify(manager, [notice(ada, { dedupeKey: 'rolled-back' })]);
        throw new Error('forced failure');
      }),
    ).rejects.toThrow('forced failure');
    expect(await db.query(`select 1 from notifications where dedupe_key = 'rolled-back'`)).toEqual([]);
  });
});
