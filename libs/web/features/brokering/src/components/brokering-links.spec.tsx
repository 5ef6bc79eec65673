import { screen, waitFor } from '@testing-library/react';
import { myOrganizationsKey } from '@videnbro/web-core';
import { fakeApi } from '@videnbro/web-testing';
import { anna, brokerOrganizations } from '../testing/fixtures';
import { renderRoutes } from '../testing/render-brokering';
import { BrokeringLinks } from './brokering-links';

const routes = [{ path: '/cases', element: <BrokeringLinks /> }];

describe('BrokeringLinks', () => {
  it('leads brokers to the board and the inbox', async () => {
    fakeApi({ 'GET /api/v1/me/organizations': brokerOrganizations });
    renderRoutes(routes, { route: '/cases', language: 'en' });
    const nav = await screen.findByRole('navigation', { name: 'Broker workspace' });
    expect(nav).toContainElement(screen.getByRole('link', { name: 'Board' }));
    expect(screen.getByRole('link', { name: 'Board' })).toHaveAttribute('href', '/cases/board');
    expect(screen.getByRole('link', { name: 'Inbox' })).toHaveAttribute('href', '/cases/inbox');
  });

  it('shows parties nothing', async () => {
    fakeApi({ 'GET /api/v1/me/organizations': { status: 200, body: { items: [] } } });
    const { queryClient } = renderRoutes(routes, { route: '/cases', language: 'en', user: anna });
    await waitFor(() => expect(queryClient.getQueryState(myOrganizationsKey)?.status).toBe('success'));
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });
});
