import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, requestsTo } from '@videnbro/web-testing';
import { preferences } from '../testing/fixtures';
import { renderRoutes } from '../testing/render-notifications';
import { NotificationSettingsPage } from './notification-settings-page';

const routes = [{ path: '/settings/notifications', element: <NotificationSettingsPage /> }];
const PREFERENCES = 'GET /api/v1/notification-preferences';
const UPDATE = 'PUT /api/v1/notification-preferences';

describe('NotificationSettingsPage', () => {
  it('shows every kind with its delivery, the defaults marked (Danish)', async () => {
    fakeApi({ [PREFERENCES]: { status: 200, body: preferences } });
    renderRoutes(routes, { route: '/settings/notifications' });
    const match = await screen.findByRole('radiogroup', { name: /Nyt fund til en gemt søgning/ });
    expect(within(match).getByRole('radio', { name: 'Daglig opsamling' })).toBeChecked();
    expect(screen.getByTestId('preference-saved_search_match')).toHaveTextContent('Standard');
    const message = screen.getByRole('radiogroup', { name: /Ny besked/ });
    expect(within(message).getByRole('radio', { name: 'Fra' })).toBeChecked();
    expect(screen.getByTestId('preference-message')).not.toHaveTextContent('Standard');
    expect(screen.getAllByRole('radiogroup')).toHaveLength(6);
    expect(
      within(message)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['in_app', 'email', 'digest', 'off']);
  });

  it('saves a choice as it is made, and says so', async () => {
    const api = fakeApi({
      [PREFERENCES]: { status: 200, body: preferences },
      [UPDATE]: {
        status: 200,
        body: preferences.map((p) =>
          p.kind === 'stage_changed' ? { ...p, delivery: 'email', isDefault: false } : p,
        ),
      },
    });
    renderRoutes(routes, { route: '/settings/notifications', language: 'en' });
    const stage = await screen.findByRole('radiogroup', { name: /Case stage changed/ });
    await userEvent.click(within(stage).getByRole('radio', { name: 'Email immediately' }));
    expect(await screen.findByTestId('settings-status')).toHaveTextContent(
      'Saved: Case stage changed, Email immediately.',
    );
    const [sent] = requestsTo(api, UPDATE);
    expect(await sent.json()).toEqual({ stage_changed: 'email' });
    expect(within(stage).getByRole('radio', { name: 'Email immediately' })).toBeChecked();
    expect(screen.getByTestId('preference-stage_changed')).not.toHaveTextContent('The default');
  });

  it('shows a refused change', async () => {
    fakeApi({
      [PREFERENCES]: { status: 200, body: preferences },
      [UPDATE]: {
        status: 400,
        body: { statusCode: 400, error: 'Bad Request', message: 'Validation failed' },
      },
    });
    renderRoutes(routes, { route: '/settings/notifications', language: 'en' });
    const stage = await screen.findByRole('radiogroup', { name: /Case stage changed/ });
    await userEvent.click(within(stage).getByRole('radio', { name: 'Off' }));
    expect(await screen.findByTestId('error-alert')).toHaveTextContent('Validation failed');
  });
});
