import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureDownloads, fakeApi, requestsTo, textOf } from '@videnbro/web-testing';
import { broker, brokerMemberships, cases, energy, organizationRows } from '../testing/fixtures';
import { renderRoutes } from '../testing/render-statistics';
import { RowsPage } from './rows-page';

const routes = [{ path: '/statistics/rows', element: <RowsPage /> }];
const route = `/statistics/rows?figure=companies&cluster=${energy.id}&from=2022-01-01&to=2026-12-31`;
const queryOf = (request: Request) => Object.fromEntries(new URL(request.url).searchParams);

describe('RowsPage', () => {
  afterEach(() => jest.restoreAllMocks());

  it('lists the cases behind a case figure: parties, stage, stages reached and funding', async () => {
    const { id, label, unit, rows, definition } = cases;
    fakeApi({
      'GET /api/v1/me/organizations': brokerMemberships,
      'GET /api/v1/statistics/rows': {
        status: 200,
        body: {
          figure: { id, label, unit, rows, definition },
          period: { from: '2024-01-01', to: '2024-12-31' },
          kind: 'cases',
          total: 1,
          page: 1,
          limit: 50,
          cases: [
            {
              id: '0c1f0d3e-1d9a-4c55-9a43-0e2b6b1d7f10',
              companyName: 'Mejeri Nord ApS',
              institutionName: 'Aalborg Universitet',
              stage: 'funded',
              createdOn: '2024-01-01',
              clusterIds: [energy.id],
              reached: ['suggested', 'introduced', 'meeting_held', 'collaboration_agreed', 'funded'],
              funding: [
                { source: 'eu', amountDkk: 400000 },
                { source: 'private_cofunding', amountDkk: 100000 },
              ],
              fundingDkk: 500000,
            },
          ],
        },
      },
    });
    renderRoutes(routes, { route: route.replace('companies', 'cases'), user: broker, language: 'en' });
    const table = await screen.findByRole('table');
    const [header, row] = within(table).getAllByRole('row');
    expect([...header.children].map((cell) => cell.textContent)).toEqual([
      'Company',
      'Knowledge institution',
      'Stage now',
      'Created',
      'Stages reached',
      'Funding secured (DKK)',
      'Funding by source',
      'Reached the next stage',
    ]);
    expect(row).toHaveTextContent(/^Mejeri Nord ApSAalborg UniversitetFunded2024-01-01Suggested, Introduced/);
    expect(row).toHaveTextContent(/EU funding: DKK\s?400,000; Private co-funding: DKK\s?100,000/);
  });

  it('lists the organisations behind a figure, with its definition and a way back', async () => {
    const fetch = fakeApi({
      'GET /api/v1/me/organizations': brokerMemberships,
      'GET /api/v1/statistics/rows': { status: 200, body: organizationRows },
    });
    renderRoutes(routes, { route, user: broker });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Rækkerne bag: Unikke virksomheder',
    );
    expect(screen.getByText('Antal forskellige virksomheder.')).toBeInTheDocument();
    expect(screen.getByTestId('rows-total')).toHaveTextContent('2 rækker');
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      [
        'Navn',
        'Art',
        'Ansatte',
        'Branchekoder',
        'Land',
        'Region',
        'Deltagelser',
        'Inden for styrkepositionerne',
      ],
      [
        'Mejeri Nord ApS',
        'SMV (lille eller mellemstor virksomhed)',
        '10–49 ansatte',
        '10.51.00',
        'DK',
        'Region Nordjylland',
        '3',
        'Nej',
      ],
      ['Vind, Vand & "Sol" A/S', 'Stor virksomhed', '250 eller flere ansatte', '', 'DE', 'Udlandet', '1', ''],
    ]);
    expect(queryOf(requestsTo(fetch, 'GET /api/v1/statistics/rows')[0])).toEqual({
      figure: 'companies',
      cluster: energy.id,
      from: '2022-01-01',
      to: '2026-12-31',
      page: '1',
      limit: '50',
    });
    expect(screen.getByRole('link', { name: 'Tilbage til overblikket' })).toHaveAttribute(
      'href',
      `/statistics?cluster=${energy.id}&from=2022-01-01&to=2026-12-31`,
    );
  });

  it('exports every row behind the figure as CSV, page after page', async () => {
    const downloads = captureDownloads();
    const [first, second] = organizationRows.organizations ?? [];
    const fetch = fakeApi({
      'GET /api/v1/me/organizations': brokerMemberships,
      'GET /api/v1/statistics/rows': (request) => {
        const { page, limit } = queryOf(request);
        if (limit === '50')
          return { status: 200, body: { ...organizationRows, total: 1001, organizations: [first] } };
        // The export asks for the largest pages: 1,000 rows, then the one left.
        const items =
          page === '1' ? Array.from({ length: 1000 }, (_, i) => ({ ...first, id: `id-${i}` })) : [second];
        return {
          status: 200,
          body: { ...organizationRows, total: 1001, page: Number(page), limit: 1000, organizations: items },
        };
      },
    });
    renderRoutes(routes, { route, user: broker });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Eksportér Unikke virksomheder som CSV' }),
    );
    await waitFor(() => expect(downloads).toHaveLength(1));

    expect(downloads[0].name).toBe('companies_2022-01-01_2026-12-31.csv');
    const lines = (await textOf(downloads[0].blob)).split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFNavn,Art,Ansatte,Branchekoder,Land,Region,Deltagelser,Inden for styrkepositionerne',
    );
    expect(lines[1]).toBe(
      'Mejeri Nord ApS,SMV (lille eller mellemstor virksomhed),10–49 ansatte,10.51.00,DK,Region Nordjylland,3,Nej',
    );
    expect(lines[1001]).toBe(
      '"Vind, Vand & ""Sol"" A/S",Stor virksomhed,250 eller flere ansatte,,DE,Udlandet,1,',
    );
    expect(lines).toHaveLength(1003); // the header, 1,001 rows and the final line end
    expect(requestsTo(fetch, 'GET /api/v1/statistics/rows').map((request) => queryOf(request).page)).toEqual([
      '1',
      '1',
      '2',
    ]);
  });

  it('pages through long lists', async () => {
    fakeApi({
      'GET /api/v1/me/organizations': brokerMemberships,
      'GET /api/v1/statistics/rows': (request) => ({
        status: 200,
        body: { ...organizationRows, total: 120, page: Number(queryOf(request).page) },
      }),
    });
    const { router } = renderRoutes(routes, { route, user: broker, language: 'en' });
    expect(await screen.findByText('Page 1 of 3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Page 2 of 3')).toBeInTheDocument();
    expect(router.state.location.search).toContain('page=2');
  });

  it('shows the API error for a figure it does not know', async () => {
    fakeApi({
      'GET /api/v1/statistics/rows': {
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message: 'figure must be one of: activities, companies',
        },
      },
    });
    renderRoutes(routes, { route: '/statistics/rows?figure=nonsense', user: broker });
    expect(await screen.findByRole('alert')).toHaveTextContent('figure must be one of');
  });
});
