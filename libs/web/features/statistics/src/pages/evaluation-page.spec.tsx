import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, requestsTo } from '@videnbro/web-testing';
import { allClusters, broker, brokerMemberships, energy, evaluation, programme } from '../testing/fixtures';
import { renderRoutes } from '../testing/render-statistics';
import { EvaluationPage } from './evaluation-page';

const routes = [{ path: '/statistics/evaluation', element: <EvaluationPage /> }];
const route = `/statistics/evaluation?cluster=${energy.id}&fromYear=2022`;

describe('EvaluationPage', () => {
  it('shows each figure per year against its target, read-only for a broker', async () => {
    const fetch = fakeApi({
      'GET /api/v1/me/organizations': brokerMemberships,
      'GET /api/v1/statistics/evaluation': { status: 200, body: evaluation },
    });
    renderRoutes(routes, { route, user: broker });
    const table = await screen.findByTestId('evaluation-table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Tal', '2022', '2023', '2024', '2025', '2026']);
    expect(screen.getByTestId('evaluation-activities:2026')).toHaveTextContent('6Mål: 10');
    expect(screen.getByTestId('evaluation-activities:2022')).toHaveTextContent('2intet mål');
    expect(screen.getByTestId('evaluation-sme_share:2025')).toHaveTextContent('50 %Mål: 60 %');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gem mål' })).not.toBeInTheDocument();
    const query = new URL(requestsTo(fetch, 'GET /api/v1/statistics/evaluation')[0].url).searchParams;
    expect(Object.fromEntries(query)).toEqual({ cluster: energy.id, fromYear: '2022', toYear: '2026' });
  });

  it('lets programme staff set and remove targets, sending only the changed ones (shares as 0–1)', async () => {
    const fetch = fakeApi({
      'GET /api/v1/clusters': allClusters,
      'GET /api/v1/statistics/evaluation': { status: 200, body: evaluation },
      [`PUT /api/v1/clusters/${energy.id}/targets`]: {
        status: 200,
        body: { clusterId: energy.id, targets: [] },
      },
    });
    renderRoutes(routes, { route, user: programme, language: 'en' });
    const activities2024 = await screen.findByRole('textbox', { name: 'Target for Activities in 2024' });
    await userEvent.type(activities2024, '8');
    await userEvent.clear(screen.getByRole('textbox', { name: 'Target for Activities in 2026' }));
    const share2023 = screen.getByRole('textbox', { name: 'Target for SME share in 2023' });
    await userEvent.type(share2023, '55');
    await userEvent.click(screen.getByRole('button', { name: 'Save targets' }));

    expect(await screen.findByText('The targets are saved.')).toBeInTheDocument();
    const [put] = requestsTo(fetch, `PUT /api/v1/clusters/${energy.id}/targets`);
    expect(await put.json()).toEqual({
      targets: [
        { year: 2024, figure: 'activities', target: 8 },
        { year: 2026, figure: 'activities', target: null },
        { year: 2023, figure: 'sme_share', target: 0.55 },
      ],
    });
    await waitFor(() => expect(requestsTo(fetch, 'GET /api/v1/statistics/evaluation')).toHaveLength(2));
  });
});
