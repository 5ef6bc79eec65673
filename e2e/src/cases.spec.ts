import { expect, test, type Page } from '@playwright/test';
import { publish } from './publish';
import { signedIn } from './sessions';

interface Organization {
  id: string;
  name: string;
}

const ownOrganization = async (page: Page): Promise<Organization> => {
  const memberships = (await (await page.request.get('/api/v1/me/organizations')).json()) as {
    items: { organization: Organization }[];
  };
  return memberships.items[0].organization;
};

// The whole brokering journey across three people, each in their own browser context: Sofie (SME,
// Danish), Ian (a university, English) and Bo (the SME's cluster broker, Danish).
test('an introduction from a match: proposed, accepted by both sides, contacts and messages, outcome on both dashboards', async ({
  browser,
}) => {
  test.slow();
  const stamp = Date.now();
  const institution = await signedIn(browser, 'institution@demo.videnbro.dk');
  const sme = await signedIn(browser, 'sme@demo.videnbro.dk');
  const broker = await signedIn(browser, 'broker@demo.videnbro.dk');
  const university = await ownOrganization(institution);
  const company = await ownOrganization(sme);
  // A need worded like one of the university's competencies, so the university is among its matches.
  const competencies = (await (
    await sme.request.get(`/api/v1/organizations/${university.id}/competencies?limit=1`)
  ).json()) as { items: { title: string; description: string }[] };
  const [competence] = competencies.items;

  // Sofie publishes the need and asks for an introduction to the university from its matches.
  await sme.goto('/needs/new');
  await expect(sme.getByTestId('posting-editor')).toBeVisible({ timeout: 15_000 });
  const needPath = await publish(sme, {
    title: `${competence.title} (e2e ${stamp})`,
    description: competence.description,
  });
  const matches = sme.getByRole('region', { name: /^(Match|Matches)$/ });
  const match = matches.getByTestId('match').filter({ hasText: university.name }).first();
  // The index takes the new need in after the commit: reload until its matches are there.
  await expect(async () => {
    await sme.goto(needPath);
    await expect(match).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await match.getByTestId('case-request').click();
  await sme.getByTestId('send-case-request').click();
  await expect(sme.getByTestId('case-page')).toBeVisible();
  await expect(sme.getByTestId('case-request-notice')).toBeVisible();
  const casePath = new URL(sme.url()).pathname;
  await expect(sme.getByTestId('case-stage').first()).toHaveText('Foreslået');
  await expect(sme.getByTestId('case-contacts')).toContainText('Kontaktpersoner vises');

  // Bo, the broker of Sofie's cluster, proposes the introduction.
  await broker.goto(casePath);
  await broker.getByTestId('stage-select').selectOption('introduced');
  await broker.getByTestId('move-stage').click();
  await expect(broker.getByTestId('case-stage').first()).toHaveText('Introduceret');

  // Ian sees the request waiting for him, and accepts; contacts stay hidden until Sofie accepts too.
  await institution.goto('/cases');
  await expect(institution.getByTestId('cases-waiting')).toContainText(company.name);
  await institution.goto(casePath);
  await institution.getByTestId('accept-introduction').click();
  await expect(institution.getByTestId('consent-statuses')).toContainText(`${university.name}: Accepted`);
  await expect(institution.getByTestId('case-contacts')).not.toContainText('Sofie SMV');

  // Sofie accepts: both see each other's contact persons, and the thread opens.
  await sme.goto(casePath);
  await sme.getByTestId('accept-introduction').click();
  await expect(sme.getByTestId('case-contacts')).toContainText('Ian Institution');
  const messages = sme.getByTestId('case-messages');
  await messages.getByLabel('Din besked').fill(`Hej Ian, skal vi tage et møde? (${stamp})`);
  await messages.getByTestId('add-messages').click();
  await expect(messages).toContainText(`Hej Ian, skal vi tage et møde? (${stamp})`);

  await institution.goto(casePath);
  await expect(institution.getByTestId('case-contacts')).toContainText('Sofie SMV');
  const thread = institution.getByTestId('case-messages');
  await expect(thread).toContainText(`Hej Ian, skal vi tage et møde? (${stamp})`);
  await thread.getByLabel('Your message').fill(`Yes, Tuesday works (${stamp})`);
  await thread.getByTestId('add-messages').click();
  await expect(thread).toContainText(`Yes, Tuesday works (${stamp})`);

  // Bo moves the case on, one step at a time, to an agreed collaboration, and records the outcome.
  await broker.goto(casePath);
  await expect(broker.getByTestId('case-messages')).toContainText(`Yes, Tuesday works (${stamp})`);
  for (const [stage, label] of [
    ['meeting_held', 'Møde holdt'],
    ['collaboration_agreed', 'Samarbejde aftalt'],
  ]) {
    await broker.getByTestId('stage-select').selectOption(stage);
    await broker.getByTestId('move-stage').click();
    await expect(broker.getByTestId('case-stage').first()).toHaveText(label);
  }
  const outcome = broker.getByTestId('outcome-form');
  await outcome.getByTestId('outcome-type').selectOption('contract_research');
  await outcome.getByTestId('save-outcome').click();
  await expect(outcome.getByRole('status')).not.toBeEmpty();

  // The case shows on both parties' dashboards, with its stage.
  for (const [page, stageLabel] of [
    [sme, 'Samarbejde aftalt'],
    [institution, 'Collaboration agreed'],
  ] as const) {
    await page.goto('/');
    const entry = page.getByTestId('my-cases').getByRole('listitem').filter({ hasText: company.name });
    await expect(entry.filter({ hasText: university.name }).first()).toContainText(stageLabel);
  }
  for (const page of [sme, institution, broker]) await page.context().close();
});
