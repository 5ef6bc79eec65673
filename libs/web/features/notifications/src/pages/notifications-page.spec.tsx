import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, requestsTo } from '@videnbro/web-testing';
import { caseId, consentAnswered, needId, page, savedSearchMatch, stageChanged } from '../testing/fixtures';
import { renderRoutes } from '../testing/render-notifications';
import { NotificationsPage } from './notifications-page';

const LIST = 'GET /api/v1/notifications';
const COUNT = 'GET /api/v1/notifications/unread-count';
const routes = [
  { path: '/notifications', element: <NotificationsPage /> },
  { path: '/cases/:id', element: <p>The case</p> },
  { path: '/needs/:id', element: <p>The need</p> },
];

const lastQuery = (api: jest.Mock) =>
  Object.fromEntries(new URL(requestsTo(api, LIST).at(-1)!.url).searchParams);

describe('NotificationsPage', () => {
  it('lists the notifications newest first, the unread ones marked, each linking to its thing (Danish)', async () => {
    const api = fakeApi({
      [LIST]: { status: 200, body: page([stageChanged, savedSearchMatch, consentAnswered]) },
      [COUNT]: { status: 200, body: { count: 2 } },
    });
    renderRoutes(routes, { route: '/notifications' });
    const list = await screen.findByRole('list', { name: 'Notifikationer, nyeste først' });
    const items = within(list).getAllByTestId('notification');
    expect(items.map((item) => item.dataset.unread)).toEqual(['true', 'true', 'false']);
    expect(
      within(items[0]).getByRole('link', {
        name: 'Sagen om Smedje Syd ApS og Syddansk Universitet er flyttet fra “Introduceret” til “Møde holdt”',
      }),
    ).toHaveAttribute('href', `/cases/${caseId}`);
    expect(within(items[0]).getByText('Ulæst')).toBeInTheDocument();
    expect(
      within(items[1]).getByRole('link', {
        name: 'Nyt behov til din gemte søgning “Robotter”: Robot welding of small series (Smedje Syd ApS)',
      }),
    ).toHaveAttribute('href', `/needs/${needId}`);
    expect(
      within(items[2]).getByRole('link', {
        name: 'Syddansk Universitet har sagt ja til introduktionen af Smedje Syd ApS og Syddansk Universitet',
      }),
    ).toBeInTheDocument();
    expect(within(items[2]).queryByRole('button', { name: /Markér som læst/ })).not.toBeInTheDocument();
    expect(lastQuery(api)).toEqual({ page: '1', limit: '20' });
    expect(screen.getByRole('link', { name: 'Indstillinger for notifikationer' })).toHaveAttribute(
      'href',
      '/settings/notifications',
    );
    expect(screen.getByRole('link', { name: 'Gemte søgninger' })).toHaveAttribute('href', '/saved-searches');
  });

  it('marks one read, and all read', async () => {
    let unread = 2;
    const api = fakeApi({
      [LIST]: { status: 200, body: page([stageChanged, savedSearchMatch]) },
      [COUNT]: () => ({ status: 200, body: { count: unread } }),
      [`POST /api/v1/notifications/${stageChanged.id}/read`]: () => {
        unread = 1;
        return { status: 200, body: { ...stageChanged, readAt: '2026-11-27T10:00:00.000Z' } };
      },
      'POST /api/v1/notifications/read-all': () => {
        unread = 0;
        return { status: 200, body: { count: 1 } };
      },
    });
    renderRoutes(routes, { route: '/notifications', language: 'en' });
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Mark as read: The case of Smedje Syd ApS and Syddansk Universitet moved from “Introduced” to “Meeting held”',
      }),
    );
    await waitFor(() => expect(requestsTo(api, COUNT).length).toBeGreaterThan(1));
    await userEvent.click(screen.getByRole('button', { name: 'Mark all as read' }));
    expect(await screen.findByTestId('notifications-status')).toHaveTextContent(
      '1 notification marked as read.',
    );
    await waitFor(() => expect(screen.getByRole('button', { name: 'Mark all as read' })).toBeDisabled());
    expect(requestsTo(api, 'POST /api/v1/notifications/read-all')).toHaveLength(1);
  });

  it('marks an unread one read when its link is followed', async () => {
    const api = fakeApi({
      [LIST]: { status: 200, body: page([savedSearchMatch]) },
      [COUNT]: { status: 200, body: { count: 1 } },
      [`POST /api/v1/notifications/${savedSearchMatch.id}/read`]: {
        status: 200,
        body: { ...savedSearchMatch, readAt: '2026-11-27T10:00:00.000Z' },
      },
    });
    const { location } = renderRoutes(routes, { route: '/notifications', language: 'en' });
    await userEvent.click(
      await screen.findByRole('link', { name: /New need for your saved search “Robotter”/ }),
    );
    expect(await screen.findByText('The need')).toBeInTheDocument();
    expect(location()).toBe(`/needs/${needId}`);
    expect(requestsTo(api, `POST /api/v1/notifications/${savedSearchMatch.id}/read`)).toHaveLength(1);
  });

  it('shows only the unread ones when asked, in the address too', async () => {
    const api = fakeApi({
      [LIST]: (request) =>
        new URL(request.url).searchParams.get('unread') === 'true'
          ? { status: 200, body: page([]) }
          : { status: 200, body: page([consentAnswered]) },
      [COUNT]: { status: 200, body: { count: 0 } },
    });
    const { location } = renderRoutes(routes, { route: '/notifications', language: 'en' });
    await screen.findByRole('list', { name: 'Notifications, newest first' });
    await userEvent.click(screen.getByRole('radio', { name: 'Unread' }));
    expect(await screen.findByTestId('notifications-empty')).toHaveTextContent('You have read them all.');
    expect(location()).toBe('/notifications?unread=true');
    expect(lastQuery(api)).toEqual({ page: '1', limit: '20', unread: 'true' });
  });
});
