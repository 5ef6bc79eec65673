/** The broker workspace's routes, as `apps/web` wires them (fixed paths, ranked above `/cases/:id`). */
export const BROKERING_ROUTES = {
  board: '/cases/board',
  inbox: '/cases/inbox',
} as const;

/** Pages of other features; their paths are those features' public contract. */
export const casePath = (id: string) => `/cases/${id}`;
export const needPath = (id: string) => `/needs/${id}`;
export const organizationPath = (id: string) => `/organizations/${id}`;
