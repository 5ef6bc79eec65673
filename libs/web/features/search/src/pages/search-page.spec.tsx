import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, requestsTo } from '@videnbro/web-testing';
import { clusterId, result, robotCompetence, robotNeed, university } from '../testing/fixtures';
import { renderRoutes, type RenderOptions } from '../testing/render-search';
import { SearchPage } from './search-page';

const SEARCH = 'GET /api/v1/search';
const SME = 'SME (small or medium-sized company) (2)';
const routes = [{ path: '/search', element: <SearchPage /> }];

function renderSearch(options: RenderOptions = {}) {
  return renderRoutes(routes, { route: '/search', ...options });
}

/** The query parameters of each search request sent, in order. */
function sentQueries(mock: jest.Mock): Record<string, string>[] {
  return requestsTo(mock, SEARCH).map((request) => Object.fromEntries(new URL(request.url).searchParams));
}

describe('SearchPage', () => {
  it('shows the results of a shared link in Danish: highlights, links, facets with counts', async () => {
    const api = fakeApi({
      [SEARCH]: { status: 200, body: result([robotNeed, robotCompetence, university]) },
    });
    renderSearch({ route: '/search?q=robot&region=syddanmark' });

    const list = await screen.findByRole('list', { name: 'Søgeresultater' });
    expect(screen.getByRole('searchbox', { name: 'Søg efter' })).toHaveValue('robot');
    expect(screen.getByTestId('search-summary')).toHaveTextContent('3 resultater på 3 ms');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);

    const need = within(items[0]).getByRole('link', { name: 'Robot welding of small series' });
    expect(need).toHaveAttribute('href', `/needs/${robotNeed.id}`);
    expect(within(need).getByText('Robot').tagName).toBe('MARK');
    expect(within(items[0]).getByText('Behov')).toBeInTheDocument();
    expect(within(items[0]).getByText('Fra Smedje Syd ApS')).toBeInTheDocument();
    // Escaped user text in the snippet stays text.
    expect(within(items[0]).getByTestId('search-snippet')).toHaveTextContent(
      '…we weld 5 <b>variants</b> by hand & want a robot cell…',
    );
    expect(items[0].querySelector('b')).toBeNull();
    expect(within(items[1]).getByRole('link', { name: 'Collaborative robots' })).toHaveAttribute(
      'href',
      `/competencies/${robotCompetence.id}`,
    );
    expect(within(items[2]).getByRole('link', { name: 'Syddansk Universitet' })).toHaveAttribute(
      'href',
      `/organizations/${university.id}`,
    );

    const region = screen.getByRole('group', { name: 'Region' });
    expect(within(region).getByRole('checkbox', { name: 'Region Syddanmark (3)' })).toBeChecked();
    expect(
      screen.getByRole('checkbox', { name: 'SMV (lille eller mellemstor virksomhed) (2)' }),
    ).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Kontraktforskning (2)' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Odense Robotics (1)' })).not.toBeChecked();
    expect(sentQueries(api)).toEqual([{ q: 'robot', region: 'syddanmark', page: '1', limit: '20' }]);
  });

  it('searches as you type, once the typing pauses, and keeps the words in the URL', async () => {
    const api = fakeApi({
      [SEARCH]: (request) => {
        const q = new URL(request.url).searchParams.get('q');
        return { status: 200, body: result(q === 'robt' ? [university] : [robotNeed]) };
      },
    });
    const { location } = renderSearch({ language: 'en' });
    await screen.findByRole('list', { name: 'Search results' });

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search for' }), 'robt');
    await waitFor(() => expect(location()).toBe('/search?q=robt'));
    expect(await screen.findByRole('link', { name: 'Syddansk Universitet' })).toBeInTheDocument();
    // The first request lists everything; then one for the words typed, not one per keystroke.
    expect(sentQueries(api).map((query) => query.q)).toEqual([undefined, 'robt']);
  });

  it('cancels the request of a search that was overtaken', async () => {
    let slowSignal: AbortSignal | undefined;
    fakeApi({
      [SEARCH]: (request) => {
        if (new URL(request.url).searchParams.get('q') !== 'slow') {
          return { status: 200, body: result([robotNeed]) };
        }
        slowSignal = request.signal;
        return new Promise(() => undefined);
      },
    });
    const { router } = renderSearch({ route: '/search?q=slow', language: 'en' });
    await waitFor(() => expect(slowSignal).toBeDefined());
    await act(() => router.navigate('/search?q=fast'));
    expect(await screen.findByRole('link', { name: 'Robot welding of small series' })).toBeInTheDocument();
    expect(slowSignal?.aborted).toBe(true);
  });

  it('filters by type and facet through the URL, and the back button undoes each step', async () => {
    const api = fakeApi({ [SEARCH]: { status: 200, body: result([robotNeed]) } });
    const { location, router } = renderSearch({ route: '/search?q=robot&page=2', language: 'en' });
    await screen.findByRole('list', { name: 'Search results' });

    await userEvent.click(screen.getByRole('radio', { name: 'Needs' }));
    await waitFor(() => expect(location()).toBe('/search?q=robot&type=need'));
    await userEvent.click(await screen.findByRole('checkbox', { name: SME }));
    await waitFor(() => expect(location()).toBe('/search?q=robot&type=need&kind=sme'));
    await userEvent.click(screen.getByRole('radio', { name: 'Odense Robotics (1)' }));
    await waitFor(() => expect(location()).toBe(`/search?q=robot&type=need&kind=sme&cluster=${clusterId}`));
    await waitFor(() =>
      expect(sentQueries(api).at(-1)).toEqual({
        q: 'robot',
        types: 'need',
        kind: 'sme',
        cluster: clusterId,
        page: '1',
        limit: '20',
      }),
    );

    await act(() => router.navigate(-1));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: SME })).toBeChecked());
    await act(() => router.navigate(-1));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: SME })).not.toBeChecked());
    expect(screen.getByRole('radio', { name: 'Needs' })).toBeChecked();
    await act(() => router.navigate(-1));
    await waitFor(() => expect(location()).toBe('/search?q=robot&page=2'));
    expect(screen.getByRole('radio', { name: 'All' })).toBeChecked();
  });

  it('brings the box back in step when the back button changes the words', async () => {
    fakeApi({ [SEARCH]: { status: 200, body: result([robotNeed]) } });
    const { router, location } = renderSearch({ route: '/search?q=robot', language: 'en' });
    await screen.findByRole('list', { name: 'Search results' });
    await act(() => router.navigate('/search?q=cheese'));
    await waitFor(() => expect(screen.getByRole('searchbox')).toHaveValue('cheese'));
    await act(() => router.navigate(-1));
    await waitFor(() => expect(location()).toBe('/search?q=robot'));
    await waitFor(() => expect(screen.getByRole('searchbox')).toHaveValue('robot'));
  });

  it('pages through the results', async () => {
    const api = fakeApi({ [SEARCH]: { status: 200, body: result([robotNeed], { total: 45 }) } });
    const { location } = renderSearch({ route: '/search?q=robot', language: 'en' });
    await userEvent.click(await screen.findByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(location()).toBe('/search?q=robot&page=2'));
    await waitFor(() => expect(sentQueries(api).at(-1)?.page).toBe('2'));
    expect(screen.getByRole('button', { name: '3' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '4' })).not.toBeInTheDocument();
  });

  it('says when nothing is found, and offers to clear the filters (Danish)', async () => {
    fakeApi({ [SEARCH]: { status: 200, body: result([], { total: 0 }) } });
    const { location } = renderSearch({ route: '/search?q=zzz&type=competence' });
    expect(await screen.findByTestId('search-empty')).toHaveTextContent(
      'Ingen resultater for “zzz”. Tjek stavningen',
    );
    await userEvent.click(
      within(screen.getByTestId('search-empty')).getByRole('button', { name: 'Ryd filtrene' }),
    );
    await waitFor(() => expect(location()).toBe('/search?q=zzz'));
  });

  it('shows a failed search with a way to try again', async () => {
    let fail = true;
    fakeApi({
      [SEARCH]: () =>
        fail
          ? { status: 503, body: { statusCode: 503, error: 'Service Unavailable', message: 'meili down' } }
          : { status: 200, body: result([robotNeed]) },
    });
    renderSearch({ language: 'en' });
    const alert = await screen.findByTestId('error-alert');
    expect(alert).toHaveTextContent('The search failed');
    expect(alert).toHaveTextContent('Something went wrong. Please try again.');
    expect(alert).not.toHaveTextContent('meili down');
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Robot welding of small series' })).toBeInTheDocument();
  });

  it('saves the search shown under a name the user chooses (Danish)', async () => {
    const api = fakeApi({
      [SEARCH]: { status: 200, body: result([robotNeed]) },
      'POST /api/v1/saved-searches': {
        status: 201,
        body: {
          id: 'f1e2d3c4-0000-4000-8000-000000000001',
          name: 'Robotter i Syddanmark',
          query: { q: 'robot', types: ['need'], region: ['syddanmark'] },
          createdAt: '2026-11-27T10:00:00.000Z',
        },
      },
    });
    renderSearch({ route: '/search?q=robot&type=need&region=syddanmark' });
    await userEvent.click(await screen.findByRole('button', { name: 'Gem denne søgning' }));
    const dialog = await screen.findByRole('dialog', { name: 'Gem denne søgning' });
    const name = within(dialog).getByRole('textbox', { name: 'Navn' });
    expect(name).toHaveValue('robot');
    await userEvent.clear(name);
    await userEvent.type(name, 'Robotter i Syddanmark');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Gem' }));
    expect(await screen.findByTestId('save-search-status')).toHaveTextContent(
      'Gemt som “Robotter i Syddanmark”. Du får besked om nye fund.',
    );
    const [sent] = requestsTo(api, 'POST /api/v1/saved-searches');
    expect(await sent.json()).toEqual({
      name: 'Robotter i Syddanmark',
      query: { q: 'robot', types: 'need', region: 'syddanmark' },
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('says so when the user has saved the most searches there can be', async () => {
    fakeApi({
      [SEARCH]: { status: 200, body: result([robotNeed]) },
      'POST /api/v1/saved-searches': {
        status: 409,
        body: { statusCode: 409, error: 'Conflict', message: 'You have 50 saved searches' },
      },
    });
    renderSearch({ route: '/search?q=robot', language: 'en' });
    await userEvent.click(await screen.findByRole('button', { name: 'Save this search' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save this search' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByTestId('error-alert')).toHaveTextContent(
      'You have saved as many searches as you can (50).',
    );
  });

  it('offers no saving to a visitor who is not signed in', async () => {
    fakeApi({ [SEARCH]: { status: 200, body: result([robotNeed]) } });
    renderSearch({ route: '/search?q=robot', user: null, language: 'en' });
    await screen.findByRole('link', { name: 'Robot welding of small series' });
    expect(screen.queryByRole('button', { name: 'Save this search' })).not.toBeInTheDocument();
  });
});
