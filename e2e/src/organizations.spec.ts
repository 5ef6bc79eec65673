import { expect, test, type Page } from '@playwright/test';
import { publish } from './publish';

// An SME employee registers, is taken to onboarding, creates the company and posts its first need: the CVR number is
// checked while typed, the API creates the organisation and makes them its owner. Someone who tries
// a CVR number that is registered already is offered to ask to join instead.
test.use({ locale: 'en-GB' });

/** A CVR number with a right check digit (weights 2,7,6,5,4,3,2,1), new for each run. */
function freshCvr(): string {
  for (;;) {
    const first = String(10_000_000 + Math.floor(Math.random() * 89_999_999)).slice(0, 7);
    const weights = [2, 7, 6, 5, 4, 3, 2];
    const sum = [...first].reduce((total, digit, i) => total + Number(digit) * weights[i], 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return `${first}${check}`;
  }
}

const PASSWORD = 'fjord-kaffe-Sommer-42';
const freshEmail = () => `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@firma.dk`;

async function register(page: Page, name: string): Promise<void> {
  await page.goto('/register');
  const form = page.getByTestId('register-form');
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Email').fill(freshEmail());
  await form.getByRole('textbox', { name: 'Password', exact: true }).fill(PASSWORD);
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/onboarding$/);
}

test('an SME user registers, creates the company in onboarding, posts a need and finds it in My needs', async ({
  page,
}) => {
  const cvr = freshCvr();
  await register(page, 'Mette Mejeri');

  const form = page.getByTestId('onboarding-form');
  await form.getByTestId('kind-select').selectOption('sme');
  await form.getByTestId('name-input').fill('Fjordmejeriet E2E ApS');

  // A wrong check digit is reported at once, before the form is sent.
  const cvrInput = form.getByTestId('cvr-input');
  const wrong = `${cvr.slice(0, 7)}${(Number(cvr[7]) + 1) % 10}`;
  await cvrInput.fill(wrong);
  await expect(form.getByText('CVR check digit is wrong — check the number')).toBeVisible();
  await expect(cvrInput).toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('button', { name: 'Create organisation' }).click();
  await expect(page).toHaveURL(/\/onboarding$/);
  await expect(cvrInput).toBeFocused();

  await cvrInput.fill(cvr);
  await expect(form.getByTestId('cvr-status')).toHaveText(`CVR ${cvr}: the check digit is right.`);
  await expect(cvrInput).not.toHaveAttribute('aria-invalid', 'true');

  await form.getByLabel('Number of employees').selectOption('10-49');
  await form.getByTestId('region-select').selectOption('midtjylland');
  await form.getByTestId('municipality-select').selectOption('aarhus');
  await form.getByRole('combobox', { name: 'Industries (DB07/NACE)' }).fill('Computer programming');
  await page.getByRole('option', { name: /^62 Computer programming/ }).click();
  await form.getByRole('button', { name: 'Create organisation' }).click();

  // The new organisation's page, with the user as its owner.
  await expect(page).toHaveURL(/\/organizations\/[0-9a-f-]{36}$/);
  const profile = page.getByTestId('organization-page');
  await expect(profile.getByRole('heading', { level: 1 })).toHaveText('Fjordmejeriet E2E ApS');
  await expect(page.getByTestId('organization-notice')).toContainText(
    'Fjordmejeriet E2E ApS is created, and you are its owner.',
  );
  await expect(page.getByTestId('label-sme')).toHaveText('SME');
  await expect(profile).toContainText(cvr);
  await expect(profile).toContainText('Aarhus, ');
  await expect(profile).toContainText('62 Computer programming');
  await expect(page.getByTestId('my-role')).toHaveText('Your role: Owner');

  // Listed under "My organisations".
  await page.getByTestId('user-menu').click();
  await page.getByTestId('my-organizations-link').click();
  await expect(page.getByTestId('my-organization')).toContainText('Fjordmejeriet E2E ApS');
  // The new company posts its first need, and finds it under "My needs".
  const title = `Predicting illness in dairy cows from sensor data ${cvr}`;
  await page.goto('/needs/new');
  await publish(page, {
    title,
    description: 'We have milking-robot sensor data and want to predict illness days before it shows.',
  });
  await page.goto('/needs/mine');
  await expect(page.getByTestId('posting-row').filter({ hasText: title })).toBeVisible();
});

test('someone whose CVR number is registered already asks to join, and the owner approves', async ({
  page,
  browser,
  baseURL,
}) => {
  // The owner and the company, made through the API (the test above covers making them in the UI).
  const cvr = freshCvr();
  const origin = { origin: new URL(baseURL ?? '').origin };
  const registered = await page.request.post('/api/v1/auth/register', {
    headers: origin,
    data: { name: 'Olivia Owner', email: freshEmail(), password: PASSWORD, locale: 'en' },
  });
  expect(registered.ok()).toBe(true);
  const created = await page.request.post('/api/v1/organizations', {
    headers: origin,
    data: { kind: 'sme', name: 'Havnesmedjen E2E ApS', cvr, country: 'DK' },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  // A colleague registers and tries to create the company again.
  const colleague = await browser.newPage({ baseURL, locale: 'en-GB' });
  await register(colleague, 'Kasper Kollega');
  const form = colleague.getByTestId('onboarding-form');
  await form.getByTestId('kind-select').selectOption('sme');
  await form.getByTestId('name-input').fill('Havnesmedjen');
  await form.getByTestId('cvr-input').fill(cvr);
  await form.getByRole('button', { name: 'Create organisation' }).click();
  const exists = colleague.getByTestId('organization-exists');
  await expect(exists).toContainText('Havnesmedjen E2E ApS');
  await exists.getByRole('button', { name: 'Send request' }).click();
  await expect(colleague.getByTestId('join-request-sent')).toBeVisible();
  await colleague.close();

  // The owner sees the request on the members page and approves it.
  await page.goto(`/organizations/${id}/members`);
  const requests = page.getByTestId('join-requests');
  await expect(requests).toContainText('Kasper Kollega');
  await requests.getByRole('button', { name: 'Approve the request from Kasper Kollega' }).click();
  await expect(page.getByTestId('members-table')).toContainText('Kasper Kollega');
});
