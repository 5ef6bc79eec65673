import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, requestsTo } from '@videnbro/web-testing';
import {
  brokerOrganizations,
  card,
  detail,
  dtu,
  energy,
  food,
  inboxNeed,
  inboxPage,
  mejeri,
  sdu,
} from '../testing/fixtures';
import { renderRoutes } from '../testing/render-brokering';
import { CaseInboxPage } from './case-inbox-page';

const routes = [{ path: '/cases/inbox', element: <CaseInboxPage /> }];
const newCase = card('88888888-8888-4888-8888-888888888881', { origin: 'broker_match' });

const inboxQueries = (fetch: jest.Mock) =>
  requestsTo(fetch, 'GET /api/v1/cases/inbox').map((r) => Object.fromEntries(new URL(r.url).searchParams));

describe('CaseInboxPage', () => {
  it("lists the first cluster's needs without a case, with their best matches", async () => {
    const fetch = fakeApi({
      'GET /api/v1/me/organizations': brokerOrganizations,
      'GET /api/v1/cases/inbox': { status: 200, body: inboxPage([inboxNeed], 12) },
    });
    const { location } = renderRoutes(routes, { route: '/cases/inbox' });
    const need = await screen.findByRole('article', { name: 'Forudsig sygdom hos køer' });
    expect(within(need).getByRole('link', { name: 'Forudsig sygdom hos køer' })).toHaveAttribute(
      'href',
      `/needs/${inboxNeed.need.id}`,
    );
    expect(within(need).getByRole('link', { name: 'Mejeri Nord ApS' })).toHaveAttribute(
      'href',
      `/organizations/${mejeri.id}`,
    );
    expect(need).toHaveTextContent('Fortroligt – kun klynger');
    const matches = within(need).getAllByTestId('inbox-match');
    expect(matches).toHaveLength(2);
    expect(matches[0]).toHaveTextContent('SDU');
    expect(matches[0]).toHaveTextContent('Match 82 %');
    expect(matches[0]).toHaveTextContent('Kompetence: Maskinlæring på sensordata');
    expect(matches[0]).toHaveTextContent('Fælles emneord: sensorer');
    expect(screen.getByTestId('inbox-count')).toHaveTextContent('12 behov venter');
    // Energy Cluster Denmark comes first by name; 12 needs are two pages.
    expect(inboxQueries(fetch)[0]).toEqual({ cluster: energy.id, page: '1', limit: '10' });
    expect(screen.getByRole('button', { name: '2' })).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Klynge' }), food.id);
    await waitFor(() => expect(inboxQueries(fetch).at(-1)).toMatchObject({ cluster: food.id }));
    expect(location()).toBe(`/cases/inbox?cluster=${food.id}`);
  });

  it('proposes an introduction in two clicks: opens the case for the cluster, then asks both parties', async () => {
    let inbox = inboxPage([inboxNeed]);
    const fetch = fakeApi({
      'GET /api/v1/me/organizations': brokerOrganizations,
      'GET /api/v1/cases/inbox': () => ({ status: 200, body: inbox }),
      'POST /api/v1/cases': () => {
        inbox = inboxPage([]);
        return { status: 201, body: detail(newCase) };
      },
      [`PATCH /api/v1/cases/${newCase.id}`]: {
        status: 200,
        body: detail(newCase, { stage: 'introduced' }),
      },
    });
    renderRoutes(routes, { route: '/cases/inbox', language: 'en' });
    // Click 1.
    await userEvent.click(
      await screen.findByRole('button', { name: 'Propose introduction: SDU for “Forudsig sygdom hos køer”' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Propose an introduction' });
    expect(dialog).toHaveTextContent(
      'Energy Cluster Denmark proposes to introduce SDU to Mejeri Nord ApS for the need “Forudsig sygdom hos køer”.',
    );
    expect(dialog).toHaveTextContent('On the institution’s side: “Maskinlæring på sensordata”.');
    // Click 2.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Propose' }));

    const done = await screen.findByTestId('proposed');
    expect(done).toHaveTextContent('Introduction proposed: Mejeri Nord ApS and SDU are asked to accept.');
    expect(within(done).getByRole('link', { name: 'Open the case' })).toHaveAttribute(
      'href',
      `/cases/${newCase.id}`,
    );
    expect(await requestsTo(fetch, 'POST /api/v1/cases')[0].json()).toEqual({
      companyId: mejeri.id,
      institutionId: sdu.id,
      needId: inboxNeed.need.id,
      competenceId: inboxNeed.matches[0].competence?.id,
      clusterId: energy.id,
    });
    expect(await requestsTo(fetch, `PATCH /api/v1/cases/${newCase.id}`)[0].json()).toEqual({
      stage: 'introduced',
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // The need has a case now: the inbox reloads without it.
    expect(await screen.findByRole('heading', { name: 'The inbox is empty' })).toBeInTheDocument();
  });

  it('says so when the proposal joined a case opened a moment before, without proposing twice', async () => {
    const joined = card('88888888-8888-4888-8888-888888888882', { stage: 'introduced', institution: dtu });
    const fetch = fakeApi({
      'GET /api/v1/me/organizations': brokerOrganizations,
      'GET /api/v1/cases/inbox': { status: 200, body: inboxPage([inboxNeed]) },
      'POST /api/v1/cases': { status: 200, body: detail(joined) },
    });
    renderRoutes(routes, { route: '/cases/inbox', language: 'en' });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Propose introduction: DTU for “Forudsig sygdom hos køer”' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Propose' }));
    expect(await screen.findByTestId('proposed')).toHaveTextContent(
      'A case for this pair and need had just been opened; your proposal joined it.',
    );
    expect(await requestsTo(fetch, 'POST /api/v1/cases')[0].json()).not.toHaveProperty('competenceId');
    expect(requestsTo(fetch, `PATCH /api/v1/cases/${joined.id}`)).toHaveLength(0);
  });

  it('keeps the dialog open with the reason when the API refuses', async () => {
    fakeApi({
      'GET /api/v1/me/organizations': brokerOrganizations,
      'GET /api/v1/cases/inbox': { status: 200, body: inboxPage([inboxNeed]) },
      'POST /api/v1/cases': {
        status: 400,
        body: { statusCode: 400, error: 'Bad Request', message: 'The need is not open' },
      },
    });
    renderRoutes(routes, { route: '/cases/inbox', language: 'en' });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Propose introduction: SDU for “Forudsig sygdom hos køer”' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Propose' }));
    const dialog = screen.getByRole('dialog', { name: 'Propose an introduction' });
    expect(await within(dialog).findByTestId('error-alert')).toHaveTextContent('The need is not open');
    expect(screen.queryByTestId('proposed')).not.toBeInTheDocument();
  });

  it('shows an empty inbox as such', async () => {
    fakeApi({
      'GET /api/v1/me/organizations': brokerOrganizations,
      'GET /api/v1/cases/inbox': { status: 200, body: inboxPage([]) },
    });
    renderRoutes(routes, { route: `/cases/inbox?cluster=${food.id}`, language: 'en' });
    expect(await screen.findByRole('heading', { name: 'The inbox is empty' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Cluster' })).toHaveDisplayValue(food.name);
  });
});
