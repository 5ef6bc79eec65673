import { expect, type Browser, type Page } from '@playwright/test';

/** Where the setup project saves signed-in sessions for the tests to reuse. */
export const SME_SESSION = 'dist/e2e/.auth/sme.json';

/** The password of every demo account (libs/api/demo-data). */
export const DEMO_PASSWORD = 'videnbro-demo-2026';

/** A new browser context signed in as a demo user through the sign-in page; close its context when done. */
export async function signedIn(browser: Browser, email: string): Promise<Page> {
  // No saved session: a test's `storageState` would otherwise carry over into the new context.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/sign-in');
  const form = page.getByTestId('sign-in-form');
  await form.getByLabel(/E-mail|Email/).fill(email);
  await form.getByRole('textbox', { name: /^(Adgangskode|Password)$/ }).fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: /Log ind|Sign in/ }).click();
  await expect(page.getByTestId('dashboard')).toBeVisible();
  return page;
}
