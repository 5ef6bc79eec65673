import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { anna, fakeApi, requestsTo } from '@videnbro/web-testing';
import { company, members, need, needAsColleague, needAsOutsider, university } from '../testing/fixtures';
import { renderRoutes, type RenderOptions } from '../testing/render-postings';
import { PostingEditorPage } from './posting-editor-page';

const routes = [
  { path: '/needs/new', element: <PostingEditorPage type="need" /> },
  { path: '/needs/:id/edit', element: <PostingEditorPage type="need" /> },
  { path: '/competencies/new', element: <PostingEditorPage type="competence" /> },
  { path: '/needs/:id', element: <p>Need page</p> },
  { path: '/competencies/:id', element: <p>Competence page</p> },
];

const organizations = (...items: unknown[]) => ({ status: 200, body: { items } });
const memberList = { status: 200, body: { items: members } };

function renderEditor(options: RenderOptions = {}) {
  return renderRoutes(routes, { route: '/needs/new', ...options });
}

const title = () => screen.getByRole('textbox', { name: /^(Titel|Title)/ });
const description = () => screen.getByRole('textbox', { name: /^(Beskrivelse|Description)/ });
const tags = () => screen.getByTestId('tags-input');

/** Puts text into a field at once: typing long texts key by key is slow on a loaded machine. */
async function fill(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}

describe('PostingEditorPage, checks while typing', () => {
  beforeEach(() => {
    fakeApi({
      'GET /api/v1/me/organizations': organizations(company),
      [`GET /api/v1/organizations/${company.organization.id}/members`]: memberList,
    });
  });

  it('says in Danish how much the title and description lack, and stops when they are long enough', async () => {
    renderEditor();
    await userEvent.type(await screen.findByRole('textbox', { name: /^Titel/ }), 'Køer');
    expect(screen.getByText('Titlen skal være på mindst 5 tegn (mangler 1)')).toBeInTheDocument();
    expect(title()).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(title(), '!');
    expect(screen.queryByText(/Titlen skal være/)).not.toBeInTheDocument();

    await fill(description(), 'For kort');
    expect(screen.getByText('Beskrivelsen skal være på mindst 20 tegn (mangler 12)')).toBeInTheDocument();
  });

  it('says it in English, and counts the characters', async () => {
    renderEditor({ language: 'en' });
    await userEvent.type(await screen.findByRole('textbox', { name: /^Title/ }), 'Cows');
    expect(screen.getByText('The title must be at least 5 characters (1 more to go)')).toBeInTheDocument();
    expect(screen.getByText('4 of 200 characters')).toBeInTheDocument();
  });

  it('keeps keywords trimmed, lower-case and without duplicates', async () => {
    renderEditor({ language: 'en' });
    await screen.findByTestId('posting-editor');
    await userEvent.type(tags(), '  Sensors {Enter}sensors{Enter}IoT{Enter}');
    expect(screen.getAllByText('sensors')).toHaveLength(1);
    expect(screen.getByText('iot')).toBeInTheDocument();
    expect(tags()).toHaveValue('');
  });

  it('previews the description safely as it is typed', async () => {
    renderEditor({ language: 'en' });
    const preview = await screen.findByRole('region', { name: 'Preview' });
    expect(within(preview).getByText('The description will appear here.')).toBeInTheDocument();
    await fill(description(), '## Goal\n\n<img src=x onerror="alert(1)"> [go](javascript:alert(1))');
    expect(within(preview).getByRole('heading', { name: 'Goal' })).toBeInTheDocument();
    expect(preview.querySelector('img')).toBeNull();
    expect(within(preview).queryByRole('link')).not.toBeInTheDocument();
  });

  it('explains each visibility', async () => {
    renderEditor({ language: 'en' });
    const group = await screen.findByRole('radiogroup', { name: 'Who can see it' });
    expect(within(group).getByRole('radio', { name: 'Registered users' })).toBeChecked();
    expect(
      within(group).getByText("Only your own organisation and the clusters' brokers can see the posting."),
    ).toBeInTheDocument();
  });
});

describe('PostingEditorPage, saving', () => {
  it('checks every field before sending anything and focuses the first problem', async () => {
    const fetch = fakeApi({
      'GET /api/v1/me/organizations': organizations(company),
      [`GET /api/v1/organizations/${company.organization.id}/members`]: memberList,
    });
    renderEditor();
    await userEvent.click(await screen.findByRole('button', { name: 'Offentliggør' }));
    expect(screen.getByText('Giv det en titel')).toBeInTheDocument();
    expect(screen.getByText('Skriv en beskrivelse')).toBeInTheDocument();
    expect(title()).toHaveFocus();
    expect(requestsTo(fetch, 'POST /api/v1/needs')).toHaveLength(0);
  });

  it('publishes a need with every field, the author as contact, and shows it', async () => {
    const fetch = fakeApi({
      'GET /api/v1/me/organizations': organizations(company),
      [`GET /api/v1/organizations/${company.organization.id}/members`]: memberList,
      'POST /api/v1/needs': { status: 201, body: need },
    });
    const { location } = renderEditor({ language: 'en' });
    await fill(await screen.findByRole('textbox', { name: /^Title/ }), '  Sick cows from sensor data ');
    await fill(description(), 'We want to predict illness in dairy cows.');
    await userEvent.type(tags(), 'Sensors{Enter}');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Contract research' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'University' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Danish' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Preferred region' }), 'nordjylland');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Budget' }), 'DKK 100,000–500,000');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'When' }), 'Within 6 months');
    await userEvent.click(screen.getByRole('radio', { name: 'Confidential – clusters only' }));
    expect(screen.getByRole('combobox', { name: /Contact person/ })).toHaveValue(anna.id);
    await userEvent.click(screen.getByRole('button', { name: 'Publish' }));

    expect(await screen.findByText('Need page')).toBeInTheDocument();
    expect(location()).toBe(`/needs/${need.id}`);
    const [request] = requestsTo(fetch, 'POST /api/v1/needs');
    expect(await request.json()).toEqual({
      organizationId: company.organization.id,
      status: 'open',
      title: 'Sick cows from sensor data',
      description: 'We want to predict illness in dairy cows.',
      tags: ['sensors'],
      formats: ['contract_research'],
      partnerKinds: ['university'],
      languages: ['da'],
      regionPreference: 'nordjylland',
      budgetBand: '100k_500k',
      timeframe: 'within_6_months',
      visibility: 'brokers',
      contactUserId: anna.id,
    });
  });

  it('saves a competence as a draft, without the need-only fields', async () => {
    const fetch = fakeApi({
      'GET /api/v1/me/organizations': organizations(company, university),
      [`GET /api/v1/organizations/${university.organization.id}/members`]: memberList,
      'POST /api/v1/competencies': { status: 201, body: { ...need, id: 'c1' } },
    });
    renderEditor({ route: '/competencies/new', language: 'en' });
    // Only the institution publishes competencies: it is the one choice, already chosen.
    const organization = await screen.findByRole('combobox', { name: /Published by/ });
    expect(
      within(organization)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Aarhus Universitet']);
    expect(screen.queryByRole('combobox', { name: 'Budget' })).not.toBeInTheDocument();
    await fill(title(), 'Test facilities for robots');
    await fill(description(), 'A test hall with robot arms and sensors.');
    await userEvent.click(screen.getByRole('button', { name: 'Save as draft' }));
    expect(await screen.findByText('Competence page')).toBeInTheDocument();
    const body = await requestsTo(fetch, 'POST /api/v1/competencies')[0].json();
    expect(body).toMatchObject({ organizationId: university.organization.id, status: 'draft' });
    expect(body).not.toHaveProperty('budgetBand');
    expect(body).not.toHaveProperty('partnerKinds');
  });

  it('offers the members of the chosen organisation as contact person, the author first chosen', async () => {
    const other = {
      ...company,
      organization: { ...company.organization, id: 'e7f1c2d3-0000-4000-8000-000000000009', name: 'Ost & Co' },
    };
    fakeApi({
      'GET /api/v1/me/organizations': organizations(company, other),
      [`GET /api/v1/organizations/${company.organization.id}/members`]: memberList,
      [`GET /api/v1/organizations/${other.organization.id}/members`]: {
        status: 200,
        body: { items: [members[0]] },
      },
    });
    renderEditor({ language: 'en' });
    const organization = await screen.findByRole('combobox', { name: /Published by/ });
    const contact = screen.getByRole('combobox', { name: /Contact person/ });
    expect(contact).toBeDisabled();
    await userEvent.selectOptions(organization, 'Mejeri Nord ApS');
    expect(await screen.findByRole('option', { name: 'Bo Jensen' })).toBeInTheDocument();
    await userEvent.selectOptions(contact, 'Bo Jensen');
    await userEvent.selectOptions(organization, other.organization.id);
    await waitFor(() => expect(screen.queryByRole('option', { name: 'Bo Jensen' })).not.toBeInTheDocument());
    expect(contact).toHaveValue(anna.id);
  });

  it("shows the API's message on its field when it refuses", async () => {
    fakeApi({
      'GET /api/v1/me/organizations': organizations(company),
      [`GET /api/v1/organizations/${company.organization.id}/members`]: memberList,
      'POST /api/v1/needs': {
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Validation failed',
          details: [
            { field: 'contactUserId', message: 'The contact person must be a member of the organisation' },
          ],
        },
      },
    });
    renderEditor({ language: 'en' });
    await fill(await screen.findByRole('textbox', { name: /^Title/ }), 'Sick cows from sensor data');
    await fill(description(), 'We want to predict illness in dairy cows.');
    await userEvent.click(screen.getByRole('button', { name: 'Publish' }));
    expect(
      await screen.findByText('The contact person must be a member of the organisation'),
    ).toBeInTheDocument();
    // On its field, until the field is changed.
    const contact = screen.getByRole('combobox', { name: /Contact person/ });
    expect(contact).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByTestId('error-alert')).not.toBeInTheDocument();
    await userEvent.selectOptions(contact, 'Bo Jensen');
    expect(
      screen.queryByText('The contact person must be a member of the organisation'),
    ).not.toBeInTheDocument();
  });

  it('tells a user without a company that needs are posted by companies', async () => {
    fakeApi({ 'GET /api/v1/me/organizations': organizations(university) });
    renderEditor({ language: 'en' });
    expect(await screen.findByTestId('no-publisher')).toHaveTextContent('Needs are posted by companies.');
    expect(screen.queryByTestId('posting-editor')).not.toBeInTheDocument();
  });
});

describe('PostingEditorPage, editing', () => {
  it('starts from the saved need and sends every field back', async () => {
    const fetch = fakeApi({
      [`GET /api/v1/needs/${need.id}`]: { status: 200, body: need },
      [`GET /api/v1/organizations/${company.organization.id}/members`]: memberList,
      [`PATCH /api/v1/needs/${need.id}`]: { status: 200, body: need },
    });
    renderEditor({ route: `/needs/${need.id}/edit` });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Redigér behovet');
    expect(await screen.findByDisplayValue(need.title)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Kontraktforskning' })).toBeChecked();
    await userEvent.selectOptions(
      await screen.findByRole('combobox', { name: /Kontaktperson/ }),
      'Bo Jensen',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Gem ændringer' }));
    expect(await screen.findByText('Need page')).toBeInTheDocument();
    const body = await requestsTo(fetch, `PATCH /api/v1/needs/${need.id}`)[0].json();
    expect(body).toMatchObject({
      title: need.title,
      contactUserId: members[1].userId,
      visibility: 'brokers',
    });
    expect(body).not.toHaveProperty('organizationId');
  });

  it('says "not found" in the page language when the need is gone', async () => {
    fakeApi({
      [`GET /api/v1/needs/${need.id}`]: {
        status: 404,
        body: { statusCode: 404, error: 'Not Found', message: 'Need not found' },
      },
    });
    renderEditor({ route: `/needs/${need.id}/edit` });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Behovet blev ikke fundet');
    expect(screen.queryByTestId('posting-editor')).not.toBeInTheDocument();
  });

  it.each([
    ['someone outside the organisation', needAsOutsider],
    ["a colleague of the need's author", needAsColleague],
  ])('does not offer the editor to %s', async (_who, posting) => {
    fakeApi({ [`GET /api/v1/needs/${need.id}`]: { status: 200, body: posting } });
    renderEditor({ route: `/needs/${need.id}/edit`, language: 'en' });
    expect(
      await screen.findByText('Only its author and the owners and admins of Mejeri Nord ApS can edit it.'),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('posting-editor')).not.toBeInTheDocument();
  });
});
