import { expect, test as setup } from '@playwright/test';

import { SME_SESSION } from './sessions';

// Signs in once as the seeded demo SME user; tests that only need a signed-in user reuse the session.
setup('sign in as the demo SME user', async ({ page }) => {
  await page.goto('/sign-in');
  const form = page.getByTestId('sign-in-form');
  await form.getByLabel(/E-mail|Email/).fill('sme@demo.videnbro.dk');
  await form.getByRole('textbox', { name: /^(Adgangskode|Password)$/ }).fill('videnbro-demo-2026');
  await form.getByRole('button', { name: /Log ind|Sign in/ }).click();
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await page.context().storageState({ path: SME_SESSION });
});
