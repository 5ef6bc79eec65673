import { screen } from '@testing-library/react';
import { anna, fakeApi, requestsTo } from '@videnbro/web-testing';
import { membership, mine } from '../testing/fixtures';
import { renderRoutes, type RenderOptions } from '../testing/render-organizations';
import { OnboardingGate } from './onboarding-gate';

const routes = [
  {
    path: '/',
    element: (
      <OnboardingGate>
        <p data-testid="overview">Overview</p>
      </OnboardingGate>
    ),
  },
  { path: '/onboarding', element: <p data-testid="onboarding">Onboarding</p> },
];

function renderGate(options: RenderOptions = {}) {
  return renderRoutes(routes, { route: '/', ...options });
}

describe('OnboardingGate', () => {
  it('sends a user without an organisation to onboarding', async () => {
    fakeApi(mine());
    const { location } = renderGate();
    expect(await screen.findByTestId('onboarding')).toBeInTheDocument();
    expect(location()).toBe('/onboarding');
  });

  it('shows the overview to a member of an organisation', async () => {
    fakeApi(mine(membership('member')));
    renderGate();
    expect(await screen.findByTestId('overview')).toBeInTheDocument();
  });

  it('shows the overview to programme staff and admins without asking for their organisations', async () => {
    const fetch = fakeApi(mine());
    renderGate({ user: { ...anna, roles: ['programme'] } });
    expect(await screen.findByTestId('overview')).toBeInTheDocument();
    expect(requestsTo(fetch, 'GET /api/v1/me/organizations')).toHaveLength(0);
  });

  it('shows the overview when the organisations cannot be read', async () => {
    fakeApi({
      'GET /api/v1/me/organizations': {
        status: 503,
        body: { statusCode: 503, error: 'Service Unavailable', message: 'Database down' },
      },
    });
    renderGate();
    expect(await screen.findByTestId('overview')).toBeInTheDocument();
  });
});
