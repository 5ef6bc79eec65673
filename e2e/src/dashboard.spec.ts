import { expect, test } from '@playwright/test';
import { SME_SESSION } from './sessions';

test.use({ storageState: SME_SESSION });

test('the signed-in SME user sees the dashboard and the areas open to them', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('dashboard')).toBeVisible();
  // Sofie's account language is Danish.
  await expect(page.getByText('Velkommen, Sofie SMV')).toBeVisible();
  // Cases too: a member of an organisation follows its introductions there.
  for (const area of ['search', 'needs', 'competencies', 'cases']) {
    await expect(page.getByTestId(`nav-${area}`)).toBeVisible();
  }
  // Activities and statistics are for brokers, programme staff and admins.
  for (const area of ['activities', 'statistics']) {
    await expect(page.getByTestId(`nav-${area}`)).toHaveCount(0);
  }
});

test('an unknown page shows the not-found page', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByTestId('not-found')).toBeVisible();
});
