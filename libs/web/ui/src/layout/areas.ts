/** The areas in the main navigation, in order, with their routes; `ready` once the area has its pages. */
export const NAV_AREAS = [
  { key: 'search', path: '/search', ready: true },
  { key: 'needs', path: '/needs', ready: true },
  { key: 'competencies', path: '/competencies', ready: true },
  { key: 'cases', path: '/cases', ready: true },
  { key: 'activities', path: '/activities', ready: true },
  { key: 'statistics', path: '/statistics', ready: true },
] as const;

export type NavArea = (typeof NAV_AREAS)[number]['key'];

/** Which areas the navigation shows; decided by the caller (`useRights` in web-core). */
export type NavRights = Readonly<Partial<Record<NavArea, boolean>>>;

/** The signed-in user's own organisations, linked from the user menu. */
export const MY_ORGANIZATIONS_PATH = '/organizations/mine';

/** The signed-in user's own account (password, email, personal data), from the user menu. */
export const ACCOUNT_PATH = '/account';

/** The id of `<main>`, target of the skip link. */
export const MAIN_CONTENT_ID = 'main-content';
