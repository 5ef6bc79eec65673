import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, requestsTo } from '@videnbro/web-testing';
import { company, need, needAsColleague, page, university } from '../testing/fixtures';
import { renderRoutes, type RenderOptions } from '../testing/render-postings';
import { MyPostingsPage } from './my-postings-page';

const routes = [
  { path: '/needs/mine', element: <MyPostingsPage type="need" /> },
  { path: '/competencies/mine', element: <MyPostingsPage type="competence" /> },
  { path: '/needs/new', element: <p>New need page</p> },
];

function renderMine(options: RenderOptions = {}) {
  return renderRoutes(routes, { route: '/needs/mine', ...options });
}

describe('MyPostingsPage', () => {
  it("lists the organisations' needs in Danish, with the status changes a draft allows", async () => {
    fakeApi({
      'GET /api/v1/me/needs': { status: 200, body: page([need]) },
      'GET /api/v1/me/organizations': { status: 200, body: { items: [company] } },
    });
    renderMine();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Mine behov');
    const row = await screen.findByTestId('posting-row');
    expect(within(row).getByRole('link', { name: need.title })).toHaveAttribute('href', `/needs/${need.id}`);
    expect(within(row).getByText('Kladde')).toBeInTheDocument();
    expect(within(row).getByText('Fortroligt – kun klynger')).toBeInTheDocument();
    const actions = within(row).getByRole('group', { name: `Skift status for “${need.title}”` });
    // draft → open or closed, nothing else.
    expect(
      within(actions)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Offentliggør', 'Luk']);
    expect(within(row).getByRole('link', { name: `Redigér “${need.title}”` })).toHaveAttribute(
      'href',
      `/needs/${need.id}/edit`,
    );
    expect(screen.getByRole('link', { name: 'Opret et behov' })).toHaveAttribute('href', '/needs/new');
  });

  it("offers no status, edit or delete actions on a colleague's need, and says who changes it", async () => {
    fakeApi({
      'GET /api/v1/me/needs': { status: 200, body: page([needAsColleague]) },
      'GET /api/v1/me/organizations': { status: 200, body: { items: [company] } },
    });
    renderMine({ language: 'en' });
    const row = await screen.findByTestId('posting-row');
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
    expect(within(row).queryByRole('link', { name: /Edit/ })).not.toBeInTheDocument();
    expect(
      within(row).getByText('Its author or an admin of the organisation changes it'),
    ).toBeInTheDocument();
  });

  it('publishes a draft and announces it', async () => {
    const fetch = fakeApi({
      'GET /api/v1/me/needs': { status: 200, body: page([need]) },
      'GET /api/v1/me/organizations': { status: 200, body: { items: [company] } },
      [`POST /api/v1/needs/${need.id}/status`]: { status: 200, body: { ...need, status: 'open' } },
    });
    renderMine({ language: 'en' });
    await userEvent.click(await screen.findByRole('button', { name: 'Publish' }));
    expect(await screen.findByText(`“${need.title}” is now: Open.`)).toBeInTheDocument();
    const [request] = requestsTo(fetch, `POST /api/v1/needs/${need.id}/status`);
    expect(await request.json()).toEqual({ status: 'open' });
  });

  it('says so when the API refuses a status change', async () => {
    fakeApi({
      'GET /api/v1/me/needs': { status: 200, body: page([need]) },
      'GET /api/v1/me/organizations': { status: 200, body: { items: [company] } },
      [`POST /api/v1/needs/${need.id}/status`]: {
        status: 409,
        body: { statusCode: 409, error: 'Conflict', message: 'draft → open is not allowed' },
      },
    });
    renderMine({ language: 'en' });
    await userEvent.click(await screen.findByRole('button', { name: 'Publish' }));
    expect(
      await screen.findByText(/That change is not possible from the current status/),
    ).toBeInTheDocument();
  });

  it('deletes a need only after confirming', async () => {
    let deleted = false;
    const fetch = fakeApi({
      'GET /api/v1/me/needs': () => ({ status: 200, body: page(deleted ? [] : [need]) }),
      'GET /api/v1/me/organizations': { status: 200, body: { items: [company] } },
      [`DELETE /api/v1/needs/${need.id}`]: () => {
        deleted = true;
        return { status: 204 };
      },
    });
    renderMine({ language: 'en' });
    await userEvent.click(await screen.findByRole('button', { name: `Delete “${need.title}”` }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the need?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(requestsTo(fetch, `DELETE /api/v1/needs/${need.id}`)).toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: `Delete “${need.title}”` }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('No needs yet')).toBeInTheDocument();
    expect(requestsTo(fetch, `DELETE /api/v1/needs/${need.id}`)).toHaveLength(1);
  });

  it('pages through more than 20, and goes back a page when the last one on it is deleted', async () => {
    const onPage = (request: Request) => Number(new URL(request.url).searchParams.get('page'));
    let total = 21;
    const fetch = fakeApi({
      'GET /api/v1/me/needs': (request) => {
        const number = onPage(request);
        const items =
          number === 1 ? [need] : total > 20 ? [{ ...need, id: 'last', title: 'The last need' }] : [];
        return { status: 200, body: { items, total, page: number, limit: 20 } };
      },
      'GET /api/v1/me/organizations': { status: 200, body: { items: [company] } },
      'DELETE /api/v1/needs/last': () => {
        total = 20;
        return { status: 204 };
      },
    });
    renderMine({ language: 'en' });
    await userEvent.click(await screen.findByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('link', { name: 'The last need' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Delete “The last need”' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('link', { name: need.title })).toBeInTheDocument();
    expect(requestsTo(fetch, 'GET /api/v1/me/needs').map(onPage)).toContain(2);
  });

  it('offers a knowledge institution member no way to post a need, and says why', async () => {
    fakeApi({
      'GET /api/v1/me/needs': { status: 200, body: page([]) },
      'GET /api/v1/me/organizations': { status: 200, body: { items: [university] } },
    });
    renderMine({ language: 'en' });
    expect(await screen.findByTestId('no-publisher')).toHaveTextContent('Needs are posted by companies.');
    expect(await screen.findByText('No needs yet')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Post a need' })).not.toBeInTheDocument();
  });

  it('lists competencies for an institution member, in English', async () => {
    fakeApi({
      'GET /api/v1/me/competencies': { status: 200, body: page([]) },
      'GET /api/v1/me/organizations': { status: 200, body: { items: [university] } },
    });
    renderMine({ route: '/competencies/mine', language: 'en' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('My competencies');
    expect(await screen.findByText('No competencies yet')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Publish a competence' })).toHaveAttribute(
      'href',
      '/competencies/new',
    );
  });
});
