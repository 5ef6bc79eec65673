import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { anna, fakeApi, requestsTo } from '@videnbro/web-testing';
import { energy, listItem, mejeri, mine, page } from '../testing/fixtures';
import { renderRoutes } from '../testing/render-cases';
import { CasesPage } from './cases-page';

const routes = [{ path: '/cases', element: <CasesPage /> }];
type FakeRoute = Parameters<typeof fakeApi>[0][string];
const OTHER = '0c0c0c0c-0c0c-4c0c-8c0c-0c0c0c0c0c02';

/** `GET /cases`: the waiting ones for `waitingForMe=true`, the list otherwise. */
function cases(waiting: ReturnType<typeof listItem>[], all: ReturnType<typeof listItem>[]): FakeRoute {
  return (request) =>
    new URL(request.url).searchParams.get('waitingForMe') === 'true' ? page(waiting) : page(all);
}

const queries = (fetch: jest.Mock) =>
  requestsTo(fetch, 'GET /api/v1/cases').map((request) => new URL(request.url).searchParams);

describe('CasesPage', () => {
  it('puts the introductions waiting for the user on top, then all their cases', async () => {
    const waiting = listItem({ stage: 'introduced' });
    const other = listItem({
      id: OTHER,
      stage: 'meeting_held',
      nextAction: 'Ring til Ida',
      nextActionDue: '2026-03-01',
      overdue: true,
    });
    fakeApi({ ...mine(mejeri), 'GET /api/v1/cases': cases([waiting], [waiting, other]) });
    renderRoutes(routes, { route: '/cases', language: 'en' });

    const top = await screen.findByTestId('cases-waiting');
    expect(within(top).getByRole('heading')).toHaveTextContent('Waiting for your answer');
    expect(within(top).getByRole('link', { name: 'Mejeri Nord ApS ↔ Syddansk Universitet' })).toHaveAttribute(
      'href',
      `/cases/${waiting.id}`,
    );
    await waitFor(() => expect(screen.getAllByTestId('case-row')).toHaveLength(3));
    expect(screen.getByTestId('cases-total')).toHaveTextContent('2 cases');
    const rows = within(screen.getByRole('table', { name: 'All your cases' })).getAllByTestId('case-row');
    expect(rows[1]).toHaveTextContent('Meeting held');
    expect(rows[1]).toHaveTextContent('Ring til Ida');
    expect(within(rows[1]).getByTestId('case-overdue')).toHaveTextContent('Overdue');
    // A party has no broker filters.
    expect(screen.queryByTestId('filter-cluster')).not.toBeInTheDocument();
  });

  it('filters by stage through the URL', async () => {
    const fetch = fakeApi({ ...mine(mejeri), 'GET /api/v1/cases': cases([], [listItem()]) });
    const { location } = renderRoutes(routes, { route: '/cases' });
    await screen.findByTestId('cases-total');
    await userEvent.selectOptions(screen.getByLabelText('Fase'), 'Møde holdt');
    expect(location()).toBe('/cases?stage=meeting_held');
    await waitFor(() => expect(queries(fetch).some((q) => q.get('stage') === 'meeting_held')).toBe(true));
  });

  it('gives a broker their clusters, their own cases and the overdue ones as filters', async () => {
    const fetch = fakeApi({
      ...mine({ ...energy, kind: 'cluster' }),
      'GET /api/v1/cases': cases([], [listItem()]),
    });
    const { location } = renderRoutes(routes, { route: '/cases', language: 'en' });
    await userEvent.selectOptions(await screen.findByLabelText('Cluster'), energy.name);
    await userEvent.click(screen.getByLabelText('Owned by me'));
    await userEvent.click(screen.getByLabelText('Next action overdue'));
    expect(location()).toBe(`/cases?cluster=${energy.id}&mine=true&overdue=true`);
    await waitFor(() =>
      expect(
        queries(fetch).some(
          (q) => q.get('cluster') === energy.id && q.get('owner') === anna.id && q.get('overdue') === 'true',
        ),
      ).toBe(true),
    );
  });

  it('says how to start when there are no cases, and when filters match none', async () => {
    fakeApi({ ...mine(mejeri), 'GET /api/v1/cases': cases([], []) });
    const view = renderRoutes(routes, { route: '/cases', language: 'en' });
    expect(await screen.findByTestId('cases-empty')).toHaveTextContent(
      'Ask for an introduction from a match',
    );
    view.unmount();
    renderRoutes(routes, { route: '/cases?stage=funded', language: 'en' });
    expect(await screen.findByTestId('cases-empty')).toHaveTextContent('No cases match these filters.');
  });

  it('does not exist for a user without an organisation', async () => {
    fakeApi({ ...mine() });
    renderRoutes(routes, { route: '/cases' });
    expect(await screen.findByTestId('not-found')).toBeInTheDocument();
  });
});
