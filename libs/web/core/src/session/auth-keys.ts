/** Stable TanStack Query keys of the session. */
export const authKeys = {
  all: ['auth'] as const,
  me: ['auth', 'me'] as const,
  /** The sign-out mutation. */
  signOut: ['auth', 'signOut'] as const,
};
