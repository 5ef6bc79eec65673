import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, requestsTo } from '@videnbro/web-testing';
import {
  allClusters,
  broker,
  brokerMemberships,
  clean,
  energy,
  programme,
  statistics,
} from '../testing/fixtures';
import { renderRoutes } from '../testing/render-statistics';
import { DashboardPage } from './dashboard-page';

const routes = [{ path: '/statistics', element: <DashboardPage /> }];
const queryOf = (request: Request) => Object.fromEntries(new URL(request.url).searchParams);

function api(reply: { status: number; body?: unknown } = { status: 200, body: statistics }) {
  return fakeApi({
    'GET /api/v1/me/organizations': brokerMemberships,
    'GET /api/v1/statistics': reply,
  });
}

describe('DashboardPage', () => {
  it("shows each figure with its value, how it is counted and a link to its rows, for the address's cluster and period", async () => {
    const fetch = api();
    renderRoutes(routes, {
      route: `/statistics?cluster=${energy.id}&from=2022-01-01&to=2026-12-31`,
      user: broker,
    });

    const companies = await screen.findByTestId('figure-companies');
    expect(within(companies).getByRole('heading', { name: 'Unikke virksomheder' })).toBeInTheDocument();
    expect(screen.getByTestId('figure-companies-value')).toHaveTextContent('1.234');
    expect(companies).toHaveTextContent('Antal forskellige virksomheder.');
    // How it is counted: in two lines until opened, with a toggle that says whether it is open.
    const toggle = within(companies).getByRole('button', { name: /^Læs mere: .*Unikke virksomheder$/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(within(companies).getByRole('button', { name: /^Vis mindre: / })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(screen.getByTestId('figure-sme_share-value')).toHaveTextContent('75 %');
    expect(screen.getByTestId('figure-sme_share')).toHaveTextContent('3 af 4');
    expect(screen.getByTestId('figure-base_grant_spent-value')).toHaveTextContent('1.250.000 kr.');
    expect(
      within(companies).getByRole('link', { name: 'Vis rækkerne bag: Unikke virksomheder' }),
    ).toHaveAttribute(
      'href',
      `/statistics/rows?figure=companies&cluster=${energy.id}&from=2022-01-01&to=2026-12-31`,
    );
    expect(screen.getByRole('heading', { level: 2, name: /Energy Cluster Denmark/ })).toBeInTheDocument();
    expect(queryOf(requestsTo(fetch, 'GET /api/v1/statistics')[0])).toEqual({
      cluster: energy.id,
      from: '2022-01-01',
      to: '2026-12-31',
    });
  });

  it('lets a broker of several clusters pick one or all of them, and change the period', async () => {
    const fetch = api();
    const { router } = renderRoutes(routes, {
      route: '/statistics?from=2022-01-01&to=2026-12-31',
      user: broker,
    });
    const picker = await screen.findByRole('combobox', { name: 'Klynge' });
    await waitFor(() =>
      expect(
        within(picker)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['Alle klynger samlet', 'CLEAN', 'Energy Cluster Denmark']),
    );
    expect(queryOf(requestsTo(fetch, 'GET /api/v1/statistics')[0])).toEqual({
      from: '2022-01-01',
      to: '2026-12-31',
    });

    await userEvent.selectOptions(picker, clean.id);
    await waitFor(() => expect(requestsTo(fetch, 'GET /api/v1/statistics')).toHaveLength(2));
    expect(queryOf(requestsTo(fetch, 'GET /api/v1/statistics')[1])).toMatchObject({ cluster: clean.id });
    expect(router.state.location.search).toContain(`cluster=${clean.id}`);

    // A date input takes a whole date at a time, as a browser's date picker gives it.
    fireEvent.change(screen.getByLabelText('Fra'), { target: { value: '2025-03-01' } });
    await waitFor(() =>
      expect(queryOf(requestsTo(fetch, 'GET /api/v1/statistics').at(-1) as Request)).toMatchObject({
        cluster: clean.id,
        from: '2025-03-01',
      }),
    );
  });

  it('asks nothing for a period that ends before it starts, and says why', async () => {
    const fetch = api();
    renderRoutes(routes, { route: '/statistics?from=2026-01-01&to=2025-12-31', user: broker });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Startdatoen skal ligge før eller på slutdatoen.',
    );
    expect(requestsTo(fetch, 'GET /api/v1/statistics')).toHaveLength(0);
  });

  it('charts per year and by type, institution kind, region and funding source, each also as a table', async () => {
    api();
    renderRoutes(routes, { route: '/statistics', user: broker, language: 'en' });
    const byType = await screen.findByTestId('chart-by-activity-type');
    expect(within(byType).getByRole('img')).toHaveAccessibleName(
      'Activities by type: Matchmaking: Activities 7, Participations 40; Course: Activities 5, Participations 20',
    );
    for (const id of ['trend', 'by-institution-kind', 'by-region', 'by-funding-source']) {
      expect(screen.getByTestId(`chart-${id}`)).toBeInTheDocument();
    }
    expect(within(screen.getByTestId('chart-by-region')).getByRole('img')).toHaveAccessibleName(
      /Abroad: Organisations 2/,
    );

    const show = within(byType).getByRole('button', { name: 'Show as table' });
    await userEvent.click(show);
    expect(show).toHaveAttribute('aria-expanded', 'true');
    const table = within(byType).getByRole('table', { name: 'Activities by type' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['CategoryActivitiesParticipations', 'Matchmaking740', 'Course520']);
    expect(
      within(byType).getByRole('button', { name: 'Export Activities by type as CSV' }),
    ).toBeInTheDocument();

    const perYear = screen.getByRole('table', { name: 'Every figure per year' });
    expect(
      within(perYear)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Figure', '2025', '2026']);
    expect(within(perYear).getAllByRole('row')[2]).toHaveTextContent('Distinct companies800600');
  });

  it('shows the cases per stage with the conversion to the next stage, and the funding through cases by source', async () => {
    api();
    renderRoutes(routes, { route: '/statistics', user: broker, language: 'en' });
    const stages = await screen.findByRole('table', { name: 'Cases per stage' });
    const [header, suggested, introduced] = within(stages).getAllByRole('row');
    expect(header).toHaveTextContent('StageAt the stage nowReached the stageOn to the next stage');
    expect(suggested).toHaveTextContent(/^Suggested2560\s?% \(3 of 5\)$/);
    expect(introduced).toHaveTextContent(/^Introduced13$/);
    const section = screen.getByTestId('statistics-cases');
    expect(section).toHaveTextContent('Brokering cases.');
    expect(section).toHaveTextContent(
      'of the cases that reached the stage, the share that also reached the next stage',
    );
    expect(
      within(section).getByRole('button', { name: 'Export Cases per stage as CSV' }),
    ).toBeInTheDocument();
    const funding = screen.getByRole('table', { name: 'Funding secured through cases, by source' });
    expect(within(funding).getAllByRole('row')[1]).toHaveTextContent(/EU.*400,000/);
    // A broker follows a case figure to its cases.
    expect(within(screen.getByTestId('figure-cases')).getByRole('link')).toHaveAttribute(
      'href',
      '/statistics/rows?figure=cases&from=2022-01-01&to=2026-12-31',
    );
  });

  it('links programme staff to no cases behind the case figures (they see the figures only)', async () => {
    fakeApi({
      'GET /api/v1/clusters': allClusters,
      'GET /api/v1/statistics': { status: 200, body: statistics },
    });
    renderRoutes(routes, { route: '/statistics', user: programme });
    expect(await screen.findByTestId('figure-cases')).toHaveTextContent('5');
    expect(screen.queryByTestId('figure-cases-rows')).not.toBeInTheDocument();
    expect(screen.getByTestId('figure-companies-rows')).toBeInTheDocument();
  });

  it('says so when the user may not see these statistics', async () => {
    api({ status: 403, body: { statusCode: 403, error: 'Forbidden', message: 'Forbidden' } });
    renderRoutes(routes, { route: `/statistics?cluster=${energy.id}`, user: broker });
    expect(await screen.findByRole('alert')).toHaveTextContent('Du har ikke adgang til denne statistik.');
  });
});
