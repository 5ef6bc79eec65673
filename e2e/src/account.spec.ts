import { expect, test } from '@playwright/test';

// A new visitor with a Danish browser: register, use the app in Danish, switch to English, sign out,
// sign in again (English remembered), sign out.
test.use({ locale: 'da-DK' });

test('register, switch language, sign out and sign in again', async ({ page }) => {
  const email = `e2e-${Date.now()}@firma.dk`;
  const password = 'fjord-kaffe-Sommer-42';

  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByRole('link', { name: 'Opret konto' }).click();

  const register = page.getByTestId('register-form');
  await register.getByLabel('Navn').fill('Emil Ebbesen');
  await register.getByLabel('E-mail').fill(email);
  await register.getByRole('textbox', { name: 'Adgangskode', exact: true }).fill('kort');
  await register.getByRole('button', { name: 'Opret konto' }).click();
  await expect(register.getByText(/Adgangskoden skal være på mindst 12 tegn/)).toBeVisible();
  await register.getByRole('textbox', { name: 'Adgangskode', exact: true }).fill(password);
  await register.getByRole('button', { name: 'Opret konto' }).click();

  // A new account starts at onboarding, to set up or join its organisation.
  await expect(page).toHaveURL(/\/onboarding$/);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Kom i gang');
  await expect(page.getByTestId('user-menu')).toContainText('Emil Ebbesen');
  await expect(page.getByTestId('nav-search')).toHaveText(/Søg/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');

  await page.getByTestId('language-switcher').selectOption('en');
  await expect(heading).toHaveText('Get started');
  await expect(page.getByTestId('nav-search')).toHaveText(/Search/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('sign-in-form')).toBeVisible();

  // Signed out: the app refuses the dashboard and comes back to it after signing in.
  await page.goto('/needs');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fneeds/);
  const signIn = page.getByTestId('sign-in-form');
  await signIn.getByLabel('Email').fill(email);
  await signIn.getByRole('textbox', { name: 'Password', exact: true }).fill('not-the-password-1');
  await signIn.getByRole('button', { name: 'Sign in' }).click();
  await expect(signIn.getByText('Invalid email or password')).toBeVisible();
  await signIn.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await signIn.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/needs$/);
  await expect(page.getByTestId('nav-needs')).toHaveText(/Needs/);

  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('sign-in-form')).toBeVisible();
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
});
