import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, requestsTo } from '@videnbro/web-testing';
import {
  accepted,
  anna,
  bo,
  brokerOrganizations,
  casesByStage,
  detail,
  energy,
  pending,
  suggested,
} from '../testing/fixtures';
import { renderRoutes } from '../testing/render-brokering';
import { CaseBoardPage } from './case-board-page';

const routes = [{ path: '/cases/board', element: <CaseBoardPage /> }];
const cards = [suggested, pending, accepted];

const column = (stage: string) =>
  screen.getAllByTestId('board-column').find((c) => c.dataset.stage === stage) as HTMLElement;
const cardsIn = (stage: string) =>
  within(column(stage))
    .queryAllByTestId('case-card')
    .map((c) => c.dataset.caseId);
const countOf = (stage: string) => within(column(stage)).getByTestId('column-count').textContent;

const queries = (fetch: jest.Mock) =>
  requestsTo(fetch, 'GET /api/v1/cases').map((r) => Object.fromEntries(new URL(r.url).searchParams));

/** A reply the spec releases when it chooses, to look at the board while the API is still busy. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('CaseBoardPage', () => {
  it('shows a column per stage with its count and cards: parties, need, owner, next action, overdue', async () => {
    const fetch = fakeApi({
      'GET /api/v1/me/organizations': brokerOrganizations,
      'GET /api/v1/cases': casesByStage(cards),
    });
    renderRoutes(routes, { route: '/cases/board' });
    await waitFor(() => expect(countOf('introduced')).toBe('2'));
    expect(
      screen.getAllByTestId('board-column').map((c) => within(c).getByRole('heading').textContent),
    ).toEqual([
      'Foreslået',
      'Introduceret',
      'Møde holdt',
      'Samarbejde aftalt',
      'Finansieret',
      'Afvist',
      'Gået i stå',
    ]);
    expect(countOf('suggested')).toBe('1');
    expect(countOf('funded')).toBe('0');
    expect(within(column('funded')).getByText('Ingen sager')).toBeInTheDocument();
    const first = screen.getByRole('article', { name: 'Mejeri Nord ApS ↔ SDU' });
    expect(within(first).getByRole('link', { name: 'Mejeri Nord ApS ↔ SDU' })).toHaveAttribute(
      'href',
      `/cases/${suggested.id}`,
    );
    expect(first).toHaveTextContent('Behov: Sensorer i mejeriet');
    expect(first).toHaveTextContent('Ansvarlig: Bo Broker');
    expect(within(first).getByTestId('next-action')).toHaveTextContent(
      'Næste skridt: Ring til Mejeri Nord (senest 20. nov. 2026)',
    );
    expect(within(first).getByTestId('overdue')).toHaveTextContent('Overskredet');
    expect(screen.getByRole('article', { name: 'Vind ApS ↔ DTU' })).toHaveTextContent('Ikke tildelt endnu');
    // One request per stage, each the stage's first 50.
    expect(
      queries(fetch)
        .map((q) => q.stage)
        .sort(),
    ).toEqual([
      'collaboration_agreed',
      'declined',
      'funded',
      'introduced',
      'meeting_held',
      'stalled',
      'suggested',
    ]);
    expect(queries(fetch)[0]).toMatchObject({ limit: '50' });
  });

  it('sends the filters to the API and keeps them in the address', async () => {
    const fetch = fakeApi({
      'GET /api/v1/me/organizations': brokerOrganizations,
      'GET /api/v1/cases': casesByStage(cards),
      [`GET /api/v1/organizations/${energy.id}/members`]: {
        status: 200,
        body: { items: [{ userId: bo.id, name: bo.name }] },
      },
    });
    const { location } = renderRoutes(routes, { route: '/cases/board?age=30&overdue=true', language: 'en' });
    await waitFor(() => expect(countOf('suggested')).toBe('1'));
    expect(screen.getByRole('combobox', { name: 'Age' })).toHaveDisplayValue('Older than 30 days');
    expect(screen.getByRole('checkbox', { name: 'Only overdue next actions' })).toBeChecked();
    expect(queries(fetch)[0]).toMatchObject({ olderThanDays: '30', overdue: 'true' });

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Cluster' }),
      'Energy Cluster Denmark',
    );
    await screen.findByRole('option', { name: 'Bo Broker' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'Bo Broker');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Stage' }), 'Introduced');
    await waitFor(() => expect(screen.getAllByTestId('board-column')).toHaveLength(1));
    expect(column('introduced')).toBeInTheDocument();
    expect(queries(fetch).at(-1)).toEqual({
      stage: 'introduced',
      cluster: energy.id,
      owner: bo.id,
      olderThanDays: '30',
      overdue: 'true',
      limit: '50',
    });
    expect(location()).toBe(
      `/cases/board?cluster=${energy.id}&owner=${bo.id}&stage=introduced&age=30&overdue=true`,
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'Only overdue next actions' }));
    expect(location()).not.toContain('overdue');
  });

  it('moves a card by its menu, offering only the allowed stages, and shows the move before the API answers', async () => {
    const reply = deferred<{ status: number; body: unknown }>();
    const fetch = fakeApi({
      'GET /api/v1/me/organizations': brokerOrganizations,
      'GET /api/v1/cases': casesByStage(cards),
      [`PATCH /api/v1/cases/${suggested.id}`]: () => reply.promise,
    });
    renderRoutes(routes, { route: '/cases/board', language: 'en' });
    await waitFor(() => expect(countOf('suggested')).toBe('1'));

    // Waiting for consent: no meeting yet.
    await userEvent.click(screen.getByRole('button', { name: 'Move to…: Vind ApS ↔ DTU' }));
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Declined', 'Stalled']);
    await userEvent.keyboard('{Escape}');

    await userEvent.click(screen.getByRole('button', { name: 'Move to…: Mejeri Nord ApS ↔ SDU' }));
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      'Introduced',
      'Declined',
      'Stalled',
    ]);
    await userEvent.click(screen.getByRole('menuitem', { name: 'Introduced' }));
    // At once, before the API has answered.
    expect(cardsIn('suggested')).toEqual([]);
    expect(cardsIn('introduced')).toEqual([suggested.id, pending.id, accepted.id]);
    expect(countOf('suggested')).toBe('0');
    expect(countOf('introduced')).toBe('3');
    expect(await requestsTo(fetch, `PATCH /api/v1/cases/${suggested.id}`)[0].json()).toEqual({
      stage: 'introduced',
    });

    reply.resolve({ status: 200, body: detail(suggested, { stage: 'introduced' }) });
    expect(await screen.findByText('Moved Mejeri Nord ApS ↔ SDU to Introduced.')).toBeInTheDocument();
  });

  it('puts the card back and says why when the API refuses the move', async () => {
    // After the first load the board's lists never answer again: only the rollback can put the card back.
    let loads = 0;
    fakeApi({
      'GET /api/v1/me/organizations': brokerOrganizations,
      'GET /api/v1/cases': (request) =>
        ++loads <= 7 ? casesByStage(cards)(request) : new Promise<never>(() => undefined),
      [`PATCH /api/v1/cases/${accepted.id}`]: {
        status: 409,
        body: { statusCode: 409, error: 'Conflict', message: 'The other side just declined' },
      },
    });
    renderRoutes(routes, { route: '/cases/board', language: 'en' });
    await waitFor(() => expect(countOf('introduced')).toBe('2'));
    await userEvent.click(screen.getByRole('button', { name: 'Move to…: Vind ApS ↔ SDU' }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Meeting held' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The case was not moved: The other side just declined',
    );
    await waitFor(() => expect(cardsIn('introduced')).toEqual([pending.id, accepted.id]));
    expect(cardsIn('meeting_held')).toEqual([]);
    expect(countOf('meeting_held')).toBe('0');
  });

  it('tells programme staff the board is not theirs', async () => {
    fakeApi({
      'GET /api/v1/clusters': { status: 200, body: { items: [] } },
      'GET /api/v1/cases': {
        status: 403,
        body: { statusCode: 403, error: 'Forbidden', message: 'Programme staff see case figures only' },
      },
    });
    renderRoutes(routes, {
      route: '/cases/board',
      language: 'en',
      user: { ...anna, roles: ['programme'] },
    });
    expect(
      (await screen.findAllByText('Only the cluster’s brokers and platform admins may do this.')).length,
    ).toBe(7);
  });
});
