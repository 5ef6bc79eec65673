import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from './test-app';
import { signUp } from './test-users';

let api: TestApi;

// SMTP to a port where nothing listens: every mail fails to send.
beforeAll(async () => {
  api = await startTestApi({ SMTP_URL: 'smtp://127.0.0.1:1' });
});
afterAll(() => api.close());

describe('an invitation whose mail cannot be sent', () => {
  it('is kept and says so (emailSent: false), so the admin can withdraw it and try again', async () => {
    const owner = await signUp(api, 'olga@fjord.dk');
    const created = await api.app.inject({
      method: 'POST',
      url: '/api/v1/organizations',
      headers: owner.headers,
      payload: { kind: 'other', name: 'Fjord' },
    });
    const response = await api.app.inject({
      method: 'POST',
      url: `/api/v1/organizations/${created.json().id}/invitations`,
      headers: owner.headers,
      payload: { email: 'nina@firma.dk', role: 'member' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ status: 'pending', emailSent: false });
    const rows = await api.app.get(DataSource).query(`select email from organization_invitations`);
    expect(rows).toEqual([{ email: 'nina@firma.dk' }]);
  });
});
