import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, requestsTo } from '@videnbro/web-testing';
import { organization, ORG_ID, OTHER_ORG_ID } from '../testing/fixtures';
import { renderRoutes, type RenderOptions } from '../testing/render-organizations';
import { invitationToken, OnboardingPage } from './onboarding-page';

const routes = [
  { path: '/onboarding', element: <OnboardingPage /> },
  { path: '/organizations/:id', element: <p>Organisation page</p> },
  { path: '/invitations/:token', element: <p>Invitation page</p> },
];

function renderOnboarding(options: RenderOptions = {}) {
  return renderRoutes(routes, { route: '/onboarding', ...options });
}

const cvr = () => screen.getByTestId('cvr-input');
const kind = () => screen.getByTestId('kind-select');

describe('the live CVR check', () => {
  it('reports a wrong check digit at once, in Danish, and confirms a right one', async () => {
    fakeApi({});
    renderOnboarding();
    await userEvent.type(cvr(), '12345675');
    expect(screen.getByText('CVR-nummerets kontrolciffer passer ikke — tjek nummeret')).toBeInTheDocument();
    expect(cvr()).toHaveAttribute('aria-invalid', 'true');

    await userEvent.clear(cvr());
    await userEvent.type(cvr(), 'DK 1234 5674');
    expect(screen.queryByText(/kontrolciffer passer ikke/)).not.toBeInTheDocument();
    expect(screen.getByTestId('cvr-status')).toHaveTextContent('CVR 12345674: kontrolcifferet passer.');
    expect(cvr()).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('says it in English', async () => {
    fakeApi({});
    renderOnboarding({ language: 'en' });
    await userEvent.type(cvr(), '24256791');
    expect(screen.getByText('CVR check digit is wrong — check the number')).toBeInTheDocument();
    await userEvent.clear(cvr());
    await userEvent.type(cvr(), '02425679');
    expect(screen.getByText('CVR cannot start with 0')).toBeInTheDocument();
    await userEvent.clear(cvr());
    await userEvent.type(cvr(), '13748136');
    expect(screen.getByTestId('cvr-status')).toHaveTextContent('CVR 13748136: the check digit is right.');
  });

  it('waits for a number still being typed until the field is left', async () => {
    fakeApi({});
    renderOnboarding({ language: 'en' });
    await userEvent.type(cvr(), '1234');
    expect(screen.queryByText('CVR must be 8 digits')).not.toBeInTheDocument();
    await userEvent.tab();
    expect(screen.getByText('CVR must be 8 digits')).toBeInTheDocument();
  });

  it('reports a letter at once', async () => {
    fakeApi({});
    renderOnboarding({ language: 'en' });
    await userEvent.type(cvr(), '12a');
    expect(screen.getByText('CVR must be 8 digits')).toBeInTheDocument();
  });
});

describe('creating an organisation', () => {
  it('checks the fields before sending, and asks a Danish company for its CVR number', async () => {
    const fetch = fakeApi({});
    renderOnboarding();
    await userEvent.click(screen.getByRole('button', { name: 'Opret organisation' }));
    expect(screen.getByText('Vælg typen af organisation')).toBeInTheDocument();
    expect(screen.getByText('Skriv navnet')).toBeInTheDocument();
    expect(kind()).toHaveFocus();

    await userEvent.selectOptions(kind(), 'sme');
    await userEvent.type(screen.getByTestId('name-input'), 'Fjordmejeriet ApS');
    await userEvent.click(screen.getByRole('button', { name: 'Opret organisation' }));
    expect(screen.getByText('Skriv virksomhedens CVR-nummer')).toBeInTheDocument();
    expect(cvr()).toHaveFocus();
    expect(requestsTo(fetch, 'POST /api/v1/organizations')).toHaveLength(0);
  });

  it('creates an SME with its place and industries, and opens its page', async () => {
    const fetch = fakeApi({
      'POST /api/v1/organizations': { status: 201, body: organization() },
    });
    const { location } = renderOnboarding({ language: 'en' });
    await userEvent.selectOptions(kind(), 'sme');
    await userEvent.type(screen.getByTestId('name-input'), 'Fjordmejeriet ApS');
    await userEvent.type(cvr(), 'DK12345674');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Number of employees' }), '10-49');

    // The region narrows the municipalities; a municipality sets its region.
    await userEvent.selectOptions(screen.getByTestId('region-select'), 'nordjylland');
    const municipalities = within(screen.getByTestId('municipality-select')).getAllByRole('option');
    expect(municipalities).toHaveLength(12);
    await userEvent.selectOptions(screen.getByTestId('region-select'), '');
    await userEvent.selectOptions(screen.getByTestId('municipality-select'), 'aarhus');
    expect(screen.getByTestId('region-select')).toHaveValue('midtjylland');

    await userEvent.type(screen.getByRole('combobox', { name: /Industries/ }), 'food');
    await userEvent.click(await screen.findByRole('option', { name: /10 Manufacture of food products/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Danish' }));
    await userEvent.type(screen.getByTestId('tags-input'), '  Mejeri {enter}MEJERI{enter}Ost{enter}');

    await userEvent.click(screen.getByRole('button', { name: 'Create organisation' }));

    await waitFor(() => expect(location()).toBe(`/organizations/${ORG_ID}`));
    const [request] = requestsTo(fetch, 'POST /api/v1/organizations');
    expect(await request.json()).toEqual({
      kind: 'sme',
      name: 'Fjordmejeriet ApS',
      cvr: 'DK12345674',
      employeeBand: '10-49',
      country: 'DK',
      region: 'midtjylland',
      municipality: 'aarhus',
      industryCodes: ['10'],
      languages: ['da'],
      tags: ['mejeri', 'ost'],
    });
  });

  it("puts the API's field messages on their fields", async () => {
    fakeApi({
      'POST /api/v1/organizations': {
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Validation failed',
          details: [{ field: 'website', message: 'website must be a web address, e.g. https://firma.dk' }],
        },
      },
    });
    renderOnboarding({ language: 'en' });
    await userEvent.selectOptions(kind(), 'university');
    await userEvent.type(screen.getByTestId('name-input'), 'Aarhus Universitet');
    await userEvent.type(screen.getByRole('textbox', { name: /Website/ }), 'not a site');
    await userEvent.click(screen.getByRole('button', { name: 'Create organisation' }));
    expect(
      await screen.findByText('website must be a web address, e.g. https://firma.dk'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers to ask to join when the CVR number is registered already (409)', async () => {
    const fetch = fakeApi({
      'POST /api/v1/organizations': {
        status: 409,
        body: {
          statusCode: 409,
          error: 'Conflict',
          message: 'An organisation with this CVR number is already registered: ask to join it instead',
          details: [
            { field: 'cvr', message: 'CVR 12345674 is registered to Fjordmejeriet ApS' },
            { field: 'existingOrganizationId', message: OTHER_ORG_ID },
          ],
        },
      },
      [`GET /api/v1/organizations/${OTHER_ORG_ID}`]: {
        status: 200,
        body: organization({ id: OTHER_ORG_ID }),
      },
      [`POST /api/v1/organizations/${OTHER_ORG_ID}/join-requests`]: { status: 201, body: {} },
    });
    renderOnboarding();
    await userEvent.selectOptions(kind(), 'sme');
    await userEvent.type(screen.getByTestId('name-input'), 'Fjordmejeriet');
    await userEvent.type(cvr(), '12345674');
    await userEvent.click(screen.getByRole('button', { name: 'Opret organisation' }));

    const exists = await screen.findByTestId('organization-exists');
    expect(exists).toHaveTextContent('Organisationen findes allerede på Videnbro');
    expect(
      await within(exists).findByText(/Fjordmejeriet ApS er registreret med dette CVR-nummer/),
    ).toBeInTheDocument();

    await userEvent.type(
      within(exists).getByRole('textbox', { name: /Besked til administratorerne/ }),
      'Jeg er i salgsafdelingen',
    );
    await userEvent.click(within(exists).getByRole('button', { name: 'Send anmodning' }));
    expect(await screen.findByTestId('join-request-sent')).toHaveTextContent(
      'Din anmodning er sendt. Administratorerne af Fjordmejeriet ApS svarer på den.',
    );
    const [request] = requestsTo(fetch, `POST /api/v1/organizations/${OTHER_ORG_ID}/join-requests`);
    expect(await request.json()).toEqual({ message: 'Jeg er i salgsafdelingen' });
  });

  it('asks for a country code for an organisation abroad, and sends no region', async () => {
    const fetch = fakeApi({
      'POST /api/v1/organizations': { status: 201, body: organization({ country: 'SE' }) },
    });
    renderOnboarding({ language: 'en' });
    await userEvent.selectOptions(kind(), 'research_institute');
    await userEvent.type(screen.getByTestId('name-input'), 'RISE');
    await userEvent.selectOptions(screen.getByTestId('region-select'), 'abroad');
    await userEvent.click(screen.getByRole('button', { name: 'Create organisation' }));
    expect(screen.getByText('Enter a two-letter country code other than DK, e.g. SE')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: /Country code/ }), 'se');
    await userEvent.click(screen.getByRole('button', { name: 'Create organisation' }));
    await waitFor(() => expect(requestsTo(fetch, 'POST /api/v1/organizations')).toHaveLength(1));
    expect(await requestsTo(fetch, 'POST /api/v1/organizations')[0].json()).toMatchObject({
      kind: 'research_institute',
      country: 'SE',
    });
  });
});

describe('the other ways in', () => {
  it('opens an invitation from its link', async () => {
    fakeApi({});
    const { location } = renderOnboarding({ language: 'en' });
    await userEvent.click(screen.getByRole('tab', { name: 'I have an invitation' }));
    await userEvent.type(screen.getByRole('textbox', { name: /Invitation link/ }), 'not a link');
    await userEvent.click(screen.getByRole('button', { name: 'Open the invitation' }));
    expect(screen.getByText(/Paste the whole link/)).toBeInTheDocument();

    await userEvent.clear(screen.getByRole('textbox', { name: /Invitation link/ }));
    await userEvent.type(
      screen.getByRole('textbox', { name: /Invitation link/ }),
      'https://videnbro.dk/invitations/AbCdEfGhIjKlMnOpQrStUv_-123',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Open the invitation' }));
    await waitFor(() => expect(location()).toBe('/invitations/AbCdEfGhIjKlMnOpQrStUv_-123'));
  });

  it('finds an organisation by name and asks to join it', async () => {
    const fetch = fakeApi({
      'GET /api/v1/organizations': {
        status: 200,
        body: { items: [organization()], total: 1, page: 1, limit: 10 },
      },
      [`POST /api/v1/organizations/${ORG_ID}/join-requests`]: { status: 201, body: {} },
    });
    renderOnboarding({ route: '/onboarding?tab=join', language: 'en' });
    await userEvent.type(screen.getByTestId('organization-search'), 'fjord');
    const result = await screen.findByTestId('join-result');
    expect(result).toHaveTextContent('Fjordmejeriet ApS');
    expect(new URL(requestsTo(fetch, 'GET /api/v1/organizations')[0].url).searchParams.get('q')).toBe(
      'fjord',
    );

    await userEvent.click(within(result).getByRole('button', { name: 'Ask to join Fjordmejeriet ApS' }));
    await userEvent.click(within(result).getByRole('button', { name: 'Send request' }));
    expect(await screen.findByTestId('join-request-sent')).toBeInTheDocument();
    expect(await requestsTo(fetch, `POST /api/v1/organizations/${ORG_ID}/join-requests`)[0].json()).toEqual(
      {},
    );
  });

  it('says so when the user has asked already (409)', async () => {
    fakeApi({
      'GET /api/v1/organizations': {
        status: 200,
        body: { items: [organization()], total: 1, page: 1, limit: 10 },
      },
      [`POST /api/v1/organizations/${ORG_ID}/join-requests`]: {
        status: 409,
        body: {
          statusCode: 409,
          error: 'Conflict',
          message: 'You have asked to join this organisation already',
        },
      },
    });
    renderOnboarding({ route: '/onboarding?tab=join' });
    await userEvent.type(screen.getByTestId('organization-search'), 'fjord');
    const result = await screen.findByTestId('join-result');
    await userEvent.click(within(result).getByRole('button', { name: /Bed om at blive medlem/ }));
    await userEvent.click(within(result).getByRole('button', { name: 'Send anmodning' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Du er allerede medlem, eller din tidligere anmodning venter stadig på svar.',
    );
  });
});

describe('invitationToken', () => {
  it.each([
    ['https://videnbro.dk/invitations/AbCdEfGhIjKlMnOpQrSt', 'AbCdEfGhIjKlMnOpQrSt'],
    ['http://localhost:4200/invitations/AbCdEfGhIjKlMnOpQrSt/', 'AbCdEfGhIjKlMnOpQrSt'],
    ['  AbCdEfGhIjKlMnOpQrSt  ', 'AbCdEfGhIjKlMnOpQrSt'],
    ['https://videnbro.dk/sign-in', null],
    ['short', null],
  ])('reads %p as %p', (input, expected) => {
    expect(invitationToken(input)).toBe(expected);
  });
});
