import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { anna, fakeApi, requestsTo } from '@videnbro/web-testing';
import { membership, mine, organization, ORG_ID, OTHER_ORG_ID } from '../testing/fixtures';
import { renderRoutes, type RenderOptions } from '../testing/render-organizations';
import { EditOrganizationPage } from './edit-organization-page';
import { OrganizationPage } from './organization-page';

const routes = [
  { path: '/organizations/:id', element: <OrganizationPage /> },
  { path: '/organizations/:id/edit', element: <EditOrganizationPage /> },
  { path: '/organizations/:id/members', element: <p>Members page</p> },
];

const profile = { [`GET /api/v1/organizations/${ORG_ID}`]: { status: 200, body: organization() } };
function renderPage(options: RenderOptions = {}) {
  return renderRoutes(routes, { route: `/organizations/${ORG_ID}`, ...options });
}

describe('OrganizationPage, the public profile', () => {
  it('shows the profile with its derived labels to a visitor, without member actions', async () => {
    fakeApi(profile);
    renderPage({ user: null });
    const page = await screen.findByTestId('organization-page');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Fjordmejeriet ApS');
    expect(screen.getByTestId('label-sme')).toHaveTextContent('SMV');
    expect(screen.queryByTestId('label-knowledge-institution')).not.toBeInTheDocument();
    expect(page).toHaveTextContent('12345674');
    expect(page).toHaveTextContent('10–49 ansatte');
    expect(page).toHaveTextContent('Aarhus C, Aarhus, Region Midtjylland');
    expect(page).toHaveTextContent('10 Fremstilling af fødevarer');
    expect(page).toHaveTextContent('10.51.00 (10 Fremstilling af fødevarer');
    expect(screen.getByRole('link', { name: 'fjordmejeriet.dk' })).toHaveAttribute(
      'href',
      'https://fjordmejeriet.dk',
    );
    expect(screen.getByText('Vi laver ost.')).toBeInTheDocument();
    expect(screen.getByText('Og smør.')).toBeInTheDocument();
    expect(screen.queryByTestId('edit-organization')).not.toBeInTheDocument();
    expect(screen.queryByTestId('members-link')).not.toBeInTheDocument();
    expect(screen.queryByTestId('ask-to-join')).not.toBeInTheDocument();
  });

  it('labels a knowledge institution, in English', async () => {
    fakeApi({
      [`GET /api/v1/organizations/${ORG_ID}`]: {
        status: 200,
        body: organization({
          name: 'Aarhus Universitet',
          kind: 'university',
          isSme: false,
          isKnowledgeInstitution: true,
          employeeBand: null,
          cvr: '31119103',
        }),
      },
      ...mine(),
    });
    renderPage({ language: 'en' });
    expect(await screen.findByTestId('label-knowledge-institution')).toHaveTextContent(
      'Knowledge institution',
    );
    expect(screen.queryByTestId('label-sme')).not.toBeInTheDocument();
  });

  it('shows what the app puts in the postings slot, under the profile', async () => {
    fakeApi(profile);
    renderRoutes(
      [
        {
          path: '/organizations/:id',
          element: <OrganizationPage postings={(shown) => <p data-testid="postings-slot">{shown.name}</p>} />,
        },
      ],
      { route: `/organizations/${ORG_ID}`, user: null },
    );
    expect(await screen.findByTestId('postings-slot')).toHaveTextContent('Fjordmejeriet ApS');
  });

  it('shows what the app puts in the matches slot for a company or institution, not for a cluster', async () => {
    const slot = (shown: { id: string }) => <p data-testid="matches-slot">{shown.id}</p>;
    const withMatches = [{ path: '/organizations/:id', element: <OrganizationPage matches={slot} /> }];
    fakeApi(profile);
    const view = renderRoutes(withMatches, { route: `/organizations/${ORG_ID}`, user: null });
    expect(await screen.findByTestId('matches-slot')).toHaveTextContent(ORG_ID);
    view.unmount();

    fakeApi({
      [`GET /api/v1/organizations/${ORG_ID}`]: {
        status: 200,
        body: organization({ name: 'Odense Robotics', kind: 'cluster', isSme: false, employeeBand: null }),
      },
    });
    renderRoutes(withMatches, { route: `/organizations/${ORG_ID}`, user: null });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Odense Robotics');
    expect(screen.queryByTestId('matches-slot')).not.toBeInTheDocument();
  });

  it('shows what the app puts in the case request slot on an institution, not to its members nor on a company', async () => {
    const slot = (shown: { id: string }) => <button data-testid="case-request-slot">{shown.id}</button>;
    const withSlot = [{ path: '/organizations/:id', element: <OrganizationPage caseRequest={slot} /> }];
    const institution = {
      [`GET /api/v1/organizations/${ORG_ID}`]: {
        status: 200,
        body: organization({
          name: 'Aarhus Universitet',
          kind: 'university',
          isSme: false,
          isKnowledgeInstitution: true,
        }),
      },
    };
    fakeApi({ ...institution, ...mine() });
    let view = renderRoutes(withSlot, { route: `/organizations/${ORG_ID}` });
    expect(await screen.findByTestId('case-request-slot')).toHaveTextContent(ORG_ID);
    view.unmount();

    fakeApi({ ...institution, ...mine(membership('member')) });
    view = renderRoutes(withSlot, { route: `/organizations/${ORG_ID}` });
    expect(await screen.findByTestId('my-role')).toBeInTheDocument();
    expect(screen.queryByTestId('case-request-slot')).not.toBeInTheDocument();
    view.unmount();

    fakeApi({ ...profile, ...mine() });
    renderRoutes(withSlot, { route: `/organizations/${ORG_ID}` });
    expect(await screen.findByTestId('organization-page')).toBeInTheDocument();
    expect(screen.queryByTestId('case-request-slot')).not.toBeInTheDocument();
  });

  it('shows what the app puts in the participations slot to a signed-in user, not to a visitor', async () => {
    const slot = (shown: { id: string }) => <p data-testid="participations-slot">{shown.id}</p>;
    const withSlot = [{ path: '/organizations/:id', element: <OrganizationPage participations={slot} /> }];
    fakeApi({ ...profile, ...mine() });
    const view = renderRoutes(withSlot, { route: `/organizations/${ORG_ID}` });
    expect(await screen.findByTestId('participations-slot')).toHaveTextContent(ORG_ID);
    view.unmount();

    fakeApi(profile);
    renderRoutes(withSlot, { route: `/organizations/${ORG_ID}`, user: null });
    expect(await screen.findByTestId('organization-page')).toBeInTheDocument();
    expect(screen.queryByTestId('participations-slot')).not.toBeInTheDocument();
  });

  it('is the 404 page when there is no such organisation', async () => {
    fakeApi({});
    renderPage();
    expect(await screen.findByTestId('not-found')).toBeInTheDocument();
  });

  it('offers a signed-in non-member to ask to join', async () => {
    const fetch = fakeApi({
      ...profile,
      ...mine(),
      [`POST /api/v1/organizations/${ORG_ID}/join-requests`]: { status: 201, body: {} },
    });
    renderPage();
    await userEvent.click(await screen.findByTestId('ask-to-join'));
    await userEvent.click(screen.getByRole('button', { name: 'Send anmodning' }));
    expect(await screen.findByTestId('join-request-sent')).toBeInTheDocument();
    expect(requestsTo(fetch, `POST /api/v1/organizations/${ORG_ID}/join-requests`)).toHaveLength(1);
    expect(screen.queryByTestId('edit-organization')).not.toBeInTheDocument();
  });

  it('shows a member their role and the members, but not editing', async () => {
    fakeApi({ ...profile, ...mine(membership('member')) });
    renderPage();
    expect(await screen.findByTestId('my-role')).toHaveTextContent('Din rolle: Medlem');
    expect(screen.getByTestId('members-link')).toHaveAttribute('href', `/organizations/${ORG_ID}/members`);
    expect(screen.queryByTestId('edit-organization')).not.toBeInTheDocument();
    expect(screen.queryByTestId('ask-to-join')).not.toBeInTheDocument();
  });

  it('welcomes the creator with the next steps', async () => {
    fakeApi({ ...profile, ...mine(membership('owner')) });
    renderPage({ route: { pathname: `/organizations/${ORG_ID}`, state: { notice: 'created' } } });
    const notice = await screen.findByTestId('organization-notice');
    expect(notice).toHaveTextContent('Fjordmejeriet ApS er oprettet, og du er ejer.');
    expect(within(notice).getByRole('link', { name: 'Opret et behov' })).toHaveAttribute(
      'href',
      '/needs/new',
    );
    expect(within(notice).getByRole('link', { name: 'Invitér kolleger' })).toBeInTheDocument();
  });
});

describe('editing the profile', () => {
  it('lets an admin edit it, sending cleared fields as null, and shows the saved profile', async () => {
    const fetch = fakeApi({
      ...profile,
      ...mine(membership('admin')),
      [`PATCH /api/v1/organizations/${ORG_ID}`]: {
        status: 200,
        body: organization({ name: 'Fjordmejeriet A/S', city: null }),
      },
    });
    const { location } = renderPage({ language: 'en' });
    await userEvent.click(await screen.findByTestId('edit-organization'));
    const form = await screen.findByTestId('organization-form');
    expect(within(form).getByTestId('name-input')).toHaveValue('Fjordmejeriet ApS');
    expect(within(form).getByTestId('municipality-select')).toHaveValue('aarhus');

    await userEvent.clear(within(form).getByTestId('name-input'));
    await userEvent.type(within(form).getByTestId('name-input'), 'Fjordmejeriet A/S');
    await userEvent.clear(within(form).getByRole('textbox', { name: 'Town' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Save profile' }));

    await waitFor(() => expect(location()).toBe(`/organizations/${ORG_ID}`));
    expect(await screen.findByText('The profile is saved.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Fjordmejeriet A/S');
    const body = await requestsTo(fetch, `PATCH /api/v1/organizations/${ORG_ID}`)[0].json();
    expect(body).toMatchObject({
      name: 'Fjordmejeriet A/S',
      city: null,
      cvr: '12345674',
      municipality: 'aarhus',
      region: 'midtjylland',
      country: 'DK',
      industryCodes: ['10', '10.51.00'],
      strengthAreas: [],
    });
  });

  it('puts a taken CVR number on its field, without the id of the organisation that holds it', async () => {
    fakeApi({
      ...profile,
      ...mine(membership('owner')),
      [`PATCH /api/v1/organizations/${ORG_ID}`]: {
        status: 409,
        body: {
          statusCode: 409,
          error: 'Conflict',
          message: 'An organisation with this CVR number is already registered: ask to join it instead',
          details: [
            { field: 'cvr', message: 'CVR 13748136 is registered to Havnesmedjen ApS' },
            { field: 'existingOrganizationId', message: OTHER_ORG_ID },
          ],
        },
      },
    });
    renderRoutes(routes, { route: `/organizations/${ORG_ID}/edit`, language: 'en' });
    const form = await screen.findByTestId('organization-form');
    await userEvent.clear(within(form).getByTestId('cvr-input'));
    await userEvent.type(within(form).getByTestId('cvr-input'), '13748136');
    await userEvent.click(within(form).getByRole('button', { name: 'Save profile' }));
    expect(
      await within(form).findByText('CVR 13748136 is registered to Havnesmedjen ApS'),
    ).toBeInTheDocument();
    expect(within(form).getByTestId('cvr-input')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByTestId('error-alert')).not.toBeInTheDocument();
    expect(form).not.toHaveTextContent(OTHER_ORG_ID);
  });

  it('refuses the edit form to a member who is not an owner or admin', async () => {
    fakeApi({ ...profile, ...mine(membership('member')) });
    renderRoutes(routes, { route: `/organizations/${ORG_ID}/edit`, language: 'en' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Only the owners and admins of Fjordmejeriet ApS can edit its profile.',
    );
    expect(screen.queryByTestId('organization-form')).not.toBeInTheDocument();
  });

  it('lets a platform admin edit any organisation', async () => {
    fakeApi({ ...profile, ...mine() });
    renderRoutes(routes, {
      route: `/organizations/${ORG_ID}/edit`,
      user: { ...anna, roles: ['admin'] },
    });
    expect(await screen.findByTestId('organization-form')).toBeInTheDocument();
  });
});
