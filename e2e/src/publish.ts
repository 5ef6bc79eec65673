import { expect, type Page } from '@playwright/test';

/** Fills the editor's text fields and publishes; returns the new posting's page address. */
export async function publish(page: Page, fields: { title: string; description: string }): Promise<string> {
  const editor = page.getByTestId('posting-editor');
  // The user's one publishing organisation is chosen already.
  await expect(editor.getByTestId('organization-select')).not.toHaveValue('');
  await editor.getByTestId('title-input').fill(fields.title);
  await editor.getByTestId('description-input').fill(fields.description);
  await expect(page.getByTestId('preview')).toContainText(fields.title);
  await editor.getByTestId('publish').click();
  await expect(page.getByTestId('posting-saved')).toBeVisible();
  return new URL(page.url()).pathname;
}
