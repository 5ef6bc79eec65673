import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, requestsTo } from '@videnbro/web-testing';
import { activity, brokerApi, clean, clusters, noOrganizations, page, programme } from '../testing/fixtures';
import { renderRoutes } from '../testing/render-activities';
import { ActivitiesPage } from './activities-page';

const routes = [{ path: '/activities', element: <ActivitiesPage /> }];

const lastQuery = (fetch: jest.Mock) => {
  const requests = requestsTo(fetch, 'GET /api/v1/activities');
  return Object.fromEntries(new URL(requests[requests.length - 1].url).searchParams);
};

describe('ActivitiesPage', () => {
  it("lists a broker's activities with their participation counts, in Danish", async () => {
    const fetch = fakeApi({
      ...brokerApi,
      'GET /api/v1/activities': { status: 200, body: page([activity]) },
    });
    renderRoutes(routes, { route: '/activities' });
    const row = await screen.findByTestId('activity-row');
    expect(within(row).getByRole('link', { name: 'Brint i industrien' })).toHaveAttribute(
      'href',
      `/activities/${activity.id}`,
    );
    expect(row).toHaveTextContent('Videnspredning');
    expect(row).toHaveTextContent('5. mar. 2026');
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
        .slice(-2),
    ).toEqual(['2', '3']);
    expect(screen.getByTestId('activity-count')).toHaveTextContent('1 aktivitet');
    expect(lastQuery(fetch)).toEqual({ page: '1', limit: '20' });
    // A broker filters among their own clusters, and logs new activities.
    const cluster = screen.getByRole('combobox', { name: 'Klynge' });
    expect(
      within(cluster)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Alle klynger', 'Energy Cluster Denmark']);
    expect(screen.getByRole('link', { name: 'Registrér en aktivitet' })).toHaveAttribute(
      'href',
      '/activities/new',
    );
  });

  it('sends the filters to the API and keeps them in the address', async () => {
    const fetch = fakeApi({
      ...brokerApi,
      'GET /api/v1/activities': { status: 200, body: page([activity]) },
    });
    const { location } = renderRoutes(routes, { route: '/activities', language: 'en' });
    await screen.findByTestId('activity-row');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'Matchmaking');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Year' }), '2025');
    await waitFor(() =>
      expect(lastQuery(fetch)).toMatchObject({ type: 'matchmaking', from: '2025-01-01', to: '2025-12-31' }),
    );
    expect(screen.getByLabelText('From')).toHaveValue('2025-01-01');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search titles' }), 'brint');
    await waitFor(() => expect(lastQuery(fetch)).toMatchObject({ q: 'brint', type: 'matchmaking' }));
    expect(location()).toBe('/activities?from=2025-01-01&to=2025-12-31&type=matchmaking&q=brint');
  });

  it('starts from the filters in the address', async () => {
    const fetch = fakeApi({ ...brokerApi, 'GET /api/v1/activities': { status: 200, body: page([]) } });
    renderRoutes(routes, { route: '/activities?type=course&from=2026-02-01&to=2026-02-28', language: 'en' });
    expect(await screen.findByRole('heading', { name: 'No activities' })).toBeInTheDocument();
    expect(lastQuery(fetch)).toMatchObject({ type: 'course', from: '2026-02-01', to: '2026-02-28' });
    expect(screen.getByRole('combobox', { name: 'Year' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Year' })).toHaveDisplayValue('Chosen period');
  });

  it('lets programme staff filter every cluster, without logging activities', async () => {
    fakeApi({
      'GET /api/v1/me/organizations': noOrganizations,
      'GET /api/v1/clusters': clusters,
      'GET /api/v1/activities': { status: 200, body: page([{ ...activity, clusters: [clean] }]) },
    });
    renderRoutes(routes, { route: '/activities', language: 'en', user: programme });
    await screen.findByTestId('activity-row');
    const cluster = screen.getByRole('combobox', { name: 'Cluster' });
    await waitFor(() => expect(within(cluster).getAllByRole('option')).toHaveLength(3));
    expect(screen.queryByRole('link', { name: 'Log an activity' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Funding records' })).toBeInTheDocument();
  });
});
