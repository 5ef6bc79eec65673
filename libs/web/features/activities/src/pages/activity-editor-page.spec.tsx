import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, requestsTo } from '@videnbro/web-testing';
import {
  activity,
  brokerApi,
  casesPage,
  clean,
  clusters,
  energy,
  linkedCases,
  noOrganizations,
  validationError,
} from '../testing/fixtures';
import { renderRoutes } from '../testing/render-activities';
import { ActivityEditorPage } from './activity-editor-page';

const routes = [
  { path: '/activities/new', element: <ActivityEditorPage /> },
  { path: '/activities/:id/edit', element: <ActivityEditorPage /> },
  { path: '/activities/:id', element: <p>Activity page</p> },
];

const date = (name: RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(name), { target: { value } });

describe('ActivityEditorPage, creating', () => {
  it("creates an activity for the broker's cluster and shows it", async () => {
    const fetch = fakeApi({ ...brokerApi, 'POST /api/v1/activities': { status: 201, body: activity } });
    const { location } = renderRoutes(routes, { route: '/activities/new', language: 'en' });
    // The broker's one cluster is chosen already.
    expect(await screen.findByRole('combobox', { name: /^Cluster/ })).toHaveValue(energy.id);
    await userEvent.type(screen.getByRole('textbox', { name: /^Title/ }), '  Hydrogen in industry ');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Type/ }), 'Network event');
    date(/^Starts/, '2026-03-05');
    // A one-day activity: the end follows the start.
    expect(screen.getByLabelText(/^Ends/)).toHaveValue('2026-03-05');
    await userEvent.click(screen.getByRole('radio', { name: 'Hybrid' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Place' }), 'Odense');
    await userEvent.click(screen.getByRole('button', { name: 'Create activity' }));

    expect(await screen.findByText('Activity page')).toBeInTheDocument();
    expect(location()).toBe(`/activities/${activity.id}`);
    expect(await requestsTo(fetch, 'POST /api/v1/activities')[0].json()).toEqual({
      clusterIds: [energy.id],
      title: 'Hydrogen in industry',
      type: 'network_event',
      startsOn: '2026-03-05',
      endsOn: '2026-03-05',
      format: 'hybrid',
      place: 'Odense',
      fundingSource: 'innovation_power',
      description: null,
      caseIds: [],
    });
  });

  it('checks the fields before sending, and focuses the first problem', async () => {
    const fetch = fakeApi({ ...brokerApi });
    renderRoutes(routes, { route: '/activities/new', language: 'en' });
    await userEvent.type(await screen.findByRole('textbox', { name: /^Title/ }), 'Hi');
    date(/^Starts/, '2026-03-05');
    date(/^Ends/, '2026-03-01');
    await userEvent.click(screen.getByRole('button', { name: 'Create activity' }));
    expect(screen.getByText('The title needs at least 3 characters')).toBeInTheDocument();
    expect(screen.getByText('The end date cannot be before the start date')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveAttribute('aria-invalid', 'true');
    expect(requestsTo(fetch, 'POST /api/v1/activities')).toHaveLength(0);
  });

  it("shows the API's messages on their fields", async () => {
    fakeApi({
      ...brokerApi,
      'POST /api/v1/activities': validationError('clusterIds', 'You are not a broker of that cluster'),
    });
    renderRoutes(routes, { route: '/activities/new', language: 'en' });
    await userEvent.type(await screen.findByRole('textbox', { name: /^Title/ }), 'Hydrogen in industry');
    date(/^Starts/, '2026-03-05');
    await userEvent.click(screen.getByRole('button', { name: 'Create activity' }));
    expect(await screen.findByText('You are not a broker of that cluster')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /^Cluster/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByTestId('error-alert')).not.toBeInTheDocument();
  });

  it('tells someone who is no broker that brokers log activities', async () => {
    fakeApi({ 'GET /api/v1/me/organizations': noOrganizations, 'GET /api/v1/clusters': clusters });
    renderRoutes(routes, { route: '/activities/new', language: 'en' });
    expect(await screen.findByTestId('not-a-broker')).toHaveTextContent('logged by the brokers of a cluster');
    expect(screen.queryByTestId('activity-editor')).not.toBeInTheDocument();
  });
});

describe('ActivityEditorPage, editing', () => {
  it('starts from the saved activity and sends every field back, co-organisers after the owner', async () => {
    const saved = { ...activity, clusters: [energy, clean] };
    const fetch = fakeApi({
      ...brokerApi,
      [`GET /api/v1/activities/${activity.id}`]: { status: 200, body: saved },
      [`PATCH /api/v1/activities/${activity.id}`]: { status: 200, body: saved },
    });
    renderRoutes(routes, { route: `/activities/${activity.id}/edit` });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Redigér aktiviteten');
    expect(screen.getByRole('textbox', { name: /^Titel/ })).toHaveValue('Brint i industrien');
    expect(screen.getByRole('combobox', { name: /^Klynge/ })).toBeDisabled();
    await userEvent.clear(screen.getByRole('textbox', { name: /^Titel/ }));
    await userEvent.type(screen.getByRole('textbox', { name: /^Titel/ }), 'Brint i tung industri');
    await userEvent.click(screen.getByRole('button', { name: 'Gem ændringer' }));
    expect(await screen.findByText('Activity page')).toBeInTheDocument();
    expect(await requestsTo(fetch, `PATCH /api/v1/activities/${activity.id}`)[0].json()).toMatchObject({
      clusterIds: [energy.id, clean.id],
      title: 'Brint i tung industri',
      place: 'Odense',
      description: 'Morgenmøde om brint.',
    });
  });

  it('links cases of the clusters the broker brokers, labelled by parties and stage, keeping the linked ones', async () => {
    const saved = { ...activity, clusters: [energy, clean], cases: [linkedCases[0]] };
    const fetch = fakeApi({
      ...brokerApi,
      'GET /api/v1/cases': casesPage,
      [`GET /api/v1/activities/${activity.id}`]: { status: 200, body: saved },
      [`PATCH /api/v1/activities/${activity.id}`]: { status: 200, body: saved },
    });
    renderRoutes(routes, { route: `/activities/${activity.id}/edit` });
    const cases = await screen.findByLabelText(/^Sager/, { selector: 'input' });
    await userEvent.click(cases);
    await userEvent.click(
      await screen.findByRole('option', { name: 'Vindmølle Vest A/S – Aarhus Universitet · Møde holdt' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Gem ændringer' }));
    expect(await screen.findByText('Activity page')).toBeInTheDocument();
    expect(await requestsTo(fetch, `PATCH /api/v1/activities/${activity.id}`)[0].json()).toMatchObject({
      caseIds: [linkedCases[0].id, linkedCases[1].id],
    });
    // Anna brokers Energy Cluster Denmark only: CLEAN's cases are not hers to list.
    const asked = requestsTo(fetch, 'GET /api/v1/cases').map((r) =>
      new URL(r.url).searchParams.get('cluster'),
    );
    expect(new Set(asked)).toEqual(new Set([energy.id]));
  });

  it("shows the API's refusal of a case on the cases field", async () => {
    fakeApi({
      ...brokerApi,
      'GET /api/v1/cases': casesPage,
      [`GET /api/v1/activities/${activity.id}`]: { status: 200, body: activity },
      [`PATCH /api/v1/activities/${activity.id}`]: validationError(
        'caseIds',
        "Not a case of the activity's clusters",
      ),
    });
    renderRoutes(routes, { route: `/activities/${activity.id}/edit`, language: 'en' });
    await userEvent.click(await screen.findByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText("Not a case of the activity's clusters")).toBeInTheDocument();
    expect(screen.getByLabelText(/^Cases/, { selector: 'input' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('does not offer the editor when the API says the user may not change it', async () => {
    fakeApi({
      ...brokerApi,
      [`GET /api/v1/activities/${activity.id}`]: { status: 200, body: { ...activity, canEdit: false } },
    });
    renderRoutes(routes, { route: `/activities/${activity.id}/edit`, language: 'en' });
    expect(await screen.findByText(/Only the brokers of its clusters/)).toBeInTheDocument();
    expect(screen.queryByTestId('activity-editor')).not.toBeInTheDocument();
  });

  it('shows the not-found page for an activity the API does not show the user', async () => {
    fakeApi({
      ...brokerApi,
      [`GET /api/v1/activities/${activity.id}`]: {
        status: 404,
        body: { statusCode: 404, error: 'Not Found', message: 'Activity not found' },
      },
    });
    renderRoutes(routes, { route: `/activities/${activity.id}/edit`, language: 'en' });
    expect(await screen.findByTestId('not-found')).toBeInTheDocument();
  });
});
