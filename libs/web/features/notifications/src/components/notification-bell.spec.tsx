import { act, screen } from '@testing-library/react';
import { fakeApi, requestsTo } from '@videnbro/web-testing';
import { UNREAD_POLL_MS } from '../queries/notifications';
import { renderRoutes } from '../testing/render-notifications';
import { NotificationBell } from './notification-bell';

const COUNT = 'GET /api/v1/notifications/unread-count';
const routes = [{ path: '/', element: <NotificationBell /> }];

describe('NotificationBell', () => {
  it('links to the notification centre, named with the unread count (Danish)', async () => {
    fakeApi({ [COUNT]: { status: 200, body: { count: 3 } } });
    renderRoutes(routes);
    const bell = await screen.findByRole('link', { name: 'Notifikationer, 3 ulæste' });
    expect(bell).toHaveAttribute('href', '/notifications');
  });

  it('says when none is unread, and asks again about once a minute', async () => {
    jest.useFakeTimers();
    try {
      let count = 0;
      const api = fakeApi({ [COUNT]: () => ({ status: 200, body: { count } }) });
      renderRoutes(routes, { language: 'en' });
      expect(await screen.findByRole('link', { name: 'Notifications, none unread' })).toBeInTheDocument();
      count = 1;
      await act(() => jest.advanceTimersByTimeAsync(UNREAD_POLL_MS));
      expect(await screen.findByRole('link', { name: 'Notifications, 1 unread' })).toBeInTheDocument();
      expect(requestsTo(api, COUNT)).toHaveLength(2);
    } finally {
      jest.useRealTimers();
    }
  });
});
