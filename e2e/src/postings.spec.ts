import { expect, test } from '@playwright/test';
import { publish } from './publish';
import { signedIn, SME_SESSION } from './sessions';

// Needs and competencies end to end, as the seeded demo users: Sofie (member of a demo SME) posts a
// confidential need and finds it under "My needs"; Ian (member of a demo university) publishes a
// competence, and cannot open Sofie's need: to him it does not exist.
// The demo accounts' languages differ (Sofie Danish, Ian English), so texts are matched in both.

const run = Date.now().toString(36);

test.describe.configure({ mode: 'serial' });

let confidentialNeed = '';
const needTitle = `Sygdom hos malkekøer ud fra sensordata ${run}`;

test.describe('an SME member', () => {
  test.use({ storageState: SME_SESSION });

  test('posts a confidential need and sees it in "my needs"', async ({ page }) => {
    await page.goto('/needs/mine');
    await page.getByTestId('new-posting').click();
    await expect(page).toHaveURL(/\/needs\/new$/);

    // Live validation: too short a title is reported before anything is sent.
    const editor = page.getByTestId('posting-editor');
    await editor.getByTestId('title-input').fill('Køer');
    await expect(editor.getByTestId('title-input')).toHaveAttribute('aria-invalid', 'true');

    await editor.getByTestId('tags-input').fill('Sensorer');
    await editor.getByTestId('tags-input').press('Enter');
    await editor.getByRole('radio', { name: /Fortroligt|Confidential/ }).check();
    confidentialNeed = await publish(page, {
      title: needTitle,
      description: '## Problemet\n\nVi vil **forudsige** sygdom hos køer ud fra data fra malkerobotter.',
    });
    expect(confidentialNeed).toMatch(/^\/needs\/[0-9a-f-]{36}$/);

    const detail = page.getByTestId('need-detail');
    await expect(detail.getByRole('heading', { level: 1 })).toHaveText(needTitle);
    await expect(detail.getByTestId('posting-visibility')).toHaveAttribute('data-visibility', 'brokers');
    // Sofie is in the company: she sees the contact person (herself, by default).
    await expect(detail.getByTestId('contact')).toContainText('Sofie SMV');

    await page.goto('/needs/mine');
    const row = page.getByTestId('posting-row').filter({ hasText: needTitle });
    await expect(row).toBeVisible();
    await expect(row.getByTestId('posting-status')).toHaveAttribute('data-status', 'open');
  });
});

test.describe('an institution member', () => {
  test('publishes a competence, and cannot see the confidential need of a company', async ({ browser }) => {
    const page = await signedIn(browser, 'institution@demo.videnbro.dk');
    const title = `Testfaciliteter til robotter ${run}`;

    await page.goto('/competencies/new');
    const path = await publish(page, {
      title,
      description: 'A test hall with robot arms, sensors and people who help companies try ideas out.',
    });
    expect(path).toMatch(/^\/competencies\/[0-9a-f-]{36}$/);
    await page.goto('/competencies/mine');
    await expect(page.getByTestId('posting-row').filter({ hasText: title })).toBeVisible();

    expect(confidentialNeed).not.toBe('');
    await page.goto(confidentialNeed);
    await expect(page.getByTestId('posting-not-found')).toBeVisible();
    await expect(page.getByText(needTitle)).toHaveCount(0);
    await page.context().close();
  });
});
