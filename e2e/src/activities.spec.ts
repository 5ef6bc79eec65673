import { expect, test } from '@playwright/test';
import { createActivityWithCsvParticipants } from './activities';
import { signedIn } from './sessions';

interface Organization {
  id: string;
  name: string;
  cvr: string | null;
}

test('a broker creates an activity, adds participants from a CSV through the review step, and sees the count', async ({
  browser,
}) => {
  const page = await signedIn(browser, 'broker@demo.videnbro.dk');
  const organizations = async (query: string): Promise<Organization[]> =>
    (await (await page.request.get(`/api/v1/organizations?${query}`)).json()).items;
  // Two demo companies, found by their CVR numbers, a university by its name, and a Swedish company new to
  // Videnbro (a new Danish company would need its CVR number).
  const [first, second] = (await organizations('kind=sme&limit=20')).filter((company) => company.cvr);
  const [university] = await organizations('kind=university&limit=1');
  const stamp = Date.now();
  const csv = [
    'name;cvr;email_domain;country',
    `${first.name};${first.cvr};;DK`,
    `Another name for the same company;${second.cvr};;DK`,
    `${university.name};;;DK`,
    `Solcelle Syd E2E ${stamp} AB;;solcelle-${stamp}.se;SE`,
  ].join('\n');

  const result = await createActivityWithCsvParticipants(page, {
    title: `Solceller på taget: videndeling (e2e ${stamp})`,
    startsOn: '2030-09-10',
    csv,
    newOrganizationKind: 'sme',
    onReview: async (review) => {
      const found = (line: number) => review.locator(`[data-line="${line}"]`).getByTestId('import-found');
      await expect(found(2)).toContainText(first.name);
      await expect(found(3)).toContainText(second.name);
      await expect(found(4)).toContainText(university.name);
      await expect(found(5)).toContainText(/ikke verificeret/);
      // Reviewing writes nothing.
      const activity = new URL(page.url()).pathname.split('/')[2];
      const participations = await page.request.get(`/api/v1/activities/${activity}/participations`);
      expect((await participations.json()).items).toEqual([]);
    },
  });

  expect(result).toMatchObject({ added: 4, created: 1, skipped: 0 });
  await expect(page.getByTestId('participant-count')).toHaveText('4 organisationer, 4 personer');
  const rows = page.getByTestId('participant-row');
  await expect(rows).toHaveCount(4);
  await expect(rows.filter({ hasText: `Solcelle Syd E2E ${stamp} AB` })).toContainText('Ikke verificeret');

  // The activity is in the list, with its participants counted.
  await page.goto('/activities?from=2030-09-10&to=2030-09-10');
  const row = page.getByTestId('activity-row').filter({ hasText: `(e2e ${stamp})` });
  await expect(row.getByTestId('activity-organizations')).toHaveText('4');
  await page.context().close();
});
