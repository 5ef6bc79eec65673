import { expect, test, type Page } from '@playwright/test';
import { signedIn, SME_SESSION } from './sessions';

// Search and matching end to end on the seeded demo catalogue, which the worker's outbox relay indexes
// after the platform starts: each test first waits, by retrying, until the index answers. Sofie (demo
// SME, Danish) finds an institution despite a typo, sees the matches of her public need with their
// reasons, and finds her own confidential need; Ian (demo university, English) searches for the same
// need and does not find it.

/** Opens the search page at `query` until a result links to a path starting `path` (the index fills after start-up). */
async function searchUntilFound(page: Page, query: string, path: string) {
  const link = page.getByTestId('search-results').locator(`a[href^="${path}"]`);
  await expect(async () => {
    await page.goto(`/search?${new URLSearchParams({ q: query })}`);
    await expect(link.first()).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 90_000 });
  return link.first();
}

test.describe('search', () => {
  test.use({ storageState: SME_SESSION });
  // Room for the wait on the index after start-up.
  test.describe.configure({ timeout: 120_000 });

  test('an SME user searches with a typo and finds the institution', async ({ page }) => {
    // The index is ready once the university itself can be found.
    const university = await searchUntilFound(page, 'Københavns Universitet', '/organizations/');
    await expect(university).toBeVisible();

    await page.goto('/search');
    await page.getByRole('searchbox', { name: /Søg efter|Search for/ }).fill('Københavns Univrsitet');
    // Results follow the typing, and the words go into the URL.
    await expect(page).toHaveURL(/\/search\?q=K%C3%B8benhavns\+Univrsitet$/);
    const hit = page
      .getByTestId('search-hit')
      .filter({ has: page.getByRole('link', { name: 'Københavns Universitet', exact: true }) })
      .first();
    await expect(hit).toHaveAttribute('data-type', 'organization');
    await expect(hit.locator('mark').first()).toBeVisible();

    // The organisation-kind facet narrows to universities, and the back button undoes it.
    const universities = page.getByRole('checkbox', { name: /^(Universitet|University) \(\d+\)$/ });
    await universities.click();
    await expect(page).toHaveURL(/kind=university/);
    await expect(universities).toBeChecked();
    await page.goBack();
    await expect(page).not.toHaveURL(/kind=/);
    await expect(page.getByRole('searchbox')).toHaveValue('Københavns Univrsitet');

    await hit.getByRole('link', { name: 'Københavns Universitet', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Københavns Universitet');
  });

  test("the need's matches show ranked institutions with their reasons", async ({ page }) => {
    // Sofie's public demo need (she may also have others from other tests).
    await page.goto('/needs/mine');
    const row = page
      .getByTestId('posting-row')
      .filter({ hasText: /Offentlig|Public/ })
      .first();
    await row.getByRole('link').first().click();
    await expect(page.getByTestId('need-detail')).toBeVisible();

    // Matching reads the index, which holds the need once the relay has caught up.
    const matches = page.getByRole('region', { name: /^(Match|Matches)$/ });
    const first = matches.getByTestId('match').first();
    await expect(async () => {
      await page.reload();
      await expect(first).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 90_000 });
    await expect(first).toHaveAttribute('data-type', 'organization');
    await expect(first.getByTestId('match-score')).toHaveText(/\d+\s?% match/);
    await expect(first.getByTestId('match-reasons').getByRole('listitem').first()).toBeVisible();
    await expect(first.getByTestId('match-postings').getByRole('link').first()).toHaveAttribute(
      'href',
      /^\/competencies\//,
    );

    // Ranked competencies instead of institutions.
    // (The segmented control's radio inputs are visually hidden; a user clicks the label.)
    await matches.getByText(/^(Kompetencer|Competencies)$/).click();
    await expect(matches.getByRole('radio', { name: /Kompetencer|Competencies/ })).toBeChecked();
    await expect(matches.getByTestId('match').first()).toHaveAttribute('data-type', 'competence');
  });

  test('a confidential need is found by its company, and not by someone outside it', async ({
    page,
    browser,
  }) => {
    // One of Sofie's own confidential ('brokers') needs, from her list.
    await page.goto('/needs/mine');
    const row = page
      .getByTestId('posting-row')
      .filter({ hasText: /Fortroligt|Confidential/ })
      .first();
    await expect(row).toBeVisible();
    const id = await row.getAttribute('data-posting-id');
    const title = (await row.getByRole('link').first().textContent()) ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(title).not.toBe('');

    // Sofie finds it: so the index holds it.
    await searchUntilFound(page, title, `/needs/${id}`);

    // Ian, at a university, gets results for the same words, but never this need.
    const ian = await signedIn(browser, 'institution@demo.videnbro.dk');
    await ian.goto(`/search?${new URLSearchParams({ q: title })}`);
    await expect(ian.getByTestId('search-summary')).toHaveText(/results? in \d+ ms|resultat(er)? på \d+ ms/);
    await expect(ian.locator(`a[href="/needs/${id}"]`)).toHaveCount(0);
    await ian.context().close();
  });
});
