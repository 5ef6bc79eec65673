import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, requestsTo } from '@videnbro/web-testing';
import { everything, robots } from '../testing/fixtures';
import { renderRoutes } from '../testing/render-notifications';
import { SavedSearchesPage } from './saved-searches-page';

const LIST = 'GET /api/v1/saved-searches';
// The search feature's address, as the app passes it in.
const searchHref = (query: { q?: string }) => (query.q ? `/search?q=${query.q}` : '/search');
const routes = [{ path: '/saved-searches', element: <SavedSearchesPage searchHref={searchHref} /> }];

describe('SavedSearchesPage', () => {
  it('lists the saved searches with their words and filters, each opening its search (Danish)', async () => {
    fakeApi({ [LIST]: { status: 200, body: [robots, everything] } });
    renderRoutes(routes, { route: '/saved-searches' });
    const items = await screen.findAllByTestId('saved-search');
    expect(items).toHaveLength(2);
    expect(
      within(items[0]).getByRole('link', { name: 'Åbn søgningen “Robotter i Syddanmark”' }),
    ).toHaveAttribute('href', '/search?q=robot');
    expect(within(items[0]).getByTestId('saved-search-summary')).toHaveTextContent(
      '“robot” · Behov · Region Syddanmark · Kontraktforskning · welding',
    );
    expect(items[0]).toHaveTextContent('Gemt 2. nov. 2026');
    expect(within(items[1]).getByTestId('saved-search-summary')).toHaveTextContent('Alt');
  });

  it('renames a saved search', async () => {
    const api = fakeApi({
      [LIST]: { status: 200, body: [robots] },
      [`PATCH /api/v1/saved-searches/${robots.id}`]: {
        status: 200,
        body: { ...robots, name: 'Svejserobotter' },
      },
    });
    renderRoutes(routes, { route: '/saved-searches', language: 'en' });
    await userEvent.click(await screen.findByRole('button', { name: 'Rename “Robotter i Syddanmark”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rename the saved search' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await userEvent.clear(name);
    await userEvent.type(name, '  Svejserobotter ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByTestId('saved-searches-status')).toHaveTextContent(
      'Renamed to “Svejserobotter”.',
    );
    const [sent] = requestsTo(api, `PATCH /api/v1/saved-searches/${robots.id}`);
    expect(await sent.json()).toEqual({ name: 'Svejserobotter' });
    // The list is read again after the change.
    await waitFor(() => expect(requestsTo(api, LIST)).toHaveLength(2));
  });

  it('deletes a saved search after asking', async () => {
    let deleted = false;
    const api = fakeApi({
      [LIST]: () => ({ status: 200, body: deleted ? [] : [robots] }),
      [`DELETE /api/v1/saved-searches/${robots.id}`]: () => {
        deleted = true;
        return { status: 204 };
      },
    });
    renderRoutes(routes, { route: '/saved-searches', language: 'en' });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete “Robotter i Syddanmark”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the saved search' });
    expect(dialog).toHaveTextContent('You will no longer be told of new matches for it.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByTestId('saved-searches-status')).toHaveTextContent(
      '“Robotter i Syddanmark” deleted.',
    );
    expect(await screen.findByTestId('saved-searches-empty')).toHaveTextContent('No saved searches');
    expect(screen.getByRole('link', { name: 'Go to search' })).toHaveAttribute('href', '/search');
    expect(requestsTo(api, `DELETE /api/v1/saved-searches/${robots.id}`)).toHaveLength(1);
  });

  it('shows a failed rename in the dialog', async () => {
    fakeApi({
      [LIST]: { status: 200, body: [robots] },
      [`PATCH /api/v1/saved-searches/${robots.id}`]: {
        status: 404,
        body: { statusCode: 404, error: 'Not Found', message: 'Saved search not found' },
      },
    });
    renderRoutes(routes, { route: '/saved-searches', language: 'en' });
    await userEvent.click(await screen.findByRole('button', { name: 'Rename “Robotter i Syddanmark”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rename the saved search' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByTestId('error-alert')).toHaveTextContent('Saved search not found');
  });
});
