/** Stable TanStack Query keys of organisations, their members, invitations and join requests. */
export const organizationKeys = {
  all: ['organizations'] as const,
  detail: (id: string) => ['organizations', id] as const,
  members: (id: string) => ['organizations', id, 'members'] as const,
  invitations: (id: string) => ['organizations', id, 'invitations'] as const,
  joinRequests: (id: string) => ['organizations', id, 'join-requests'] as const,
  myJoinRequests: ['me', 'join-requests'] as const,
  search: (q: string) => ['organizations', 'search', q] as const,
  invitation: (token: string) => ['invitations', token] as const,
};
