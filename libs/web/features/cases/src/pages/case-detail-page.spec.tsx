import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { anna, fakeApi, requestsTo } from '@videnbro/web-testing';
import {
  aCase,
  broker,
  brokered,
  CASE_ID,
  clean,
  energy,
  event,
  introduced,
  proposed,
  sdu,
} from '../testing/fixtures';
import { renderRoutes } from '../testing/render-cases';
import { CaseDetailPage } from './case-detail-page';

const routes = [
  { path: '/cases', element: <p>Case list</p> },
  { path: '/cases/:id', element: <CaseDetailPage /> },
];
const route = `/cases/${CASE_ID}`;
const base = `/api/v1/cases/${CASE_ID}`;
type Routes = Parameters<typeof fakeApi>[0];

const bodyOf = async (fetch: jest.Mock, key: string) => requestsTo(fetch, key)[0].json();

describe('CaseDetailPage, for a party', () => {
  it('shows the parties, need, routing and the timeline, with contacts and messages still closed', async () => {
    fakeApi({
      [`GET ${base}`]: { status: 200, body: aCase({ routing: 'strength_areas', routingTerms: ['energi'] }) },
    });
    renderRoutes(routes, { route, language: 'en' });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Mejeri Nord ApS ↔ Syddansk Universitet',
    );
    const facts = screen.getByTestId('case-facts');
    expect(within(facts).getByRole('link', { name: 'Sensorer til mælketanke' })).toHaveAttribute(
      'href',
      '/needs/55555555-5555-4555-8555-555555555555',
    );
    expect(facts).toHaveTextContent("The cluster's strength areas fit best");
    expect(facts).toHaveTextContent('Matching strength areas: energi');
    expect(facts).toHaveTextContent('Energy Cluster Denmark (owner)');
    expect(screen.getByTestId('case-consent')).toHaveTextContent(
      'The broker has not proposed the introduction yet.',
    );
    expect(screen.getByTestId('case-contacts')).toHaveTextContent('shown once both sides have accepted');
    expect(screen.getByTestId('case-messages')).toHaveTextContent('The thread opens once both sides');
    expect(screen.getByTestId('timeline-event')).toHaveTextContent('Anna Sørensen asked for an introduction');
    expect(screen.queryByTestId('case-brokering')).not.toBeInTheDocument();
    expect(screen.queryByTestId('case-notes')).not.toBeInTheDocument();
  });

  it('says when the request joined an open case', async () => {
    fakeApi({ [`GET ${base}`]: { status: 200, body: aCase() } });
    renderRoutes(routes, { route: { pathname: route, state: { request: 'joined' } } });
    expect(await screen.findByTestId('case-request-notice')).toHaveTextContent(
      'Der var allerede en åben sag om denne introduktion',
    );
  });

  it("accepts the introduction for the caller's side", async () => {
    const fetch = fakeApi({
      [`GET ${base}`]: { status: 200, body: proposed() },
      [`POST ${base}/consent`]: { status: 200, body: introduced() },
    });
    renderRoutes(routes, { route, language: 'en' });
    const consent = await screen.findByTestId('case-consent');
    expect(consent).toHaveTextContent('Syddansk Universitet: Accepted');
    expect(consent).toHaveTextContent('Mejeri Nord ApS: Waiting for an answer');
    expect(consent).toHaveTextContent('Do you want to be introduced to Syddansk Universitet?');
    await userEvent.click(screen.getByRole('button', { name: 'Accept the introduction' }));

    expect(await screen.findByText('ida@sdu.dk')).toHaveAttribute('href', 'mailto:ida@sdu.dk');
    expect(await bodyOf(fetch, `POST ${base}/consent`)).toEqual({ decision: 'accept' });
    expect(screen.queryByTestId('consent-answer')).not.toBeInTheDocument();
  });

  it('declines with a reason', async () => {
    const declined = proposed({
      stage: 'declined',
      consents: [
        { party: 'company', status: 'declined', answeredAt: '2026-03-03T09:00:00.000Z' },
        { party: 'institution', status: 'accepted', answeredAt: '2026-03-02T09:00:00.000Z' },
      ],
    });
    const fetch = fakeApi({
      [`GET ${base}`]: { status: 200, body: proposed() },
      [`POST ${base}/consent`]: { status: 200, body: declined },
    });
    renderRoutes(routes, { route, language: 'en' });
    await userEvent.click(await screen.findByRole('button', { name: 'Decline' }));
    await userEvent.type(screen.getByLabelText(/Reason/), 'Ingen tid i år');
    await userEvent.click(screen.getByRole('button', { name: 'Decline the introduction' }));
    await waitFor(() =>
      expect(screen.getByTestId('case-consent')).toHaveTextContent('Mejeri Nord ApS: Declined'),
    );
    expect(await bodyOf(fetch, `POST ${base}/consent`)).toEqual({
      decision: 'decline',
      reason: 'Ingen tid i år',
    });
  });

  it('asks a member of both organisations which side answers', async () => {
    const fetch = fakeApi({
      [`GET ${base}`]: {
        status: 200,
        body: proposed({
          myParties: ['company', 'institution'],
          consents: [
            { party: 'company', status: 'pending', answeredAt: null },
            { party: 'institution', status: 'pending', answeredAt: null },
          ],
        }),
      },
      [`POST ${base}/consent`]: { status: 200, body: proposed() },
    });
    renderRoutes(routes, { route, language: 'en' });
    await userEvent.selectOptions(await screen.findByLabelText('Answer for'), sdu.name);
    await userEvent.click(screen.getByRole('button', { name: 'Accept the introduction' }));
    await waitFor(() => expect(requestsTo(fetch, `POST ${base}/consent`)).toHaveLength(1));
    expect(await bodyOf(fetch, `POST ${base}/consent`)).toEqual({ decision: 'accept', party: 'institution' });
  });

  it('shows the thread once both accepted, and sends a message', async () => {
    const message = event({ kind: 'message', body: 'Hej Ida, skal vi mødes?' });
    let thread: unknown[] = [];
    const fetch = fakeApi({
      [`GET ${base}`]: { status: 200, body: introduced() },
      [`GET ${base}/messages`]: () => ({ status: 200, body: thread }),
      [`POST ${base}/messages`]: () => {
        thread = [message];
        return { status: 201, body: message };
      },
    });
    renderRoutes(routes, { route, language: 'en' });
    expect(await screen.findByText('No messages yet.')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/Your message/), 'Hej Ida, skal vi mødes?');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByTestId('case-message')).toHaveTextContent('Hej Ida, skal vi mødes?');
    expect(screen.getByText('Message sent.')).toBeInTheDocument();
    expect(await bodyOf(fetch, `POST ${base}/messages`)).toEqual({ body: 'Hej Ida, skal vi mødes?' });
  });

  it('shows "not found" for a case the caller may not see', async () => {
    fakeApi({
      [`GET ${base}`]: { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'x' } },
    });
    renderRoutes(routes, { route });
    expect(await screen.findByTestId('not-found')).toBeInTheDocument();
  });
});

describe('CaseDetailPage, for a broker', () => {
  const brokerApi = (c = brokered(), extra: Routes = {}) =>
    fakeApi({
      [`GET ${base}`]: { status: 200, body: c },
      [`GET /api/v1/organizations/${energy.id}/members`]: {
        status: 200,
        body: {
          items: [
            {
              userId: broker.id,
              name: broker.name,
              email: 'bo@energy.dk',
              role: 'member',
              since: '2025-01-01T00:00:00.000Z',
            },
          ],
        },
      },
      [`GET /api/v1/organizations/${clean.id}/members`]: {
        status: 403,
        body: { statusCode: 403, error: 'Forbidden', message: 'x' },
      },
      'GET /api/v1/clusters': {
        status: 200,
        body: {
          items: [energy, clean].map((c) => ({ organization: { ...c, kind: 'cluster' }, memberCount: 3 })),
        },
      },
      ...extra,
    });

  it('offers only the allowed stage moves, and moving to Introduced says it asks both sides', async () => {
    const fetch = brokerApi(brokered(), {
      [`PATCH ${base}`]: { status: 200, body: proposed({ canBroker: true, myParties: [] }) },
    });
    renderRoutes(routes, { route, language: 'en' });
    const select = await screen.findByTestId('stage-select');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Introduced', 'Declined', 'Stalled']);
    expect(screen.getByText(/asks both sides to accept/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Move' }));
    expect(await screen.findByText('Moved to Introduced.')).toBeInTheDocument();
    expect(await bodyOf(fetch, `PATCH ${base}`)).toEqual({ stage: 'introduced' });
    expect(
      within(screen.getByTestId('stage-select'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Meeting held', 'Declined', 'Stalled']);
  });

  it("shows the API's refusal of a move", async () => {
    brokerApi(brokered({ stage: 'introduced' }), {
      [`PATCH ${base}`]: {
        status: 409,
        body: { statusCode: 409, error: 'Conflict', message: 'Both parties must accept before meeting_held' },
      },
    });
    renderRoutes(routes, { route, language: 'en' });
    await userEvent.click(await screen.findByRole('button', { name: 'Move' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Both parties must accept before meeting_held',
    );
  });

  it('sets the owner among the brokers it may list, and the next action with its date', async () => {
    const fetch = brokerApi(brokered(), { [`PATCH ${base}`]: { status: 200, body: brokered() } });
    renderRoutes(routes, { route, language: 'en' });
    const owner = await screen.findByTestId('owner-select');
    await waitFor(() => expect(within(owner).getAllByRole('option')).toHaveLength(2));
    await userEvent.selectOptions(owner, broker.name);
    await userEvent.click(screen.getByRole('button', { name: 'Save broker' }));
    await waitFor(() => expect(requestsTo(fetch, `PATCH ${base}`)).toHaveLength(1));
    expect(await bodyOf(fetch, `PATCH ${base}`)).toEqual({ ownerUserId: broker.id });

    const form = screen.getByTestId('next-action-form');
    await userEvent.type(within(form).getByLabelText('Next action'), 'Book møde');
    await userEvent.type(within(form).getByLabelText('Due date'), '2026-04-01');
    await userEvent.click(within(form).getByRole('button', { name: 'Save next action' }));
    await waitFor(() => expect(requestsTo(fetch, `PATCH ${base}`)).toHaveLength(2));
    expect(await requestsTo(fetch, `PATCH ${base}`)[1].json()).toEqual({
      nextAction: 'Book møde',
      nextActionDue: '2026-04-01',
    });
  });

  it('hands the case over to another cluster', async () => {
    const fetch = brokerApi(brokered(), {
      [`POST ${base}/handover`]: {
        status: 200,
        body: brokered({ ownerCluster: clean, clusters: [clean, energy] }),
      },
    });
    renderRoutes(routes, { route, language: 'en' });
    const form = await screen.findByTestId('handover-form');
    await waitFor(() =>
      expect(
        within(form)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['CLEAN']),
    );
    await userEvent.type(within(form).getByLabelText('Reason (optional)'), 'Vand, ikke energi');
    await userEvent.click(within(form).getByRole('button', { name: 'Hand over' }));
    expect(await screen.findByText('Handed over to CLEAN.')).toBeInTheDocument();
    // The former owner stays a co-broker; the new owner leaves the choices.
    expect(within(form).getByTestId('handover-cluster')).toHaveValue(energy.id);
    expect(await bodyOf(fetch, `POST ${base}/handover`)).toEqual({
      clusterId: clean.id,
      reason: 'Vand, ikke energi',
    });
  });

  it('adds a note and shows the notes and decline reasons only brokers get', async () => {
    const note = event({ kind: 'note', body: 'Ring efter påske', actor: { id: anna.id, name: anna.name } });
    const fetch = brokerApi(
      brokered({
        consents: [
          {
            party: 'company',
            status: 'declined',
            answeredAt: '2026-03-03T09:00:00.000Z',
            declineReason: 'Ingen tid',
          },
        ],
        timeline: [note],
      }),
      { [`POST ${base}/notes`]: { status: 201, body: note } },
    );
    renderRoutes(routes, { route, language: 'en' });
    const notes = await screen.findByTestId('case-notes');
    expect(within(notes).getByTestId('case-note')).toHaveTextContent('Ring efter påske');
    expect(screen.getByTestId('case-consent')).toHaveTextContent('Reason (brokers only): Ingen tid');
    await userEvent.type(within(notes).getByLabelText(/New note/), 'Mødet er booket');
    await userEvent.click(within(notes).getByRole('button', { name: 'Add note' }));
    expect(await within(notes).findByText('Note added.')).toBeInTheDocument();
    expect(await bodyOf(fetch, `POST ${base}/notes`)).toEqual({ body: 'Mødet er booket' });
  });

  it('records the outcome: collaboration type, applications and funding by source', async () => {
    const fetch = brokerApi(brokered({ stage: 'collaboration_agreed' }), {
      [`PATCH ${base}`]: { status: 200, body: brokered({ stage: 'collaboration_agreed' }) },
    });
    renderRoutes(routes, { route, language: 'en' });
    const form = await screen.findByTestId('outcome-form');
    await userEvent.selectOptions(within(form).getByLabelText('Type of collaboration'), 'Contract research');
    const applications = within(form).getByLabelText('Applications submitted');
    await userEvent.clear(applications);
    await userEvent.type(applications, '2');
    await userEvent.type(within(form).getByTestId('funding-eu'), '250000');
    expect(within(form).getByTestId('outcome-total')).toHaveTextContent('250,000');
    await userEvent.click(within(form).getByRole('button', { name: 'Save outcome' }));
    expect(await within(form).findByText('Outcome saved.')).toBeInTheDocument();
    expect(await bodyOf(fetch, `PATCH ${base}`)).toEqual({
      collaborationType: 'contract_research',
      applicationsSubmitted: 2,
      funding: [{ source: 'eu', amountDkk: 250000 }],
    });
  });

  it('describes the timeline: stage changes and handovers by name', async () => {
    brokerApi(
      brokered({
        timeline: [
          event({ kind: 'stage_changed', data: { from: 'suggested', to: 'introduced' } }),
          event({ kind: 'handed_over', data: { from: energy.id, to: clean.id, reason: null } }),
          event({ kind: 'consent_accepted', actor: null, data: { party: 'institution', via: 'link' } }),
        ],
      }),
    );
    renderRoutes(routes, { route, language: 'en' });
    await screen.findByTestId('case-timeline');
    expect(
      screen
        .getAllByTestId('timeline-event')
        .map((e) => e.querySelector('.mantine-Timeline-itemTitle')?.textContent),
    ).toEqual([
      'Syddansk Universitet accepted the introduction',
      'Anna Sørensen handed the case over from Energy Cluster Denmark to CLEAN',
      'Anna Sørensen moved the case from Suggested to Introduced',
    ]);
  });
});
