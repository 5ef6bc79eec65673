/**
 * Every column that points at a user, and what the export and the erasure of an account do with it.
 * A spec compares this list with the foreign keys to `users` in the migrated schema, so a new table
 * with a user's data fails it until its export and erasure are decided here.
 */
export const USER_COLUMNS: Record<string, string> = {
  'sessions.user_id': 'exported (times only); deleted',
  'account_tokens.user_id': 'deleted (secrets, never exported)',
  'organization_memberships.user_id': 'exported; deleted (the last owner must hand over first)',
  'organization_join_requests.user_id': 'exported; deleted',
  'organization_join_requests.decided_by_user_id': 'kept (points to the anonymised user)',
  'organization_invitations.invited_by_user_id': 'exported (without the invitee); kept',
  'organization_invitations.accepted_by_user_id': 'kept; the address is replaced',
  'needs.author_user_id': 'exported; kept',
  'needs.contact_user_id': 'exported; set to null',
  'competencies.author_user_id': 'exported; kept',
  'competencies.contact_user_id': 'exported; set to null',
  'activities.created_by': 'exported; kept',
  'cases.requested_by': 'exported; kept',
  'cases.owner_user_id': 'exported; kept',
  'case_consents.answered_by': 'exported; kept',
  'case_events.actor_user_id': 'exported (notes, messages and other events); kept',
  // Rows that belong to the user alone: exported whole, deleted. Listed by table (they may not exist yet).
  'notifications.user_id': 'exported; deleted',
  'notification_preferences.user_id': 'exported; deleted',
  'notification_digests.user_id': 'exported; deleted',
  'saved_searches.user_id': 'exported; deleted',
};

/** Tables whose rows belong to one user: exported as they are and deleted with the account, when they exist. */
export const OWNED_TABLES = [
  'notifications',
  'notification_preferences',
  'notification_digests',
  'saved_searches',
];

/** What an erased account is called. */
export const DELETED_USER_NAME = 'Deleted user';

/** A unique address no one can own (`.invalid` is reserved), so the old address is free again. */
export function erasedEmail(userId: string): string {
  return `deleted-${userId}@deleted.invalid`;
}

/** Not a PHC string: no password verifies against it. */
export const UNUSABLE_PASSWORD_HASH = '!erased';
