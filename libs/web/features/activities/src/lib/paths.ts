/** The activity pages' routes, as `apps/web` wires them. */
export const ACTIVITY_ROUTES = {
  list: '/activities',
  create: '/activities/new',
  funding: '/activities/funding',
  detail: '/activities/:id',
  edit: '/activities/:id/edit',
  importParticipants: '/activities/:id/import',
} as const;

export const activityPath = (id: string) => `/activities/${id}`;
export const editActivityPath = (id: string) => `/activities/${id}/edit`;
export const importParticipantsPath = (id: string) => `/activities/${id}/import`;
/** Organisation pages belong to the organisations feature; the path is its public contract. */
export const organizationPath = (id: string) => `/organizations/${id}`;
