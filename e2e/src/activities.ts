import { expect, type Locator, type Page } from '@playwright/test';

export interface CsvActivity {
  title: string;
  /** `YYYY-MM-DD`; the activity lasts this one day unless `endsOn` is given. */
  startsOn: string;
  endsOn?: string;
  /** The participants file: a header row (name, cvr, email_domain, country) and a line per organisation. */
  csv: string;
  /** The kind every new (unverified) organisation the review proposes gets; the API's default is `other`. */
  newOrganizationKind?: string;
  /** Called on the review step, before anything is added: check what it shows, or change a line's choice. */
  onReview?: (review: Locator) => Promise<void>;
}

export interface CsvImportResult {
  /** The activity's id; its page is `/activities/{id}`. */
  id: string;
  added: number;
  created: number;
  skipped: number;
}

/**
 * As a broker signed in on `page` (with one cluster, chosen by the editor): creates an activity in the
 * editor, then adds its participants from a CSV through the import's review step, accepting each line's
 * proposed choice. Ends on the activity's page.
 */
export async function createActivityWithCsvParticipants(
  page: Page,
  activity: CsvActivity,
): Promise<CsvImportResult> {
  await page.goto('/activities/new');
  const editor = page.getByTestId('activity-editor');
  await expect(editor.getByTestId('owner-cluster-select')).not.toHaveValue('');
  await editor.getByTestId('activity-title').fill(activity.title);
  await editor.getByTestId('activity-starts-on').fill(activity.startsOn);
  await editor.getByTestId('activity-ends-on').fill(activity.endsOn ?? activity.startsOn);
  await editor.getByTestId('save-activity').click();
  await expect(page.getByTestId('activity-saved')).toBeVisible();
  const id = new URL(page.url()).pathname.split('/').pop() ?? '';

  await page.getByTestId('import-participants-link').click();
  await page.getByTestId('import-csv').fill(activity.csv);
  await page.getByTestId('import-preview').click();
  const review = page.getByTestId('import-review');
  await expect(review).toBeVisible();
  if (activity.newOrganizationKind) {
    for (const kind of await review.getByTestId('import-kind').all()) {
      await kind.selectOption(activity.newOrganizationKind);
    }
  }
  await activity.onReview?.(review);
  await page.getByTestId('import-commit').click();

  const summary = page.getByTestId('import-summary');
  await expect(summary).toBeVisible();
  const count = async (testId: string) =>
    Number((await summary.getByTestId(testId).innerText()).match(/\d+/)?.[0]);
  const result = {
    id,
    added: await count('import-added'),
    created: await count('import-created'),
    skipped: await count('import-skipped'),
  };
  await summary.getByTestId('import-to-activity').click();
  await expect(page.getByTestId('activity-page')).toBeVisible();
  return result;
}
