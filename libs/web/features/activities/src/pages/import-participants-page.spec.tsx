import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, requestsTo } from '@videnbro/web-testing';
import { activity, brokerApi, preview } from '../testing/fixtures';
import { renderRoutes } from '../testing/render-activities';
import { ImportParticipantsPage } from './import-participants-page';

const routes = [
  { path: '/activities/:id/import', element: <ImportParticipantsPage /> },
  { path: '/activities/:id', element: <p>Activity page</p> },
];
const route = `/activities/${activity.id}/import`;
const base = `/api/v1/activities/${activity.id}`;
const CSV = 'name;cvr;email_domain;country\nMejeri Nord;12345674;;DK\n';

function api(extra: Record<string, unknown> = {}) {
  return fakeApi({
    ...brokerApi,
    [`GET ${base}`]: { status: 200, body: activity },
    [`POST ${base}/participations/import/preview`]: { status: 200, body: preview },
    [`POST ${base}/participations/import/commit`]: {
      status: 201,
      body: { added: 1, created: 1, skipped: 2 },
    },
    ...extra,
  } as Parameters<typeof fakeApi>[0]);
}

async function review() {
  await userEvent.click(await screen.findByRole('textbox', { name: /^CSV/ }));
  await userEvent.paste(CSV);
  await userEvent.click(screen.getByRole('button', { name: 'Review the lines' }));
  return screen.findByTestId('import-review');
}

const choice = (line: number) =>
  screen
    .getAllByTestId('import-choice')
    .find((select) => select.closest('tr')?.dataset.line === String(line))!;

describe('ImportParticipantsPage', () => {
  it('shows per line what the API found, lets the broker decide, and adds nothing before confirming', async () => {
    const fetch = api();
    renderRoutes(routes, { route, language: 'en' });
    const table = await review();

    expect(await requestsTo(fetch, `POST ${base}/participations/import/preview`)[0].json()).toEqual({
      csv: CSV,
    });
    expect(screen.getByRole('heading', { name: 'Review' })).toHaveFocus();
    const found = within(table)
      .getAllByTestId('import-found')
      .map((cell) => cell.textContent);
    expect(found).toEqual([
      'Mejeri Nord ApS (same CVR)Already taking part',
      'Vindmølle Vest A/S (same e-mail domain)',
      'New, unverified organisation',
      'The name is missingCVR must have 8 digits',
      'Vindmølle Vest A/S (same e-mail domain)Same as line 3',
    ]);
    // Lines with errors and organisations already taking part can only be skipped.
    expect(choice(2)).toBeDisabled();
    expect(choice(2)).toHaveValue('skip');
    expect(choice(3)).toHaveValue('match');
    expect(choice(4)).toHaveValue('create');
    expect(choice(5)).toBeDisabled();
    expect(choice(6)).toBeDisabled();
    expect(screen.getByTestId('import-plan')).toHaveTextContent(
      '1 existing organisations to add, 1 new organisations to create, 3 lines skipped.',
    );
    expect(requestsTo(fetch, `POST ${base}/participations/import/commit`)).toHaveLength(0);

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'What to do with line 3 (Vindmølle Vest A/S)' }),
      'skip',
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Role of the added organisations' }),
      'speaker',
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Kind of the new organisation on line 4 (Hydrogen GmbH)' }),
      'large_company',
    );
    const persons = screen.getByRole('textbox', { name: 'Persons per organisation' });
    await userEvent.clear(persons);
    await userEvent.type(persons, '2');
    await userEvent.click(screen.getByRole('button', { name: 'Add 1 participant' }));

    const summary = await screen.findByTestId('import-summary');
    expect(await requestsTo(fetch, `POST ${base}/participations/import/commit`)[0].json()).toEqual({
      role: 'speaker',
      persons: 2,
      rows: [
        {
          line: 4,
          create: {
            name: 'Hydrogen GmbH',
            cvr: null,
            country: 'DE',
            website: 'https://hydrogen.de',
            kind: 'large_company',
          },
        },
      ],
    });
    expect(within(summary).getByTestId('import-added')).toHaveTextContent('1 participant added');
    expect(within(summary).getByTestId('import-created')).toHaveTextContent('1 new organisation created');
    expect(within(summary).getByTestId('import-skipped')).toHaveTextContent('2 lines skipped');
    expect(screen.getByRole('heading', { name: 'Participants imported' })).toHaveFocus();
    await userEvent.click(screen.getByRole('link', { name: 'See the participants' }));
    expect(await screen.findByText('Activity page')).toBeInTheDocument();
  });

  it('goes back to the CSV, as it was, to change it', async () => {
    api();
    renderRoutes(routes, { route, language: 'en' });
    await review();
    await userEvent.click(screen.getByRole('button', { name: 'Change the CSV' }));
    expect(screen.getByRole('textbox', { name: /^CSV/ })).toHaveValue(CSV);
  });

  it('reads a chosen file into the text, in Danish', async () => {
    api();
    renderRoutes(routes, { route });
    const file = new File([CSV], 'deltagere.csv', { type: 'text/csv' });
    // jsdom's File has no text() yet; browsers have had it for years.
    Object.defineProperty(file, 'text', { value: async () => CSV });
    await userEvent.upload(await screen.findByLabelText('CSV-fil'), file);
    expect(await screen.findByRole('textbox', { name: /^CSV/ })).toHaveValue(CSV);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Importér deltagere: Brint i industrien',
    );
  });

  it('asks for the CSV before sending anything', async () => {
    const fetch = api();
    renderRoutes(routes, { route, language: 'en' });
    await userEvent.click(await screen.findByRole('button', { name: 'Review the lines' }));
    expect(screen.getByText('Paste the CSV or choose a file')).toBeInTheDocument();
    expect(requestsTo(fetch, `POST ${base}/participations/import/preview`)).toHaveLength(0);
  });

  it("shows the API's message when it cannot read the CSV", async () => {
    api({
      [`POST ${base}/participations/import/preview`]: {
        status: 400,
        body: { statusCode: 400, error: 'Bad Request', message: 'The header row needs a name column' },
      },
    });
    renderRoutes(routes, { route, language: 'en' });
    await userEvent.click(await screen.findByRole('textbox', { name: /^CSV/ }));
    await userEvent.paste('foo;bar\n1;2');
    await userEvent.click(screen.getByRole('button', { name: 'Review the lines' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The header row needs a name column');
    expect(screen.queryByTestId('import-review')).not.toBeInTheDocument();
  });

  it("puts the API's refusal of a row on the CSV line it came from", async () => {
    api({
      [`POST ${base}/participations/import/commit`]: {
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Validation failed',
          details: [{ field: 'rows.1.create.cvr', message: 'A Danish company needs its CVR number' }],
        },
      },
    });
    renderRoutes(routes, { route, language: 'en' });
    await review();
    await userEvent.click(screen.getByRole('button', { name: 'Add 2 participants' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Line 4: A Danish company needs its CVR number',
    );
    // Rows sent: line 3 (a match), then line 4 (the new organisation).
    expect(choice(4)).toHaveAttribute('aria-invalid', 'true');
    expect(choice(3)).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('offers nothing to someone who may not change the activity', async () => {
    fakeApi({ [`GET ${base}`]: { status: 200, body: { ...activity, canEdit: false } } });
    renderRoutes(routes, { route, language: 'en' });
    expect(await screen.findByText(/Only the brokers of its clusters/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /^CSV/ })).not.toBeInTheDocument();
  });
});
