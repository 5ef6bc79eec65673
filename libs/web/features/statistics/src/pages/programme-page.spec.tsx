import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureDownloads, fakeApi, requestsTo, textOf } from '@videnbro/web-testing';
import { allClusters, clean, comparison, energy, programme } from '../testing/fixtures';
import { renderRoutes } from '../testing/render-statistics';
import { ProgrammePage } from './programme-page';

const routes = [{ path: '/statistics/programme', element: <ProgrammePage /> }];

describe('ProgrammePage', () => {
  afterEach(() => jest.restoreAllMocks());

  it("shows every cluster's headline figures side by side, each cluster linking to its dashboard", async () => {
    const fetch = fakeApi({
      'GET /api/v1/clusters': allClusters,
      'GET /api/v1/statistics/clusters': { status: 200, body: comparison },
    });
    renderRoutes(routes, { route: '/statistics/programme?from=2022-01-01&to=2026-12-31', user: programme });
    const table = await screen.findByRole('table', { name: 'Klynger' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => [...row.children].map((cell) => cell.textContent)),
    ).toEqual([
      ['Klynge', 'Unikke virksomheder', 'SMV-andel'],
      ['Energy Cluster Denmark', '1.234', '75\u00a0%'],
      ['CLEAN', '56', '–'],
    ]);
    expect(within(table).getByRole('link', { name: 'CLEAN' })).toHaveAttribute(
      'href',
      `/statistics?cluster=${clean.id}&from=2022-01-01&to=2026-12-31`,
    );
    const query = new URL(requestsTo(fetch, 'GET /api/v1/statistics/clusters')[0].url).searchParams;
    expect(Object.fromEntries(query)).toEqual({ from: '2022-01-01', to: '2026-12-31' });
    expect(screen.getByTestId('statistics-nav-programme')).toHaveAttribute('aria-current', 'page');
  });

  it('exports the table as CSV with raw numbers, an empty cell where a share has no value', async () => {
    const downloads = captureDownloads();
    fakeApi({
      'GET /api/v1/clusters': allClusters,
      'GET /api/v1/statistics/clusters': { status: 200, body: comparison },
    });
    renderRoutes(routes, {
      route: '/statistics/programme?from=2022-01-01&to=2026-12-31',
      user: programme,
      language: 'en',
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Export Clusters as CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].name).toBe('clusters_2022-01-01_2026-12-31.csv');
    expect(await textOf(downloads[0].blob)).toBe(
      `\uFEFFCluster,Distinct companies,SME share\r\n${energy.name},1234,0.75\r\n${clean.name},56,\r\n`,
    );
  });
});
