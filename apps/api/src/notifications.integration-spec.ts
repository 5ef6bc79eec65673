import { Global, Module } from '@nestjs/common';
import type { DynamicModule, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule } from '@videnbro/config';
import { DatabaseModule } from '@videnbro/database';
import { FileMailTransport, MailPort } from '@videnbro/mail';
import type { MailMessage } from '@videnbro/mail';
import { NotificationMailer, NotificationMailModule, NotificationsService } from '@videnbro/notifications';
import type { Notice } from '@videnbro/notifications';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startTestApi } from './test-app';
import type { TestApi } from './test-app';
import { expectStatus, injectAs } from './test-postings';
import { signUp } from './test-users';
import type { TestUser } from './test-users';
import { readMails } from './test-mail';
import type { SentMail } from './test-mail';

let api: TestApi;
let db: DataSource;
let notifications: NotificationsService;
let ada: TestUser;
let bo: TestUser;
let mailRoot: string;

beforeAll(async () => {
  mailRoot = await mkdtemp(join(tmpdir(), 'videnbro-notifications-'));
  api = await startTestApi({ PUBLIC_URL: 'https://videnbro.test' });
  db = api.app.get(DataSource);
  notifications = api.app.get(NotificationsService);
  ada = await signUp(api, 'ada@notify.dk', { name: 'Ada' });
  bo = await signUp(api, 'bo@notify.dk', { name: 'Bo', locale: 'en' });
});
afterAll(async () => {
  await api.close();
  await rm(mailRoot, { recursive: true, force: true });
});

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

const write = (items: Notice[]) => db.transaction((manager) => notifications.notify(manager, items));

describe('the notification centre', () => {
  let cy: TestUser;
  let dy: TestUser;
  const call = (user: TestUser | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    injectAs(api, user, { method, url, payload });

  beforeAll(async () => {
    cy = await signUp(api, 'cy@notify.dk', { name: 'Cy' });
    dy = await signUp(api, 'dy@notify.dk', { name: 'Dy' });
    for (const i of [1, 2, 3]) await write([notice(cy, { dedupeKey: `cy${i}`, link: `/cases/${i}` })]);
    await write([notice(dy, { dedupeKey: 'dy1' })]);
  });

  it('lists the caller’s own notifications, newest first and paged, with an unread filter and count', async () => {
    const page = await expectStatus(call(cy, 'GET', '/api/v1/notifications?limit=2'), 200);
    expect(page).toMatchObject({ total: 3, page: 1, limit: 2 });
    expect(page.items.map((n: { link: string }) => n.link)).toEqual(['/cases/3', '/cases/2']);
    expect(page.items[0]).toEqual({
      id: expect.any(String),
      kind: 'case_assigned',
      params: { company: 'Fjordmejeriet ApS' },
      link: '/cases/3',
      delivery: 'email',
      createdAt: expect.any(String),
      readAt: null,
    });
    const second = await expectStatus(call(cy, 'GET', '/api/v1/notifications?limit=2&page=2'), 200);
    expect(second.items.map((n: { link: string }) => n.link)).toEqual(['/cases/1']);
    expect(await expectStatus(call(cy, 'GET', '/api/v1/notifications/unread-count'), 200)).toEqual({
      count: 3,
    });
    await expectStatus(call(cy, 'GET', '/api/v1/notifications?unread=maybe'), 400);
  });

  it('marks one read (once: a second time changes nothing); another user’s is not found', async () => {
    const { items } = await expectStatus(call(cy, 'GET', '/api/v1/notifications'), 200);
    const first = await expectStatus(call(cy, 'POST', `/api/v1/notifications/${items[0].id}/read`), 200);
    expect(first.readAt).toEqual(expect.any(String));
    const again = await expectStatus(call(cy, 'POST', `/api/v1/notifications/${items[0].id}/read`), 200);
    expect(again.readAt).toBe(first.readAt);
    const foreign = await call(dy, 'POST', `/api/v1/notifications/${items[1].id}/read`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toMatchObject({ statusCode: 404, message: 'Notification not found' });
    expect((await call(cy, 'POST', '/api/v1/notifications/not-a-uuid/read')).statusCode).toBe(400);
    const unread = await expectStatus(call(cy, 'GET', '/api/v1/notifications?unread=true'), 200);
    expect(unread.items.map((n: { link: string }) => n.link)).toEqual(['/cases/2', '/cases/1']);
    expect(await expectStatus(call(cy, 'GET', '/api/v1/notifications/unread-count'), 200)).toEqual({
      count: 2,
    });
  });

  it('marks all of the caller’s read, and no one else’s', async () => {
    expect(await expectStatus(call(cy, 'POST', '/api/v1/notifications/read-all'), 200)).toEqual({ count: 2 });
    expect(await expectStatus(call(cy, 'GET', '/api/v1/notifications/unread-count'), 200)).toEqual({
      count: 0,
    });
    expect(await expectStatus(call(dy, 'GET', '/api/v1/notifications/unread-count'), 200)).toEqual({
      count: 1,
    });
  });

  it('lists every kind with its delivery, and changes only the kinds named', async () => {
    const defaults = await expectStatus(call(dy, 'GET', '/api/v1/notification-preferences'), 200);
    expect(defaults).toEqual([
      { kind: 'case_assigned', delivery: 'email', isDefault: true },
      { kind: 'introduction_proposed', delivery: 'email', isDefault: true },
      { kind: 'consent_answered', delivery: 'email', isDefault: true },
      { kind: 'stage_changed', delivery: 'in_app', isDefault: true },
      { kind: 'message', delivery: 'email', isDefault: true },
      { kind: 'saved_search_match', delivery: 'digest', isDefault: true },
    ]);
    const changed = await expectStatus(
      call(dy, 'PUT', '/api/v1/notification-preferences', { message: 'digest', stage_changed: 'off' }),
      200,
    );
    expect(changed.filter((p: { isDefault: boolean }) => !p.isDefault)).toEqual([
      { kind: 'stage_changed', delivery: 'off', isDefault: false },
      { kind: 'message', delivery: 'digest', isDefault: false },
    ]);
    await expectStatus(call(dy, 'PUT', '/api/v1/notification-preferences', { message: 'email' }), 200);
    const after = await expectStatus(call(dy, 'GET', '/api/v1/notification-preferences'), 200);
    expect(after.find((p: { kind: string }) => p.kind === 'message')).toEqual({
      kind: 'message',
      delivery: 'email',
      isDefault: false,
    });
    expect(after.find((p: { kind: string }) => p.kind === 'stage_changed').delivery).toBe('off');
    // Someone else's preferences are their own.
    expect((await expectStatus(call(cy, 'GET', '/api/v1/notification-preferences'), 200))[3].delivery).toBe(
      'in_app',
    );
  });

  it('refuses a delivery or kind it does not know, and changes nothing', async () => {
    const bad = await call(dy, 'PUT', '/api/v1/notification-preferences', {
      message: 'sometimes',
      case_assigned: 'off',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details).toEqual([
      { field: 'message', message: 'message must be one of in_app, email, digest, off' },
    ]);
    const unknown = await call(dy, 'PUT', '/api/v1/notification-preferences', { weather: 'off' });
    expect(unknown.statusCode).toBe(400);
    const now = await expectStatus(call(dy, 'GET', '/api/v1/notification-preferences'), 200);
    expect(now[0]).toEqual({ kind: 'case_assigned', delivery: 'email', isDefault: true });
  });

  it('is for signed-in users only', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/notifications'],
      ['GET', '/api/v1/notifications/unread-count'],
      ['POST', '/api/v1/notifications/read-all'],
      ['GET', '/api/v1/notification-preferences'],
      ['PUT', '/api/v1/notification-preferences'],
    ] as const) {
      expect((await call(null, method, url, method === 'PUT' ? {} : undefined)).statusCode).toBe(401);
    }
  });
});

/** An SMTP server that is away for the first `failures` sends, whichever worker makes them. */
const outage = { failures: 0 };

/** The development transport, writing to its own directory, failing while the outage lasts. */
class FlakyTransport extends MailPort {
  private readonly files: FileMailTransport;
  constructor(readonly dir: string) {
    super();
    this.files = new FileMailTransport(dir, 'Videnbro <no-reply@videnbro.dk>');
  }
  async send(message: MailMessage): Promise<void> {
    if (outage.failures > 0) {
      outage.failures--;
      throw new Error('SMTP server unavailable');
    }
    await this.files.send(message);
  }
}

@Global()
@Module({})
class TestMailModule {
  static with(transport: MailPort): DynamicModule {
    return {
      module: TestMailModule,
      providers: [{ provide: MailPort, useValue: transport }],
      exports: [MailPort],
    };
  }
}

/** A worker's mail jobs, on the test's database, mailing through its own transport. */
async function startMailer(transport: MailPort): Promise<INestApplicationContext> {
  @Module({})
  class MailerModule {}
  const context = await NestFactory.createApplicationContext(
    {
      module: MailerModule,
      imports: [
        ConfigModule.forRoot(api.context.config),
        DatabaseModule,
        TestMailModule.with(transport),
        NotificationMailModule,
      ],
    },
    { logger: false },
  );
  await context.init();
  return context;
}

/** The mails the transports wrote, oldest first (their file names start with the time). */
async function mailsIn(...dirs: string[]): Promise<SentMail[]> {
  const mails = (await Promise.all(dirs.map((dir) => readMails(dir)))).flat();
  return mails.sort((a, b) => a.file.localeCompare(b.file));
}

describe('the notification mail jobs', () => {
  let one: INestApplicationContext;
  let two: INestApplicationContext;
  let first: FlakyTransport;
  let second: FlakyTransport;

  beforeAll(async () => {
    first = new FlakyTransport(join(mailRoot, 'one'));
    second = new FlakyTransport(join(mailRoot, 'two'));
    one = await startMailer(first);
    two = await startMailer(second);
    // What the writer tests left to mail is not this test's.
    await db.query(`update notifications set mailed_at = now() where mailed_at is null`);
  });
  afterAll(async () => {
    await one.close();
    await two.close();
  });

  it('mail each email notification exactly once, in its user’s language, with two mailers and a failed send', async () => {
    const eve = await signUp(api, 'eve@notify.dk', { name: 'Eve', locale: 'en' });
    const fie = await signUp(api, 'fie@notify.dk', { name: 'Fie', locale: 'da' });
    const items = Array.from({ length: 40 }, (_, i) =>
      notice(i % 2 ? eve : fie, {
        dedupeKey: `mail${i}`,
        params: {
          company: `Company ${i}`,
          institution: 'Vestjysk Universitet',
          cluster: 'Food & Bio Cluster',
          via: 'created',
        },
      }),
    );
    await write(items);
    // A digest row and an in-app row are not the immediate mailer's.
    await write([
      notice(eve, { kind: 'saved_search_match', dedupeKey: 'digest-only' }),
      notice(eve, { kind: 'stage_changed', dedupeKey: 'in-app-only' }),
    ]);
    outage.failures = 3;
    const [a, b] = await Promise.all([
      one.get(NotificationMailer).sendDue(),
      two.get(NotificationMailer).sendDue(),
    ]);
    expect(outage.failures).toBe(0);
    expect(a.sent + b.sent).toBe(37);
    expect(a.failed + b.failed).toBe(3);
    // The failed ones wait for their backoff; when it has passed, they go (once).
    const [failed] = await db.query(
      `select count(*)::int as n from notifications where mail_attempts = 1 and mailed_at is null and mail_error = 'SMTP server unavailable'`,
    );
    expect(failed.n).toBe(3);
    expect((await one.get(NotificationMailer).sendDue()).sent).toBe(0);
    await db.query(`update notifications set mail_available_at = now() where mailed_at is null`);
    const [c, d] = await Promise.all([
      one.get(NotificationMailer).sendDue(),
      two.get(NotificationMailer).sendDue(),
    ]);
    expect(c.sent + d.sent).toBe(3);
    expect((await two.get(NotificationMailer).sendDue()).sent).toBe(0);

    const mails = await mailsIn(first.dir, second.dir);
    expect(mails).toHaveLength(40);
    const subjects = mails.map((m) => m.subject);
    for (let i = 0; i < 40; i++) {
      const expected =
        i % 2
          ? `New case for Food & Bio Cluster: Company ${i} ↔ Vestjysk Universitet`
          : `Ny sag til Food & Bio Cluster: Company ${i} ↔ Vestjysk Universitet`;
      expect(subjects.filter((s) => s === expected)).toHaveLength(1);
    }
    const toEve = mails.find((m) => m.subject.includes('Company 1 '));
    expect(toEve?.to).toBe('eve@notify.dk');
    expect(toEve?.body).toContain('Hello Eve');
    expect(toEve?.body).toContain(`https://videnbro.test/cases/1`);
    expect(mails.find((m) => m.subject.includes('Company 0 '))?.body).toContain('Se mere i Videnbro');
    const [left] = await db.query(
      `select count(*)::int as n from notifications where delivery = 'email' and mailed_at is null`,
    );
    expect(left.n).toBe(0);
  });

  it('send each user one digest a day from the digest hour, listing their waiting digest rows', async () => {
    // Only this test's users have digest rows waiting.
    await db.query(`update notifications set mailed_at = now() where mailed_at is null`);
    const gus = await signUp(api, 'gus@notify.dk', { name: 'Gus', locale: 'en' });
    const hal = await signUp(api, 'hal@notify.dk', { name: 'Hal', locale: 'da' });
    await db.query(
      `insert into notification_preferences (user_id, kind, delivery) values ($1, 'introduction_proposed', 'digest')`,
      [gus.id],
    );
    const match = (user: TestUser, i: number): Notice =>
      notice(user, {
        kind: 'saved_search_match',
        dedupeKey: `match${i}`,
        link: `/needs/${i}`,
        params: {
          savedSearchName: 'Sensors',
          postingType: 'need',
          title: `Need ${i}`,
          organizationName: 'Mejeri',
        },
      });
    await write([
      match(gus, 1),
      match(gus, 2),
      notice(gus, {
        kind: 'introduction_proposed',
        dedupeKey: 'intro1',
        params: {
          company: 'Fjordmejeriet ApS',
          institution: 'Vestjysk Universitet',
          cluster: 'Food & Bio Cluster',
          party: 'institution',
          subject: null,
        },
        mailedByCaller: true,
      }),
      match(hal, 3),
    ]);
    const digestDirs = [first.dir, second.dir];
    const digestsTo = async (user: TestUser) =>
      (await mailsIn(...digestDirs)).filter((m) => m.to === user.email && /^Videnbro: \d+ /.test(m.subject));

    // 05:00 in Copenhagen: too early.
    expect(await one.get(NotificationMailer).sendDigests(new Date('2026-12-01T04:00:00Z'))).toEqual({
      digests: 0,
      notifications: 0,
    });
    // 08:00: two workers at once send each digest once.
    const at8 = new Date('2026-12-01T07:00:00Z');
    const [a, b] = await Promise.all([
      one.get(NotificationMailer).sendDigests(at8),
      two.get(NotificationMailer).sendDigests(at8),
    ]);
    expect(a.digests + b.digests).toBe(2);
    expect(a.notifications + b.notifications).toBe(4);
    const [gusDigest] = await digestsTo(gus);
    expect(gusDigest.subject).toBe('Videnbro: 3 new notifications');
    expect(gusDigest.body).toContain('New match for "Sensors": Need 1 (Mejeri)');
    expect(gusDigest.body).toContain('https://videnbro.test/needs/2');
    expect(gusDigest.body).toContain(
      'Food & Bio Cluster proposes to introduce Vestjysk Universitet to Fjordmejeriet ApS. Answer in the app.',
    );
    expect(gusDigest.body).not.toContain('/case-consents/');
    expect((await digestsTo(hal))[0].subject).toBe('Videnbro: 1 ny notifikation');

    // Later the same day: a new row waits for tomorrow's digest.
    await write([match(gus, 4)]);
    expect(await two.get(NotificationMailer).sendDigests(new Date('2026-12-01T15:00:00Z'))).toEqual({
      digests: 0,
      notifications: 0,
    });
    expect(await one.get(NotificationMailer).sendDigests(new Date('2026-12-02T07:30:00Z'))).toEqual({
      digests: 1,
      notifications: 1,
    });
    const gusDigests = await digestsTo(gus);
    expect(gusDigests).toHaveLength(2);
    expect(gusDigests[1].body).toContain('Need 4');
    expect(gusDigests[1].body).not.toContain('Need 1');
    expect(await digestsTo(hal)).toHaveLength(1);
  });
});
