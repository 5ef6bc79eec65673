import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi } from '@videnbro/web-testing';
import { broker, brokerMemberships, energy, statistics } from '../testing/fixtures';
import { renderRoutes } from '../testing/render-statistics';
import { ReportPage } from './report-page';

const routes = [{ path: '/statistics/report', element: <ReportPage /> }];

describe('ReportPage', () => {
  it('lays the figures with their definitions, per year and broken down, out as tables, and prints', async () => {
    fakeApi({
      'GET /api/v1/me/organizations': brokerMemberships,
      'GET /api/v1/statistics': { status: 200, body: statistics },
    });
    const print = jest.fn();
    window.print = print;
    renderRoutes(routes, {
      route: `/statistics/report?cluster=${energy.id}&from=2022-01-01&to=2026-12-31`,
      user: broker,
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Rapport: Energy Cluster Denmark' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Perioden 1\. januar 2022 – 31\. december 2026/)).toBeInTheDocument();
    const figures = screen.getByRole('table', { name: 'Tal' });
    expect(within(figures).getAllByRole('row')[2]).toHaveTextContent(
      'Unikke virksomheder1.234Antal forskellige virksomheder.',
    );
    const perYear = screen.getByRole('table', { name: 'Alle tal pr. år' });
    expect(
      within(perYear)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Tal', '2025', '2026']);
    expect(within(perYear).getAllByRole('row')[2]).toHaveTextContent('Unikke virksomheder800600');
    for (const name of [
      'Aktiviteter efter type',
      'Videninstitutionsdeltagelser efter art',
      'Deltagende organisationer efter region',
      'Medfinansiering efter kilde',
    ]) {
      expect(screen.getByRole('table', { name })).toBeInTheDocument();
    }

    await userEvent.click(screen.getByRole('button', { name: 'Udskriv' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it("is named after a broker's one cluster, or all clusters together", async () => {
    let visible = [energy];
    fakeApi({
      'GET /api/v1/me/organizations': brokerMemberships,
      'GET /api/v1/statistics': () => ({
        status: 200,
        body: { ...statistics, cluster: null, clusters: visible },
      }),
    });
    const { unmount } = renderRoutes(routes, { route: '/statistics/report', user: broker, language: 'en' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Report: Energy Cluster Denmark' }),
    ).toBeInTheDocument();
    unmount();
    visible = statistics.clusters;
    renderRoutes(routes, { route: '/statistics/report', user: broker, language: 'en' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Report: all clusters together' }),
    ).toBeInTheDocument();
  });
});
