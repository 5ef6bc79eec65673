import { listRoutes } from '@videnbro/access';
import { startTestApi, TestApi } from './test-app';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const describeAccess = (access: ReturnType<typeof listRoutes>[number]['access']) =>
  !access
    ? 'NONE'
    : access.kind === 'public'
      ? 'public'
      : access.roles.length
        ? access.roles.join('|')
        : 'signed-in';

/**
 * Every route with the access it declares. A new route fails this test until it is added here, so a
 * public or unprotected route cannot slip in unnoticed.
 */
describe('route access', () => {
  it('every route declares its access, as listed here', () => {
    const routes = listRoutes(api.app).map(
      (route) => `${route.method} ${route.path} ${describeAccess(route.access)}`,
    );
    expect(routes).toEqual([
      'GET /api/health/live public',
      'GET /api/health/ready public',
      'GET /api/v1/activities signed-in',
      'POST /api/v1/activities signed-in',
      'DELETE /api/v1/activities/:id signed-in',
      'GET /api/v1/activities/:id signed-in',
      'PATCH /api/v1/activities/:id signed-in',
      'GET /api/v1/activities/:id/participations signed-in',
      'POST /api/v1/activities/:id/participations signed-in',
      'DELETE /api/v1/activities/:id/participations/:participationId signed-in',
      'PATCH /api/v1/activities/:id/participations/:participationId signed-in',
      'POST /api/v1/activities/:id/participations/import/commit signed-in',
      'POST /api/v1/activities/:id/participations/import/preview signed-in',
      'GET /api/v1/admin/search/status admin',
      'POST /api/v1/auth/login public',
      'POST /api/v1/auth/logout signed-in',
      'GET /api/v1/auth/me signed-in',
      'PATCH /api/v1/auth/me signed-in',
      'POST /api/v1/auth/password-reset public',
      'POST /api/v1/auth/password-reset/:token public',
      'POST /api/v1/auth/register public',
      'GET /api/v1/case-consents/:token public',
      'POST /api/v1/case-consents/:token public',
      'GET /api/v1/cases signed-in',
      'POST /api/v1/cases signed-in',
      'GET /api/v1/cases/:id signed-in',
      'PATCH /api/v1/cases/:id signed-in',
      'POST /api/v1/cases/:id/consent signed-in',
      'POST /api/v1/cases/:id/handover signed-in',
      'GET /api/v1/cases/:id/messages signed-in',
      'POST /api/v1/cases/:id/messages signed-in',
      'POST /api/v1/cases/:id/notes signed-in',
      'GET /api/v1/cases/inbox signed-in',
      'GET /api/v1/cases/summary signed-in',
      'GET /api/v1/clusters public',
      'GET /api/v1/clusters/:id/members public',
      'POST /api/v1/clusters/:id/members signed-in',
      'DELETE /api/v1/clusters/:id/members/:organizationId signed-in',
      'GET /api/v1/clusters/:id/strength-industries signed-in',
      'PUT /api/v1/clusters/:id/strength-industries admin',
      'PUT /api/v1/clusters/:id/targets admin|programme',
      'GET /api/v1/competencies public',
      'POST /api/v1/competencies signed-in',
      'DELETE /api/v1/competencies/:id signed-in',
      'GET /api/v1/competencies/:id public',
      'PATCH /api/v1/competencies/:id signed-in',
      'GET /api/v1/competencies/:id/matches public',
      'POST /api/v1/competencies/:id/status signed-in',
      'GET /api/v1/funding-records signed-in',
      'POST /api/v1/funding-records signed-in',
      'DELETE /api/v1/funding-records/:id signed-in',
      'PATCH /api/v1/funding-records/:id signed-in',
      'POST /api/v1/imports admin|programme',
      'GET /api/v1/invitations/:token public',
      'POST /api/v1/invitations/:token/accept signed-in',
      'DELETE /api/v1/me signed-in',
      'GET /api/v1/me/competencies signed-in',
      'POST /api/v1/me/email signed-in',
      'POST /api/v1/me/email/confirm/:token public',
      'GET /api/v1/me/export signed-in',
      'GET /api/v1/me/join-requests signed-in',
      'GET /api/v1/me/needs signed-in',
      'GET /api/v1/me/organizations signed-in',
      'POST /api/v1/me/password signed-in',
      'GET /api/v1/needs public',
      'POST /api/v1/needs signed-in',
      'DELETE /api/v1/needs/:id signed-in',
      'GET /api/v1/needs/:id public',
      'PATCH /api/v1/needs/:id signed-in',
      'GET /api/v1/needs/:id/matches public',
      'POST /api/v1/needs/:id/status signed-in',
      'GET /api/v1/notification-preferences signed-in',
      'PUT /api/v1/notification-preferences signed-in',
      'GET /api/v1/notifications signed-in',
      'POST /api/v1/notifications/:id/read signed-in',
      'POST /api/v1/notifications/read-all signed-in',
      'GET /api/v1/notifications/unread-count signed-in',
      'GET /api/v1/organizations public',
      'POST /api/v1/organizations signed-in',
      'DELETE /api/v1/organizations/:id signed-in',
      'GET /api/v1/organizations/:id public',
      'PATCH /api/v1/organizations/:id signed-in',
      'GET /api/v1/organizations/:id/competencies public',
      'GET /api/v1/organizations/:id/invitations signed-in',
      'POST /api/v1/organizations/:id/invitations signed-in',
      'DELETE /api/v1/organizations/:id/invitations/:invitationId signed-in',
      'GET /api/v1/organizations/:id/join-requests signed-in',
      'POST /api/v1/organizations/:id/join-requests signed-in',
      'POST /api/v1/organizations/:id/join-requests/:requestId/approve signed-in',
      'POST /api/v1/organizations/:id/join-requests/:requestId/reject signed-in',
      'GET /api/v1/organizations/:id/matches public',
      'GET /api/v1/organizations/:id/members signed-in',
      'DELETE /api/v1/organizations/:id/members/:userId signed-in',
      'PATCH /api/v1/organizations/:id/members/:userId signed-in',
      'GET /api/v1/organizations/:id/needs public',
      'GET /api/v1/organizations/:id/participations signed-in',
      'GET /api/v1/saved-searches signed-in',
      'POST /api/v1/saved-searches signed-in',
      'DELETE /api/v1/saved-searches/:id signed-in',
      'PATCH /api/v1/saved-searches/:id signed-in',
      'GET /api/v1/search public',
      'GET /api/v1/statistics signed-in',
      'GET /api/v1/statistics/clusters signed-in',
      'GET /api/v1/statistics/evaluation signed-in',
      'GET /api/v1/statistics/rows signed-in',
    ]);
  });

  it('refuses signed-in routes to anonymous callers', async () => {
    for (const route of listRoutes(api.app).filter((r) => r.access?.kind === 'authenticated')) {
      const response = await api.app.inject({ method: route.method as 'GET', url: route.path });
      expect({ route: `${route.method} ${route.path}`, status: response.statusCode }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 401,
      });
    }
  });
});
