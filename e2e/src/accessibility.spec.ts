import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, signedIn } from './sessions';

// axe-core scans every main page as each kind of user: no violations of any impact (minor and moderate
// included). The count per page is printed, and each violation with where it is, so a regression shows
// where it came from.

type User = 'anonymous' | 'sme' | 'institution' | 'broker' | 'programme' | 'admin';

interface Fixture {
  companyId: string;
  institutionId: string;
  needId: string;
  competenceId: string;
  caseId: string;
  activityId: string;
}

interface ScannedPage {
  name: string;
  path: string;
  /** The test id of what shows once the page has its content; the page's h1 when left out. */
  ready?: string;
}

/**
 * The pages each kind of user scans (paths from the fixture's real objects). Every main page is scanned
 * once in each version that differs by role (header navigation, a need's actions, a case's broker tools);
 * a page that looks the same to everyone signed in is scanned once, which keeps the run short.
 */
function pagesOf(user: User, f: Fixture): ScannedPage[] {
  const dashboard: ScannedPage = { name: 'dashboard', path: '/', ready: 'dashboard' };
  const needDetail: ScannedPage = {
    name: 'need detail with matches',
    path: `/needs/${f.needId}`,
    ready: 'match',
  };
  const competenceDetail: ScannedPage = {
    name: 'competence detail with matches',
    path: `/competencies/${f.competenceId}`,
    ready: 'match',
  };
  const search: ScannedPage = { name: 'search with results', path: '/search?q=energi', ready: 'search-hit' };
  const organization: ScannedPage = {
    name: 'organisation page',
    path: `/organizations/${f.companyId}`,
    ready: 'organization-page',
  };
  const casesList: ScannedPage = { name: 'cases list', path: '/cases', ready: 'cases-page' };
  const caseDetail: ScannedPage = { name: 'case detail', path: `/cases/${f.caseId}`, ready: 'case-page' };
  const board: ScannedPage = { name: 'broker board', path: '/cases/board', ready: 'case-board-page' };
  const activities: ScannedPage = { name: 'activities', path: '/activities', ready: 'activities-page' };
  const statistics: ScannedPage = {
    name: 'statistics dashboard',
    path: '/statistics',
    ready: 'statistics-dashboard',
  };
  switch (user) {
    case 'anonymous':
      return [
        { name: 'sign-in', path: '/sign-in', ready: 'sign-in-form' },
        { name: 'register', path: '/register', ready: 'register-form' },
        { name: 'forgot password', path: '/forgot-password', ready: 'forgot-password-form' },
        { name: 'consent link (invalid)', path: '/case-consents/not-a-token', ready: 'consent-link-problem' },
        search,
        needDetail,
        competenceDetail,
        organization,
      ];
    case 'sme':
      return [
        dashboard,
        search,
        needDetail,
        competenceDetail,
        organization,
        { name: 'notifications', path: '/notifications' },
        { name: 'notification settings', path: '/settings/notifications' },
        { name: 'saved searches', path: '/saved-searches' },
        { name: 'account', path: '/account', ready: 'change-password-form' },
        { name: 'my needs', path: '/needs/mine', ready: 'postings-table' },
        { name: 'need editor', path: '/needs/new', ready: 'posting-editor' },
        casesList,
        caseDetail,
      ];
    case 'institution':
      return [
        dashboard,
        needDetail,
        competenceDetail,
        { name: 'my competencies', path: '/competencies/mine', ready: 'postings-table' },
        { name: 'competence editor', path: '/competencies/new', ready: 'posting-editor' },
        casesList,
        caseDetail,
      ];
    case 'broker':
      return [
        dashboard,
        needDetail,
        casesList,
        caseDetail,
        board,
        { name: 'broker inbox', path: '/cases/inbox', ready: 'case-inbox-page' },
        activities,
        { name: 'activity detail', path: `/activities/${f.activityId}`, ready: 'activity-page' },
        statistics,
      ];
    case 'programme':
      return [dashboard, activities, statistics];
    case 'admin':
      return [dashboard, needDetail, caseDetail, board];
  }
}

const EMAILS: Record<Exclude<User, 'anonymous'>, string> = {
  sme: 'sme@demo.videnbro.dk',
  institution: 'institution@demo.videnbro.dk',
  broker: 'broker@demo.videnbro.dk',
  programme: 'programme@demo.videnbro.dk',
  admin: 'admin@demo.videnbro.dk',
};

async function json<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

async function post<T>(page: Page, path: string, data: unknown): Promise<T> {
  // The API's CSRF check wants the Origin of a cookie request.
  const origin = new URL(page.url()).origin;
  const response = await page.request.post(path, { data, headers: { Origin: origin } });
  expect(response.ok(), `${path}: ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

interface PostingSummary {
  id: string;
  title: string;
  visibility: string;
  status: string;
}

/** Open and public: anyone sees it. The demo also has public drafts, and the lists' order changes between
 * runs (same creation time, random ids), so the first public one is not enough. */
function published(posting: PostingSummary): boolean {
  return posting.visibility === 'public' && posting.status === 'open';
}

/**
 * One scenario the pages point at: the demo SME's public need, a competence of the demo university, a
 * case between them (owned by their cluster), a saved search and a demo activity.
 */
async function seedFixture(browser: Browser): Promise<Fixture> {
  const sme = await signedIn(browser, EMAILS.sme);
  const institution = await signedIn(browser, EMAILS.institution);
  const broker = await signedIn(browser, EMAILS.broker);
  type Memberships = { items: { organization: { id: string } }[] };
  const [company] = (await json<Memberships>(sme, '/api/v1/me/organizations')).items;
  const [university] = (await json<Memberships>(institution, '/api/v1/me/organizations')).items;
  type Postings = { items: PostingSummary[] };
  // Published public ones, so that anonymous visitors see them too.
  const competence = (
    await json<Postings>(
      institution,
      `/api/v1/organizations/${university.organization.id}/competencies?limit=50`,
    )
  ).items.find(published);
  const need = (await json<Postings>(sme, '/api/v1/me/needs')).items.find(published);
  const [activity] = (await json<Postings>(broker, '/api/v1/activities?limit=1')).items;
  expect(need && competence && activity).toBeTruthy();
  const created = await post<{ id: string }>(sme, '/api/v1/cases', {
    companyId: company.organization.id,
    institutionId: university.organization.id,
    needId: need?.id,
  });
  await post(sme, '/api/v1/saved-searches', { name: 'Energi (a11y)', query: { q: 'energi' } });
  for (const page of [sme, institution, broker]) await page.context().close();
  return {
    companyId: company.organization.id,
    institutionId: university.organization.id,
    needId: need?.id ?? '',
    competenceId: competence?.id ?? '',
    caseId: created.id,
    activityId: activity.id,
  };
}

/** Opens the page, waits for its content (the index fills after start-up, so retried) and scans it. */
async function scan(page: Page, target: ScannedPage) {
  const ready = target.ready
    ? page.getByTestId(target.ready).first()
    : page.getByRole('heading', { level: 1 });
  await expect(async () => {
    await page.goto(target.path);
    await expect(ready).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 90_000 });
  // Lazy parts (the header's bell, matches) settle before the scan.
  await expect(page.locator('.mantine-Loader-root')).toHaveCount(0, { timeout: 20_000 });
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations;
}

const USERS: User[] = ['anonymous', 'sme', 'institution', 'broker', 'programme', 'admin'];

test.describe('accessibility', () => {
  // Many pages per user, on a loaded machine.
  test.describe.configure({ timeout: 600_000 });
  let fixture: Fixture;

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    fixture = await seedFixture(browser);
  });

  for (const user of USERS) {
    test(`every main page as ${user}: no axe violations`, async ({ browser }) => {
      const page =
        user === 'anonymous'
          ? await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage()
          : await signedIn(browser, EMAILS[user]);
      const found: string[] = [];
      for (const target of pagesOf(user, fixture)) {
        const violations = await test.step(target.name, () => scan(page, target));
        console.log(`a11y ${user.padEnd(11)} ${target.name.padEnd(32)} violations ${violations.length}`);
        for (const v of violations) {
          const where = v.nodes.map((node) => node.target.join(' ')).join(' | ');
          found.push(`${target.name} (${target.path}): ${v.id} [${v.impact}] ${v.help} at ${where}`);
          console.log(`  ${v.id} [${v.impact}] ${v.help} at ${where}`);
          for (const node of v.nodes.slice(0, 2)) console.log(`    ${node.html}\n    ${node.failureSummary}`);
        }
      }
      await page.context().close();
      expect(found).toEqual([]);
    });
  }
});

/** Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user moves through the page. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  await expect(target).toBeVisible({ timeout: 20_000 });
  for (let presses = 0; presses < 150; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${target} never took the focus`);
}

const focusInside = (container: Locator) =>
  container.evaluate((element) => element.contains(document.activeElement));

test('keyboard only: sign in, search, open a need, ask for an introduction in a dialog that keeps the focus', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const page = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();

  // Sofie signs in: Tab to each field, type, Enter submits.
  await page.goto('/sign-in');
  const form = page.getByTestId('sign-in-form');
  await tabTo(page, form.getByLabel(/E-mail|Email/));
  await page.keyboard.type(EMAILS.sme);
  await tabTo(page, form.getByRole('textbox', { name: /^(Adgangskode|Password)$/ }));
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('dashboard')).toBeVisible({ timeout: 20_000 });

  // Her public need, once the index holds it (the relay indexes the demo data after start-up).
  const mine = (await (await page.request.get('/api/v1/me/needs')).json()) as { items: PostingSummary[] };
  const need = mine.items.find(published);
  expect(need).toBeTruthy();
  const { id, title } = need ?? { id: '', title: '' };
  await expect(async () => {
    const found = await page.request.get(`/api/v1/search?${new URLSearchParams({ q: title })}`);
    expect(JSON.stringify(await found.json())).toContain(id);
  }).toPass({ timeout: 90_000 });

  // To the search page through the main navigation, type the words, open the result.
  await tabTo(page, page.getByTestId('nav-search'));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('searchbox'));
  await page.keyboard.type(title);
  await tabTo(page, page.getByTestId('search-results').locator(`a[href="/needs/${id}"]`).first());
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('need-detail')).toBeVisible({ timeout: 20_000 });

  // Ask for an introduction to the best match: the dialog opens with Enter and holds the focus.
  const ask = page
    .getByRole('region', { name: /^(Match|Matches)$/ })
    .getByTestId('case-request')
    .first();
  await tabTo(page, ask);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect.poll(() => focusInside(dialog)).toBe(true);
  for (const key of [
    'Tab',
    'Tab',
    'Tab',
    'Tab',
    'Shift+Tab',
    'Shift+Tab',
    'Shift+Tab',
    'Shift+Tab',
    'Shift+Tab',
  ]) {
    await page.keyboard.press(key);
    expect(await focusInside(dialog), `focus left the dialog after ${key}`).toBe(true);
  }
  // Escape closes it and gives the focus back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(ask).toBeFocused();

  // Space opens it again; Tab to Send, Enter: the case page.
  await page.keyboard.press('Space');
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByTestId('send-case-request'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-page')).toBeVisible({ timeout: 20_000 });
  await page.context().close();
});
