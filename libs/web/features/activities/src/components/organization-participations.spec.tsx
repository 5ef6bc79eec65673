import { screen, waitFor } from '@testing-library/react';
import { fakeApi, requestsTo } from '@videnbro/web-testing';
import { activity, energy, noOrganizations } from '../testing/fixtures';
import { renderRoutes } from '../testing/render-activities';
import { OrganizationParticipations } from './organization-participations';

const company = { id: '55555555-5555-4555-8555-555555555551', name: 'Mejeri Nord ApS', kind: 'sme' };
const routes = [{ path: '/', element: <OrganizationParticipations organizationId={company.id} /> }];
const participation = {
  id: '44444444-4444-4444-8444-444444444441',
  activity: { ...activity, clusters: [energy] },
  role: 'speaker',
  persons: 2,
};

describe('OrganizationParticipations', () => {
  it('shows a member the activities their organisation took part in, read-only', async () => {
    fakeApi({
      'GET /api/v1/me/organizations': {
        status: 200,
        body: { items: [{ organization: company, role: 'member', since: '2025-01-01T00:00:00.000Z' }] },
      },
      [`GET /api/v1/organizations/${company.id}/participations`]: {
        status: 200,
        body: { items: [participation], total: 1, page: 1, limit: 20 },
      },
    });
    renderRoutes(routes, { language: 'en' });
    const row = await screen.findByTestId('organization-participation');
    expect(screen.getByRole('heading', { name: 'Participation in cluster activities' })).toBeInTheDocument();
    expect(row).toHaveTextContent('Brint i industrien');
    expect(row).toHaveTextContent('Energy Cluster Denmark');
    expect(row).toHaveTextContent('Speaker');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('is not there for someone outside the organisation, who may not read it', async () => {
    const fetch = fakeApi({ 'GET /api/v1/me/organizations': noOrganizations });
    renderRoutes(routes, { language: 'en' });
    await waitFor(() => expect(requestsTo(fetch, 'GET /api/v1/me/organizations')).toHaveLength(1));
    expect(screen.queryByTestId('organization-participations')).not.toBeInTheDocument();
    expect(requestsTo(fetch, `GET /api/v1/organizations/${company.id}/participations`)).toHaveLength(0);
  });
});
