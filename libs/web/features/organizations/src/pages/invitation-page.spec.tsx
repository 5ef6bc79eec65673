import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { anna, fakeApi, requestsTo } from '@videnbro/web-testing';
import { membership, organization, ORG_ID } from '../testing/fixtures';
import { renderRoutes, type RenderOptions } from '../testing/render-organizations';
import { InvitationPage } from './invitation-page';

const TOKEN = 'AbCdEfGhIjKlMnOpQrStUvWxYz012345';
const preview = {
  [`GET /api/v1/invitations/${TOKEN}`]: {
    status: 200,
    body: {
      organizationId: ORG_ID,
      organizationName: 'Fjordmejeriet ApS',
      role: 'admin',
      email: 'Anna@Firma.dk',
      expiresAt: '2025-03-15T12:00:00.000Z',
    },
  },
};

function renderInvitation(options: RenderOptions = {}) {
  return renderRoutes(
    [
      { path: '/invitations/:token', element: <InvitationPage /> },
      { path: '/organizations/:id', element: <p>Organisation page</p> },
    ],
    { route: `/invitations/${TOKEN}`, ...options },
  );
}

describe('InvitationPage', () => {
  it('tells a visitor what is offered and to sign in with the invited address, coming back here', async () => {
    fakeApi(preview);
    renderInvitation({ user: null, language: 'en' });
    expect(
      await screen.findByText('You are invited to join Fjordmejeriet ApS as Admin.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Sign in with Anna@Firma.dk to accept/)).toBeInTheDocument();
    expect(screen.getByTestId('invitation-sign-in')).toHaveAttribute(
      'href',
      `/sign-in?next=%2Finvitations%2F${TOKEN}`,
    );
    expect(screen.getByRole('link', { name: 'Create an account' })).toHaveAttribute(
      'href',
      `/register?next=%2Finvitations%2F${TOKEN}`,
    );
    expect(screen.queryByTestId('accept-invitation')).not.toBeInTheDocument();
  });

  it('lets the invited user accept, and opens the organisation', async () => {
    const fetch = fakeApi({
      ...preview,
      [`POST /api/v1/invitations/${TOKEN}/accept`]: {
        status: 200,
        body: membership('admin', organization()),
      },
    });
    const { location } = renderInvitation();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Tag imod, og bliv medlem af Fjordmejeriet ApS' }),
    );
    await waitFor(() => expect(location()).toBe(`/organizations/${ORG_ID}`));
    expect(requestsTo(fetch, `POST /api/v1/invitations/${TOKEN}/accept`)).toHaveLength(1);
  });

  it('warns a user signed in with another address, and offers no accept', async () => {
    fakeApi(preview);
    renderInvitation({ user: { ...anna, email: 'anna@privat.dk' }, language: 'en' });
    expect(await screen.findByTestId('invitation-other-account')).toHaveTextContent(
      'You are signed in as anna@privat.dk, but the invitation was sent to Anna@Firma.dk.',
    );
    expect(screen.queryByTestId('accept-invitation')).not.toBeInTheDocument();
  });

  it('says when the link is used, withdrawn or expired (410)', async () => {
    fakeApi({
      [`GET /api/v1/invitations/${TOKEN}`]: {
        status: 410,
        body: { statusCode: 410, error: 'Gone', message: 'This invitation has expired' },
      },
    });
    renderInvitation();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Invitationen er brugt, trukket tilbage eller udløbet. Bed om en ny.',
    );
  });

  it('says when the link is unknown (404)', async () => {
    fakeApi({});
    renderInvitation({ language: 'en' });
    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation link is not valid.');
  });

  it('points a member to the organisation when accepting finds them a member already (409)', async () => {
    fakeApi({
      ...preview,
      [`POST /api/v1/invitations/${TOKEN}/accept`]: {
        status: 409,
        body: {
          statusCode: 409,
          error: 'Conflict',
          message: 'You are a member of this organisation already',
        },
      },
    });
    renderInvitation({ language: 'en' });
    await userEvent.click(await screen.findByTestId('accept-invitation'));
    expect(await screen.findByText('You are a member of Fjordmejeriet ApS already.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Fjordmejeriet ApS' })).toHaveAttribute(
      'href',
      `/organizations/${ORG_ID}`,
    );
  });
});
