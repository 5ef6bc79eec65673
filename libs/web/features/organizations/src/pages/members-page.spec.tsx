import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { OrganizationRole } from '@videnbro/web-core';
import { anna, fakeApi, requestsTo } from '@videnbro/web-testing';
import { membership, mine, organization, ORG_ID } from '../testing/fixtures';
import { renderRoutes } from '../testing/render-organizations';
import { memberActions, MembersPage } from './members-page';

const BO = '11111111-1111-4111-8111-111111111111';
const CARL = '22222222-2222-4222-8222-222222222222';
const REQUEST = '33333333-3333-4333-8333-333333333333';
const INVITATION = '44444444-4444-4444-8444-444444444444';
const base = `/api/v1/organizations/${ORG_ID}`;

function member(userId: string, name: string, role: OrganizationRole) {
  return { userId, name, email: `${name.toLowerCase()}@firma.dk`, role, since: '2025-02-01T00:00:00.000Z' };
}

/** Anna with `role`, Bo the owner, Carl a member. */
function api(role: OrganizationRole | null, extra: Parameters<typeof fakeApi>[0] = {}) {
  const members = [member(BO, 'Bo', 'owner'), member(CARL, 'Carl', 'member')];
  if (role) members.unshift(member(anna.id, 'Anna Sørensen', role));
  return {
    [`GET ${base}`]: { status: 200, body: organization() },
    ...(role ? mine(membership(role)) : mine()),
    [`GET ${base}/members`]: role
      ? { status: 200, body: { items: members } }
      : {
          status: 403,
          body: {
            statusCode: 403,
            error: 'Forbidden',
            message: 'Only members of this organisation may see this',
          },
        },
    [`GET ${base}/invitations`]: {
      status: 200,
      body: {
        items: [
          {
            id: INVITATION,
            organizationId: ORG_ID,
            email: 'dorte@firma.dk',
            role: 'member',
            status: 'pending',
            createdAt: '2025-03-01T00:00:00.000Z',
            expiresAt: '2025-03-15T00:00:00.000Z',
            invitedBy: { userId: BO, name: 'Bo' },
          },
        ],
      },
    },
    [`GET ${base}/join-requests`]: {
      status: 200,
      body: {
        items: [
          {
            id: REQUEST,
            organizationId: ORG_ID,
            userId: '55555555-5555-4555-8555-555555555555',
            userName: 'Erik',
            userEmail: 'erik@firma.dk',
            message: 'Jeg arbejder i Vejle',
            status: 'pending',
            createdAt: '2025-03-02T00:00:00.000Z',
            decidedAt: null,
          },
        ],
      },
    },
    ...extra,
  };
}

function renderMembers(language: 'da' | 'en' = 'en') {
  return renderRoutes(
    [
      { path: '/organizations/:id/members', element: <MembersPage /> },
      { path: '/organizations/mine', element: <p>My organisations page</p> },
    ],
    { route: `/organizations/${ORG_ID}/members`, language },
  );
}

function row(name: string) {
  const table = screen.getByTestId('members-table');
  const found = within(table)
    .getAllByTestId('member-row')
    .find((candidate) => within(candidate).getByRole('rowheader').textContent?.startsWith(name));
  if (!found) throw new Error(`no row for ${name}`);
  return found;
}

describe('memberActions', () => {
  const owner = { userId: anna.id, manage: true, manageOwners: true };
  const admin = { userId: anna.id, manage: true, manageOwners: false };
  const plain = { userId: anna.id, manage: false, manageOwners: false };

  it('lets owners change and remove anyone else, and give every role', () => {
    expect(memberActions(owner, { userId: BO, role: 'owner' })).toEqual({
      changeRole: true,
      remove: true,
      roles: ['member', 'admin', 'owner'],
    });
  });

  it('keeps admins away from owners and from making owners', () => {
    expect(memberActions(admin, { userId: BO, role: 'owner' })).toMatchObject({
      changeRole: false,
      remove: false,
    });
    expect(memberActions(admin, { userId: CARL, role: 'member' })).toEqual({
      changeRole: true,
      remove: true,
      roles: ['member', 'admin'],
    });
  });

  it('gives members nothing, and nobody their own row', () => {
    expect(memberActions(plain, { userId: CARL, role: 'member' })).toMatchObject({
      changeRole: false,
      remove: false,
    });
    expect(memberActions(owner, { userId: anna.id, role: 'owner' })).toMatchObject({
      changeRole: false,
      remove: false,
    });
  });
});

describe('MembersPage for an owner', () => {
  it('can change roles, including to owner, remove members, invite and answer requests', async () => {
    fakeApi(api('owner'));
    renderMembers();
    const table = await screen.findByTestId('members-table');
    expect(within(table).getAllByTestId('member-row')).toHaveLength(3);
    const bo = row('Bo');
    expect(within(bo).getByRole('combobox', { name: 'Role of Bo' })).toHaveValue('owner');
    expect(within(bo).getByRole('button', { name: 'Remove Bo' })).toBeInTheDocument();
    expect(within(row('Anna')).queryByRole('combobox')).not.toBeInTheDocument();
    expect(within(row('Anna')).getByTestId('member-role-text')).toHaveTextContent('Owner');

    const invite = screen.getByTestId('invite-form');
    expect(
      within(within(invite).getByRole('combobox', { name: 'Role' }))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Member', 'Admin', 'Owner']);
    expect(await screen.findByTestId('invitation-row')).toHaveTextContent('dorte@firma.dk as Member');
    expect(await screen.findByTestId('join-request-row')).toHaveTextContent('Erik (erik@firma.dk)');
    expect(screen.getByTestId('leave-organization')).toBeInTheDocument();
  });

  it('changes a role', async () => {
    const fetch = fakeApi(
      api('owner', {
        [`PATCH ${base}/members/${CARL}`]: { status: 200, body: member(CARL, 'Carl', 'admin') },
      }),
    );
    renderMembers();
    await screen.findByTestId('members-table');
    await userEvent.selectOptions(
      within(row('Carl')).getByRole('combobox', { name: 'Role of Carl' }),
      'admin',
    );
    expect(await screen.findByTestId('members-status')).toHaveTextContent('Carl is now Admin.');
    expect(await requestsTo(fetch, `PATCH ${base}/members/${CARL}`)[0].json()).toEqual({ role: 'admin' });
  });

  it('removes a member after confirming', async () => {
    const fetch = fakeApi(api('owner', { [`DELETE ${base}/members/${CARL}`]: { status: 204 } }));
    renderMembers();
    await screen.findByTestId('members-table');
    await userEvent.click(within(row('Carl')).getByRole('button', { name: 'Remove Carl' }));
    expect(requestsTo(fetch, `DELETE ${base}/members/${CARL}`)).toHaveLength(0);
    await userEvent.click(within(row('Carl')).getByTestId('confirm-remove'));
    expect(await screen.findByTestId('members-status')).toHaveTextContent('Carl has been removed.');
    expect(requestsTo(fetch, `DELETE ${base}/members/${CARL}`)).toHaveLength(1);
  });

  it('approves a request to join', async () => {
    const fetch = fakeApi(
      api('owner', { [`POST ${base}/join-requests/${REQUEST}/approve`]: { status: 200, body: {} } }),
    );
    renderMembers();
    await userEvent.click(await screen.findByRole('button', { name: 'Approve the request from Erik' }));
    expect(await screen.findByText('Erik is now a member.')).toBeInTheDocument();
    expect(requestsTo(fetch, `POST ${base}/join-requests/${REQUEST}/approve`)).toHaveLength(1);
  });

  it('invites by email, and says so when the mail could not be sent', async () => {
    const fetch = fakeApi(
      api('owner', {
        [`POST ${base}/invitations`]: {
          status: 201,
          body: {
            id: INVITATION,
            organizationId: ORG_ID,
            email: 'frida@firma.dk',
            role: 'admin',
            status: 'pending',
            emailSent: false,
            createdAt: '2025-03-01T00:00:00.000Z',
            expiresAt: '2025-03-15T00:00:00.000Z',
            invitedBy: null,
          },
        },
      }),
    );
    renderMembers();
    const invite = await screen.findByTestId('invite-form');
    await userEvent.type(within(invite).getByRole('textbox', { name: /Email/ }), 'frida');
    await userEvent.click(within(invite).getByRole('button', { name: 'Send invitation' }));
    expect(
      within(invite).getByText('Enter a valid email address, such as anna@firma.dk'),
    ).toBeInTheDocument();

    await userEvent.type(within(invite).getByRole('textbox', { name: /Email/ }), '@firma.dk');
    await userEvent.selectOptions(within(invite).getByRole('combobox', { name: 'Role' }), 'admin');
    await userEvent.click(within(invite).getByRole('button', { name: 'Send invitation' }));
    expect(await screen.findByTestId('invite-result')).toHaveTextContent(
      'The invitation to frida@firma.dk was created, but the email could not be sent.',
    );
    expect(await requestsTo(fetch, `POST ${base}/invitations`)[0].json()).toEqual({
      email: 'frida@firma.dk',
      role: 'admin',
    });
  });

  it('explains that the last owner cannot leave', async () => {
    fakeApi(
      api('owner', {
        [`DELETE ${base}/members/${anna.id}`]: {
          status: 409,
          body: {
            statusCode: 409,
            error: 'Conflict',
            message: 'The last owner cannot leave: make another member owner first',
          },
        },
      }),
    );
    renderMembers('da');
    await userEvent.click(await screen.findByTestId('leave-organization'));
    await userEvent.click(screen.getByTestId('confirm-leave'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'En organisation skal have mindst én ejer: gør først et andet medlem til ejer.',
    );
  });
});

describe('MembersPage for an admin', () => {
  it('cannot touch owners nor make owners, but manages members', async () => {
    fakeApi(api('admin'));
    renderMembers();
    await screen.findByTestId('members-table');
    expect(within(row('Bo')).queryByRole('combobox')).not.toBeInTheDocument();
    expect(within(row('Bo')).queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
    const carl = within(row('Carl')).getByRole('combobox', { name: 'Role of Carl' });
    expect(
      within(carl)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Member', 'Admin']);
    expect(within(row('Carl')).getByRole('button', { name: 'Remove Carl' })).toBeInTheDocument();
    const invite = screen.getByTestId('invite-form');
    expect(
      within(within(invite).getByRole('combobox', { name: 'Role' }))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Member', 'Admin']);
  });
});

describe('MembersPage for a member', () => {
  it('lists the members read-only, and offers to leave', async () => {
    const fetch = fakeApi(api('member', { [`DELETE ${base}/members/${anna.id}`]: { status: 204 } }));
    const { location } = renderMembers();
    await screen.findByTestId('members-table');
    expect(screen.queryAllByRole('combobox')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
    expect(screen.queryByTestId('invite-form')).not.toBeInTheDocument();
    expect(screen.queryByTestId('join-requests')).not.toBeInTheDocument();
    expect(requestsTo(fetch, `GET ${base}/invitations`)).toHaveLength(0);

    await userEvent.click(screen.getByTestId('leave-organization'));
    await userEvent.click(screen.getByTestId('confirm-leave'));
    await waitFor(() => expect(location()).toBe('/organizations/mine'));
  });
});

describe('MembersPage for someone else', () => {
  it('says that only members can see the members', async () => {
    fakeApi(api(null));
    renderMembers('da');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Kun medlemmer af Fjordmejeriet ApS kan se dens medlemmer.',
    );
    expect(screen.queryByTestId('members-table')).not.toBeInTheDocument();
  });
});
