import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, requestsTo } from '@videnbro/web-testing';
import {
  admin,
  allClusters,
  broker,
  brokerMemberships,
  clean,
  energy,
  strengthIndustries,
} from '../testing/fixtures';
import { renderRoutes } from '../testing/render-statistics';
import { StrengthAreasPage } from './strength-areas-page';

const routes = [{ path: '/statistics/strength-areas', element: <StrengthAreasPage /> }];
const path = (id: string) => `/api/v1/clusters/${id}/strength-industries`;

describe('StrengthAreasPage', () => {
  it('shows a broker the mapping of their first cluster, read-only', async () => {
    const fetch = fakeApi({
      'GET /api/v1/me/organizations': brokerMemberships,
      [`GET ${path(clean.id)}`]: { status: 200, body: { ...strengthIndustries, clusterId: clean.id } },
    });
    renderRoutes(routes, { route: '/statistics/strength-areas', user: broker });
    const table = await screen.findByRole('table', { name: 'Tilknyttede branchekoder: CLEAN' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      'StyrkepositionBranchekode (DB07)Branche',
      'Vindenergi28Fremstilling af andre maskiner',
      'Power-to-XDEnergiforsyning',
    ]);
    expect(screen.getByText('Kun platformens administratorer ændrer koderne.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gem koderne' })).not.toBeInTheDocument();
    expect(requestsTo(fetch, `GET ${path(clean.id)}`)).toHaveLength(1);
  });

  it('lets an admin add, change and remove codes, and saves them normalised', async () => {
    const fetch = fakeApi({
      'GET /api/v1/clusters': allClusters,
      [`GET ${path(energy.id)}`]: { status: 200, body: strengthIndustries },
      [`PUT ${path(energy.id)}`]: { status: 200, body: strengthIndustries },
    });
    renderRoutes(routes, {
      route: `/statistics/strength-areas?cluster=${energy.id}`,
      user: admin,
      language: 'en',
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Remove D from Power-to-X' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add a mapping' }));
    const code = screen.getByRole('textbox', { name: 'Industry code (DB07) 2' });
    await userEvent.type(code, '271100');
    expect(screen.getByText('Manufacture of electrical equipment')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Save mapping' }));
    expect(await screen.findByText('The mapping is saved.')).toBeInTheDocument();
    const [put] = requestsTo(fetch, `PUT ${path(energy.id)}`);
    expect(await put.json()).toEqual({
      mappings: [
        { strengthArea: 'Vindenergi', industryCode: '28' },
        { strengthArea: 'Vindenergi', industryCode: '27.11.00' },
      ],
    });
  });

  it('sends nothing while a code is not DB07, and says which', async () => {
    const fetch = fakeApi({
      'GET /api/v1/clusters': allClusters,
      [`GET ${path(energy.id)}`]: { status: 200, body: strengthIndustries },
    });
    renderRoutes(routes, { route: `/statistics/strength-areas?cluster=${energy.id}`, user: admin });
    const code = await screen.findByRole('textbox', { name: 'Branchekode (DB07) 1' });
    await userEvent.clear(code);
    await userEvent.type(code, '00');
    await userEvent.click(screen.getByRole('button', { name: 'Gem koderne' }));
    expect(
      await screen.findByText('Ikke et DB07-afsnit, en hovedgruppe eller en underbranche: 00'),
    ).toBeInTheDocument();
    expect(requestsTo(fetch, `PUT ${path(energy.id)}`)).toHaveLength(0);
  });
});
