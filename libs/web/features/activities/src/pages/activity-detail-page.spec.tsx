import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, requestsTo } from '@videnbro/web-testing';
import { activity, brokerApi, linkedCases, participations, programme } from '../testing/fixtures';
import { renderRoutes } from '../testing/render-activities';
import { ActivityDetailPage } from './activity-detail-page';

const routes = [
  { path: '/activities', element: <p>Activity list</p> },
  { path: '/activities/:id', element: <ActivityDetailPage /> },
];
const route = `/activities/${activity.id}`;
const base = `/api/v1/activities/${activity.id}`;
const vindVest = {
  id: '55555555-5555-4555-8555-555555555553',
  name: 'Vindmølle Vest A/S',
  kind: 'large_company',
};

function api(extra: Record<string, unknown> = {}) {
  return fakeApi({
    ...brokerApi,
    [`GET ${base}`]: { status: 200, body: activity },
    [`GET ${base}/participations`]: { status: 200, body: { items: participations } },
    ...extra,
  } as Parameters<typeof fakeApi>[0]);
}

const rows = () => screen.getAllByTestId('participant-row');

describe('ActivityDetailPage', () => {
  it('shows the activity and its participants with kind, role and persons', async () => {
    api();
    renderRoutes(routes, { route, language: 'en' });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Brint i industrien');
    expect(screen.getByTestId('participant-count')).toHaveTextContent('2 organisations, 3 persons');
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(rows()[0]).toHaveTextContent('Mejeri Nord ApS');
    expect(rows()[0]).toHaveTextContent('SME (small or medium-sized company)');
    expect(rows()[1]).toHaveTextContent('Speaker');
    expect(within(rows()[0]).getByRole('link', { name: 'Mejeri Nord ApS' })).toHaveAttribute(
      'href',
      `/organizations/${participations[0].organization.id}`,
    );
    expect(screen.getByRole('link', { name: 'Import from CSV' })).toHaveAttribute('href', `${route}/import`);
  });

  it('shows the linked cases as text with their parties and stage, in Danish and English', async () => {
    api({ [`GET ${base}`]: { status: 200, body: { ...activity, cases: linkedCases } } });
    const { unmount } = renderRoutes(routes, { route, language: 'en' });
    const cases = await screen.findByTestId('activity-cases');
    expect(
      within(cases)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Mejeri Nord ApS – Syddansk Universitet · Introduced',
      'Vindmølle Vest A/S – Aarhus Universitet · Meeting held',
    ]);
    expect(screen.getByRole('heading', { name: 'Cases' })).toBeInTheDocument();
    unmount();
    renderRoutes(routes, { route });
    expect(await screen.findByTestId('activity-cases')).toHaveTextContent(
      'Syddansk Universitet · Introduceret',
    );
  });

  it('shows no cases section when none is linked', async () => {
    api();
    renderRoutes(routes, { route, language: 'en' });
    expect(await screen.findByTestId('participant-count')).toBeInTheDocument();
    expect(screen.queryByTestId('activity-cases')).not.toBeInTheDocument();
  });

  it('adds an organisation found by name, with its role and persons', async () => {
    const fetch = api({
      'GET /api/v1/organizations': { status: 200, body: { items: [vindVest], total: 1, page: 1, limit: 10 } },
      [`POST ${base}/participations`]: { status: 201, body: participations[0] },
    });
    renderRoutes(routes, { route, language: 'en' });
    const form = await screen.findByTestId('add-participant');
    await userEvent.type(within(form).getByLabelText(/^Organisation/, { selector: 'input' }), 'vind');
    await userEvent.click(await screen.findByRole('option', { name: /Vindmølle Vest A\/S/ }));
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Role' }), 'Partner');
    await userEvent.clear(within(form).getByRole('textbox', { name: 'Persons' }));
    await userEvent.type(within(form).getByRole('textbox', { name: 'Persons' }), '4');
    await userEvent.click(within(form).getByRole('button', { name: 'Add' }));

    expect(await screen.findByText('Vindmølle Vest A/S is added.')).toBeInTheDocument();
    expect(await requestsTo(fetch, `POST ${base}/participations`)[0].json()).toEqual({
      organizationId: vindVest.id,
      role: 'partner',
      persons: 4,
    });
    const search = new URL(requestsTo(fetch, 'GET /api/v1/organizations')[0].url).searchParams;
    expect(search.get('q')).toBe('vind');
  });

  it("says so when the organisation takes part already (the API's 409)", async () => {
    api({
      'GET /api/v1/organizations': { status: 200, body: { items: [vindVest], total: 1, page: 1, limit: 10 } },
      [`POST ${base}/participations`]: {
        status: 409,
        body: { statusCode: 409, error: 'Conflict', message: 'Vindmølle Vest A/S takes part already' },
      },
    });
    renderRoutes(routes, { route, language: 'en' });
    const form = await screen.findByTestId('add-participant');
    await userEvent.type(within(form).getByLabelText(/^Organisation/, { selector: 'input' }), 'vind');
    await userEvent.click(await screen.findByRole('option', { name: /Vindmølle Vest A\/S/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Add' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Vindmølle Vest A/S takes part already');
  });

  it('asks for an organisation before adding', async () => {
    const fetch = api();
    renderRoutes(routes, { route, language: 'en' });
    const form = await screen.findByTestId('add-participant');
    await userEvent.click(within(form).getByRole('button', { name: 'Add' }));
    expect(within(form).getByText('Search for the organisation and choose it')).toBeInTheDocument();
    expect(requestsTo(fetch, `POST ${base}/participations`)).toHaveLength(0);
  });

  it("changes a participant's role and persons in its row", async () => {
    const participation = participations[0];
    const fetch = api({
      [`PATCH ${base}/participations/${participation.id}`]: { status: 200, body: participation },
    });
    renderRoutes(routes, { route, language: 'en' });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Edit the participation of Mejeri Nord ApS' }),
    );
    const role = screen.getByRole('combobox', { name: 'Role of Mejeri Nord ApS' });
    expect(role).toHaveFocus();
    await userEvent.selectOptions(role, 'Host');
    const persons = screen.getByRole('textbox', { name: 'Persons from Mejeri Nord ApS' });
    await userEvent.clear(persons);
    await userEvent.type(persons, '5');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The participation of Mejeri Nord ApS is saved.')).toBeInTheDocument();
    expect(await requestsTo(fetch, `PATCH ${base}/participations/${participation.id}`)[0].json()).toEqual({
      role: 'host',
      persons: 5,
    });
  });

  it('removes a participant after confirming', async () => {
    const participation = participations[1];
    const fetch = api({ [`DELETE ${base}/participations/${participation.id}`]: { status: 204 } });
    renderRoutes(routes, { route, language: 'en' });
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Syddansk Universitet' }));
    expect(await screen.findByRole('dialog', { name: 'Remove the participant?' })).toHaveTextContent(
      'Syddansk Universitet will no longer be counted',
    );
    await userEvent.click(screen.getByTestId('confirm-remove'));
    expect(await screen.findByText('Syddansk Universitet is removed.')).toBeInTheDocument();
    expect(requestsTo(fetch, `DELETE ${base}/participations/${participation.id}`)).toHaveLength(1);
  });

  it('deletes the activity after confirming, back to the list', async () => {
    const fetch = api({ [`DELETE ${base}`]: { status: 204 } });
    renderRoutes(routes, { route, language: 'en' });
    await userEvent.click(await screen.findByTestId('delete-activity'));
    await userEvent.click(await screen.findByTestId('confirm-delete-activity'));
    expect(await screen.findByText('Activity list')).toBeInTheDocument();
    expect(requestsTo(fetch, `DELETE ${base}`)).toHaveLength(1);
  });

  it('shows programme staff the activity read-only', async () => {
    fakeApi({
      [`GET ${base}`]: { status: 200, body: { ...activity, canEdit: false } },
      [`GET ${base}/participations`]: { status: 200, body: { items: participations } },
    });
    renderRoutes(routes, { route, language: 'en', user: programme });
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.queryByRole('button', { name: /^Edit/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument();
    expect(screen.queryByTestId('add-participant')).not.toBeInTheDocument();
    expect(screen.queryByTestId('delete-activity')).not.toBeInTheDocument();
  });
});
