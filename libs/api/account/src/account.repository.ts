import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog } from '@videnbro/audit';
import { DataSource, EntityManager } from 'typeorm';
import { DELETED_USER_NAME, erasedEmail, OWNED_TABLES, UNUSABLE_PASSWORD_HASH } from './personal-data';

type Rows = Record<string, unknown>[];

export interface PersonalData {
  profile: Record<string, unknown>;
  sessions: Rows;
  memberships: Rows;
  joinRequests: Rows;
  invitationsSent: Rows;
  invitationsReceived: Rows;
  postings: Rows;
  cases: Rows;
  caseEvents: Rows;
  consents: Rows;
  activities: Rows;
  audit: Rows;
  /** Rows of the tables that belong to the user alone (notifications, saved searches, …), by table. */
  other: Record<string, Rows>;
}

/** Organisations the user is the only owner of. */
export interface SoleOwnership {
  id: string;
  name: string;
}

/**
 * A user's personal data across the schema, read for the export and erased in one transaction. Plain
 * SQL over the other features' tables: this composite library is the one place that sees them all.
 */
@Injectable()
export class AccountRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /** Everything stored about the user, without secrets (password hash, token hashes). Null when unknown. */
  async personalData(userId: string): Promise<PersonalData | null> {
    const q = (sql: string): Promise<Rows> => this.dataSource.query(sql, [userId]);
    const [profile] = await q(
      `select id, email, name, locale, roles, created_at as "createdAt", updated_at as "updatedAt"
       from users where id = $1`,
    );
    if (!profile) return null;
    return {
      profile,
      sessions: await q(
        `select id, created_at as "createdAt", expires_at as "expiresAt", revoked_at as "revokedAt"
         from sessions where user_id = $1 order by created_at`,
      ),
      memberships: await q(
        `select o.id as "organizationId", o.name as "organizationName", m.role, m.created_at as "since"
         from organization_memberships m join organizations o on o.id = m.organization_id
         where m.user_id = $1 order by m.created_at`,
      ),
      joinRequests: await q(
        `select r.id, o.name as "organizationName", r.message, r.status, r.created_at as "createdAt",
                r.decided_at as "decidedAt"
         from organization_join_requests r join organizations o on o.id = r.organization_id
         where r.user_id = $1 order by r.created_at`,
      ),
      // Whom they invited is someone else's personal data: left out.
      invitationsSent: await q(
        `select i.id, o.name as "organizationName", i.role, i.created_at as "createdAt"
         from organization_invitations i join organizations o on o.id = i.organization_id
         where i.invited_by_user_id = $1 order by i.created_at`,
      ),
      invitationsReceived: await q(
        `select i.id, o.name as "organizationName", i.role, i.created_at as "createdAt",
                i.accepted_at as "acceptedAt"
         from organization_invitations i join organizations o on o.id = i.organization_id
         where i.email = (select email from users where id = $1) or i.accepted_by_user_id = $1
         order by i.created_at`,
      ),
      postings: await q(
        `select p.type, p.id, p.title, o.name as "organizationName", p.status, p.created_at as "createdAt",
                p.author_user_id = $1 as "author", p.contact_user_id = $1 as "contact"
         from (select 'need' as type, id, title, organization_id, status, created_at, author_user_id,
                      contact_user_id from needs
               union all
               select 'competence', id, title, organization_id, status, created_at, author_user_id,
                      contact_user_id from competencies) p
         join organizations o on o.id = p.organization_id
         where p.author_user_id = $1 or p.contact_user_id = $1 order by p.created_at`,
      ),
      cases: await q(
        `select id, stage, created_at as "createdAt", requested_by = $1 as "requestedByMe",
                owner_user_id = $1 as "ownedByMe"
         from cases where requested_by = $1 or owner_user_id = $1 order by created_at`,
      ),
      caseEvents: await q(
        `select id, case_id as "caseId", kind, body, occurred_at as "occurredAt"
         from case_events where actor_user_id = $1 order by occurred_at`,
      ),
      consents: await q(
        `select case_id as "caseId", party, status, decline_reason as "declineReason",
                answered_at as "answeredAt"
         from case_consents where answered_by = $1 order by answered_at`,
      ),
      activities: await q(
        `select id, title, created_at as "createdAt" from activities where created_by = $1 order by created_at`,
      ),
      audit: await q(
        `select occurred_at as "occurredAt", actor_user_id = $1 as "byMe", entity_type as "entityType",
                entity_id as "entityId", action, changes
         from audit_entries
         where actor_user_id = $1 or (entity_type = 'user' and entity_id = $1) order by occurred_at, id`,
      ),
      other: Object.fromEntries(
        await Promise.all(
          (await this.existingOwnedTables(this.dataSource.manager)).map(
            async (table) => [table, await q(`select * from ${table} where user_id = $1`)] as const,
          ),
        ),
      ),
    };
  }

  /**
   * Erases the account's personal data in one transaction, unless the user is the last owner of an
   * organisation: then nothing changes and those organisations are returned. Organisation data stays;
   * rows the user wrote keep pointing to the anonymised account.
   */
  async erase(userId: string): Promise<{ erased: true } | { erased: false; soleOwnerOf: SoleOwnership[] }> {
    return this.dataSource.transaction(async (manager) => {
      const [user]: { email: string }[] = await manager.query(
        `select email from users where id = $1 for update`,
        [userId],
      );
      // Lock the organisations first, as membership changes do, so two owners cannot both go at once.
      const owned: { organization_id: string }[] = await manager.query(
        `select organization_id from organization_memberships where user_id = $1 and role = 'owner'`,
        [userId],
      );
      const ownedIds = owned.map((row) => row.organization_id);
      await manager.query(`select id from organizations where id = any($1) order by id for update`, [
        ownedIds,
      ]);
      const soleOwnerOf: SoleOwnership[] = await manager.query(
        `select o.id, o.name from organizations o
         where o.id = any($2) and o.deleted_at is null
           and not exists (select 1 from organization_memberships m
                           where m.organization_id = o.id and m.role = 'owner' and m.user_id <> $1)
         order by o.name`,
        [userId, ownedIds],
      );
      if (soleOwnerOf.length) return { erased: false, soleOwnerOf };

      const memberships: { id: string; organization_id: string; role: string }[] = await manager.query(
        `select id, organization_id, role from organization_memberships where user_id = $1`,
        [userId],
      );
      await manager.query(`delete from organization_memberships where user_id = $1`, [userId]);
      for (const membership of memberships) {
        await this.audit.record(manager, {
          actorUserId: userId,
          entityType: 'membership',
          entityId: membership.id,
          action: 'erase',
          changes: {
            organizationId: { from: membership.organization_id, to: null },
            role: { from: membership.role, to: null },
          },
        });
      }
      await manager.query(`delete from organization_join_requests where user_id = $1`, [userId]);
      await manager.query(`update organization_invitations set email = $2 where email = $1`, [
        user.email,
        erasedEmail(userId),
      ]);
      // The audit log keeps what happened (an invitation to this address), not to whom: the address
      // goes wherever it stands as a value in the changes recorded.
      await manager.query(
        `update audit_entries set changes = replace(changes::text, $1, $2)::jsonb
         where position($1 in changes::text) > 0`,
        [JSON.stringify(user.email), JSON.stringify(erasedEmail(userId))],
      );
      await manager.query(`update needs set contact_user_id = null where contact_user_id = $1`, [userId]);
      await manager.query(`update competencies set contact_user_id = null where contact_user_id = $1`, [
        userId,
      ]);
      await manager.query(`delete from sessions where user_id = $1`, [userId]);
      await manager.query(`delete from account_tokens where user_id = $1`, [userId]);
      for (const table of await this.existingOwnedTables(manager)) {
        await manager.query(`delete from ${table} where user_id = $1`, [userId]);
      }
      await manager.query(
        `update users set name = $2, email = $3, password_hash = $4, roles = '{}', updated_at = now()
         where id = $1`,
        [userId, DELETED_USER_NAME, erasedEmail(userId), UNUSABLE_PASSWORD_HASH],
      );
      await this.audit.record(manager, {
        actorUserId: userId,
        entityType: 'user',
        entityId: userId,
        action: 'erase',
        changes: {},
      });
      return { erased: true } as const;
    });
  }

  private async existingOwnedTables(manager: EntityManager): Promise<string[]> {
    const rows: { name: string }[] = await manager.query(
      `select t as name from unnest($1::text[]) t where to_regclass('public.' || t) is not null`,
      [OWNED_TABLES],
    );
    return rows.map((row) => row.name);
  }
}
