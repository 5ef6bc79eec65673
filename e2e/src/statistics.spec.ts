import { expect, test, type Locator } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { createActivityWithCsvParticipants } from './activities';
import { signedIn } from './sessions';

// A day no demo activity touches: the statistics of that day are the new activity's alone.
const DAY = '2031-05-14';
const CSV = [
  'name,cvr,email_domain,country',
  'Nordlys Energi E2E AB,,nordlys-e2e.se,SE',
  'Fjordvind E2E GmbH,,fjordvind-e2e.de,DE',
].join('\n');

/** A figure card's value as a number (Danish thousands separators taken out). */
async function figure(value: Locator): Promise<number> {
  return Number((await value.innerText()).replace(/\./g, ''));
}

test('participants a broker adds from a CSV show in the cluster dashboard, and the export lists them', async ({
  browser,
}) => {
  // Statistics over the whole demo catalogue, counted afresh after each change: slower than a page.
  test.setTimeout(120_000);
  const page = await signedIn(browser, 'broker@demo.videnbro.dk');
  const memberships = await (await page.request.get('/api/v1/me/organizations')).json();
  const cluster = memberships.items.find(
    (membership: { organization: { kind: string } }) => membership.organization.kind === 'cluster',
  ).organization as { id: string; name: string };

  await page.goto(`/statistics?cluster=${cluster.id}&from=${DAY}&to=${DAY}`);
  await expect(page.getByTestId('statistics-dashboard')).toBeVisible();
  const value = (id: string) => page.getByTestId(`figure-${id}-value`);
  // The first statistics of a freshly seeded platform can take a while on a loaded machine.
  await expect(value('companies')).toBeVisible({ timeout: 20_000 });
  const before = {
    activities: await figure(value('activities')),
    companies: await figure(value('companies')),
  };

  // The broker creates an activity that day and adds its participants from a CSV through the review
  // step, which proposes the two foreign companies as new organisations; the broker makes them SMEs.
  const result = await createActivityWithCsvParticipants(page, {
    title: 'Havvind og brint: matchmaking (e2e)',
    startsOn: DAY,
    csv: CSV,
    newOrganizationKind: 'sme',
  });
  expect(result).toMatchObject({ added: 2, created: 2 });

  await page.goto(`/statistics?cluster=${cluster.id}&from=${DAY}&to=${DAY}`);
  await expect(value('activities')).toHaveText(String(before.activities + 1), { timeout: 20_000 });
  await expect(value('companies')).toHaveText(String(before.companies + 2));
  await expect(value('international_activities')).not.toHaveText('0');

  // The rows behind the company figure, exported as CSV.
  await page.getByTestId('figure-companies-rows').click();
  const table = page.getByTestId('rows-table');
  await expect(table.getByRole('row', { name: /Nordlys Energi E2E AB/ })).toBeVisible({ timeout: 20_000 });
  await expect(table.getByRole('row', { name: /Fjordvind E2E GmbH/ })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    table.getByTestId('export-csv').click(),
  ]);
  expect(download.suggestedFilename()).toBe(`companies_${DAY}_${DAY}.csv`);
  const lines = (await readFile(await download.path(), 'utf8'))
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]).toBe('Navn,Art,Ansatte,Branchekoder,Land,Region,Deltagelser,Inden for styrkepositionerne');
  expect(lines).toHaveLength(before.companies + 3);
  expect(lines).toContain('Fjordvind E2E GmbH,SMV (lille eller mellemstor virksomhed),,,DE,Udlandet,1,');
  expect(lines).toContain('Nordlys Energi E2E AB,SMV (lille eller mellemstor virksomhed),,,SE,Udlandet,1,');
  await page.context().close();
});
