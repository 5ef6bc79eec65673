import { screen, within } from '@testing-library/react';
import { useMyOrganizations } from '@videnbro/web-core';
import { fakeApi, requestsTo } from '@videnbro/web-testing';
import { listItem, mejeri, mine, page } from '../testing/fixtures';
import { renderRoutes } from '../testing/render-cases';
import { MyCases } from './my-cases';

const OTHER = '0c0c0c0c-0c0c-4c0c-8c0c-0c0c0c0c0c02';
const routes = [{ path: '/', element: <MyCases /> }];

describe('MyCases, on the overview', () => {
  it('lists the introductions waiting for an answer and the recently changed cases', async () => {
    const waiting = listItem({ stage: 'introduced' });
    fakeApi({
      ...mine(mejeri),
      'GET /api/v1/cases': (request) =>
        new URL(request.url).searchParams.get('waitingForMe') === 'true'
          ? page([waiting])
          : page([waiting, listItem({ id: OTHER, stage: 'meeting_held' })]),
    });
    renderRoutes(routes, { language: 'en' });
    const section = await screen.findByTestId('my-cases-waiting');
    expect(section).toHaveTextContent('1 introduction waits for your answer');
    expect(within(section).getByRole('link')).toHaveAttribute('href', `/cases/${waiting.id}`);
    expect(await screen.findByText('Recently changed')).toBeInTheDocument();
    expect(screen.getAllByTestId('case-links')[1]).toHaveTextContent('Meeting held');
    expect(screen.getByRole('link', { name: 'All cases' })).toHaveAttribute('href', '/cases');
  });

  it('shows nothing, and asks for nothing, for a user without an organisation', async () => {
    const fetch = fakeApi({ ...mine() });
    function Loaded() {
      return useMyOrganizations().isSuccess ? <p data-testid="loaded" /> : null;
    }
    renderRoutes(
      [
        {
          path: '/',
          element: (
            <>
              <MyCases />
              <Loaded />
            </>
          ),
        },
      ],
      { language: 'en' },
    );
    expect(await screen.findByTestId('loaded')).toBeInTheDocument();
    expect(screen.queryByTestId('my-cases')).not.toBeInTheDocument();
    expect(requestsTo(fetch, 'GET /api/v1/cases')).toHaveLength(0);
  });
});
