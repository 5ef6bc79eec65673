/** The case pages' routes, as `apps/web` wires them. */
export const CASE_ROUTES = {
  list: '/cases',
  detail: '/cases/:id',
  /** The page the introduction mail's signed link opens (public). */
  consentLink: '/case-consents/:token',
} as const;

export const casePath = (id: string) => `/cases/${id}`;

/** Pages of other features; their paths are those features' public contract. */
export const organizationPath = (id: string) => `/organizations/${id}`;
export const needPath = (id: string) => `/needs/${id}`;
export const competencePath = (id: string) => `/competencies/${id}`;
export const SIGN_IN_PATH = '/sign-in';
