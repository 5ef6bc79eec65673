import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, requestsTo } from '@videnbro/web-testing';
import {
  activity,
  brokerApi,
  casesPage,
  clusters,
  energy,
  fundingRecords,
  linkedCases,
  noOrganizations,
  page,
  programme,
} from '../testing/fixtures';
import { renderRoutes } from '../testing/render-activities';
import { FundingRecordsPage } from './funding-records-page';

const routes = [{ path: '/activities/funding', element: <FundingRecordsPage /> }];
const route = '/activities/funding?year=2026';
const list = { status: 200, body: { items: fundingRecords } };
// Intl writes a non-breaking space between the amount and "kr."
const text = (element: HTMLElement) => element.textContent?.replace(/\s/g, ' ');

describe('FundingRecordsPage', () => {
  it("lists the cluster's records of the year with amounts in Danish notation and the totals", async () => {
    const fetch = fakeApi({ ...brokerApi, 'GET /api/v1/funding-records': list });
    renderRoutes(routes, { route, language: 'en' });
    const table = await screen.findByTestId('funding-table');
    const amounts = within(table).getAllByTestId('funding-row-amount').map(text);
    expect(amounts).toEqual(['1.250.000 kr.', '3.400.000 kr.']);
    expect(within(table).getAllByTestId('funding-row')[1]).toHaveTextContent('EU funding');
    expect(text(screen.getByTestId('funding-total-secured'))).toBe('3.400.000 kr.');
    const query = new URL(requestsTo(fetch, 'GET /api/v1/funding-records')[0].url).searchParams;
    expect(Object.fromEntries(query)).toEqual({ cluster: energy.id, year: '2026', limit: '100' });
  });

  it('adds a record for the chosen cluster and year', async () => {
    const fetch = fakeApi({
      ...brokerApi,
      'GET /api/v1/funding-records': list,
      'POST /api/v1/funding-records': { status: 201, body: fundingRecords[1] },
      'GET /api/v1/activities': { status: 200, body: page([activity]) },
    });
    renderRoutes(routes, { route, language: 'en' });
    const form = await screen.findByTestId('add-funding');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Source' }), 'EU funding');
    await userEvent.selectOptions(
      within(form).getByRole('combobox', { name: 'Spent or secured' }),
      'Secured',
    );
    await userEvent.type(within(form).getByRole('textbox', { name: /^Amount/ }), '3400000');
    expect(within(form).getByRole('textbox', { name: /^Amount/ })).toHaveValue('3.400.000');
    const linked = within(form).getByRole('combobox', { name: 'Activity' });
    await within(linked).findByRole('option', { name: 'Brint i industrien' });
    await userEvent.selectOptions(linked, 'Brint i industrien');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Note' }), 'Horizon Europe');
    await userEvent.click(within(form).getByRole('button', { name: 'Add' }));
    expect(await screen.findByTestId('funding-announcement')).toHaveTextContent(
      /Added: EU funding, 3.400.000/,
    );
    expect(await requestsTo(fetch, 'POST /api/v1/funding-records')[0].json()).toEqual({
      clusterId: energy.id,
      year: 2026,
      source: 'eu',
      status: 'secured',
      amountDkk: 3400000,
      activityId: activity.id,
      caseId: null,
      note: 'Horizon Europe',
    });
  });

  it("ties a record to one of the cluster's cases, and shows the case in the table", async () => {
    const withCase = { ...fundingRecords[1], case: linkedCases[1] };
    const fetch = fakeApi({
      ...brokerApi,
      'GET /api/v1/funding-records': { status: 200, body: { items: [withCase] } },
      'POST /api/v1/funding-records': { status: 201, body: withCase },
      'GET /api/v1/cases': casesPage,
    });
    renderRoutes(routes, { route, language: 'en' });
    expect(await screen.findByTestId('funding-row-case')).toHaveTextContent(
      'Vindmølle Vest A/S – Aarhus Universitet · Meeting held',
    );
    const form = screen.getByTestId('add-funding');
    await userEvent.type(within(form).getByRole('textbox', { name: /^Amount/ }), '250000');
    const linked = within(form).getByRole('combobox', { name: 'Case' });
    await within(linked).findByRole('option', {
      name: 'Mejeri Nord ApS – Syddansk Universitet · Introduced',
    });
    await userEvent.selectOptions(linked, 'Mejeri Nord ApS – Syddansk Universitet · Introduced');
    await userEvent.click(within(form).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(requestsTo(fetch, 'POST /api/v1/funding-records')).toHaveLength(1));
    expect(await requestsTo(fetch, 'POST /api/v1/funding-records')[0].json()).toMatchObject({
      amountDkk: 250000,
      caseId: linkedCases[0].id,
    });
    const query = new URL(requestsTo(fetch, 'GET /api/v1/cases')[0].url).searchParams;
    expect(query.get('cluster')).toBe(energy.id);
  });

  it('asks for an amount before sending', async () => {
    const fetch = fakeApi({ ...brokerApi, 'GET /api/v1/funding-records': list });
    renderRoutes(routes, { route });
    const form = await screen.findByTestId('add-funding');
    await userEvent.click(within(form).getByRole('button', { name: 'Tilføj' }));
    expect(within(form).getByText('Angiv beløbet i kr.')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /^Beløb/ })).toHaveFocus();
    expect(requestsTo(fetch, 'POST /api/v1/funding-records')).toHaveLength(0);
  });

  it('edits a record in a dialog, and deletes one after confirming', async () => {
    const [record] = fundingRecords;
    const fetch = fakeApi({
      ...brokerApi,
      'GET /api/v1/funding-records': list,
      [`PATCH /api/v1/funding-records/${record.id}`]: {
        status: 200,
        body: { ...record, amountDkk: 1300000 },
      },
      [`DELETE /api/v1/funding-records/${record.id}`]: { status: 204 },
    });
    renderRoutes(routes, { route, language: 'en' });
    await userEvent.click(
      await screen.findByRole('button', { name: /^Edit Innovation power \(base grant\)/ }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Edit the funding record' });
    const amount = within(dialog).getByRole('textbox', { name: /^Amount/ });
    expect(amount).toHaveValue('1.250.000');
    await userEvent.clear(amount);
    await userEvent.type(amount, '1300000');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await requestsTo(fetch, `PATCH /api/v1/funding-records/${record.id}`)[0].json()).toMatchObject({
      amountDkk: 1300000,
      source: 'innovation_power',
    });

    await userEvent.click(screen.getByRole('button', { name: /^Delete Innovation power \(base grant\)/ }));
    await userEvent.click(await screen.findByTestId('confirm-delete-funding'));
    await waitFor(() =>
      expect(requestsTo(fetch, `DELETE /api/v1/funding-records/${record.id}`)).toHaveLength(1),
    );
  });

  it("lets programme staff read any cluster's records, without changing them", async () => {
    fakeApi({
      'GET /api/v1/me/organizations': noOrganizations,
      'GET /api/v1/clusters': clusters,
      'GET /api/v1/funding-records': {
        status: 200,
        body: { items: fundingRecords.map((record) => ({ ...record, canEdit: false })) },
      },
    });
    renderRoutes(routes, { route, language: 'en', user: programme });
    await screen.findByTestId('funding-table');
    expect(within(screen.getByRole('combobox', { name: 'Cluster' })).getAllByRole('option')).toHaveLength(2);
    expect(screen.queryByTestId('add-funding')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Edit/ })).not.toBeInTheDocument();
  });
});
