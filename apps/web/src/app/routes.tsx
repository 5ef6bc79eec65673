import {
  ACTIVITY_ROUTES,
  ActivitiesPage,
  ActivityDetailPage,
  ActivityEditorPage,
  FundingRecordsPage,
  ImportParticipantsPage,
  OrganizationParticipations,
} from '@videnbro/web-activities';
import {
  ACCOUNT_PATH,
  AccountPage,
  CONFIRM_EMAIL_PATH,
  ConfirmEmailPage,
  FORGOT_PASSWORD_PATH,
  ForgotPasswordPage,
  RegisterPage,
  REGISTER_PATH,
  RequireAuth,
  RESET_PASSWORD_PATH,
  ResetPasswordPage,
  SIGN_IN_PATH,
  SignInPage,
} from '@videnbro/web-auth';
import { BROKERING_ROUTES, BrokeringLinks, CaseBoardPage, CaseInboxPage } from '@videnbro/web-brokering';
import {
  CASE_ROUTES,
  CaseDetailPage,
  CaseRequest,
  CasesPage,
  ConsentLinkPage,
  MyCases,
} from '@videnbro/web-cases';
import { AreaPage, DashboardPage, type AreaLink } from '@videnbro/web-dashboard';
import {
  NOTIFICATION_ROUTES,
  NotificationSettingsPage,
  NotificationsPage,
  SavedSearchesPage,
} from '@videnbro/web-notifications';
import {
  EDIT_ORGANIZATION_PATH,
  EditOrganizationPage,
  INVITATION_PATH,
  InvitationPage,
  MEMBERS_PATH,
  MembersPage,
  MY_ORGANIZATIONS_PATH,
  MyOrganizationsPage,
  ONBOARDING_PATH,
  OnboardingPage,
  ORGANIZATION_PATH,
  OrganizationPage,
} from '@videnbro/web-organizations';
import { MyPostingsPage, POSTING_ROUTES, PostingDetailPage, PostingEditorPage } from '@videnbro/web-postings';
import { Matches, SEARCH_PATH, SearchPage, searchHref } from '@videnbro/web-search';
import {
  STATISTICS_ROUTES,
  StatisticsDashboardPage,
  StatisticsEvaluationPage,
  StatisticsProgrammePage,
  StatisticsReportPage,
  StatisticsRowsPage,
  StatisticsStrengthAreasPage,
} from '@videnbro/web-statistics';
import { NAV_AREAS, NotFound, type NavArea } from '@videnbro/web-ui';
import type { RouteObject } from 'react-router-dom';
import { AppFrame } from './app-frame';
import { RouteError } from './route-error';

/** The ways into each area that has pages, from the features that own them. */
const AREA_LINKS: Partial<Record<NavArea, AreaLink[]>> = {
  needs: [
    { key: 'mine', to: POSTING_ROUTES.myNeeds },
    { key: 'new', to: POSTING_ROUTES.newNeed },
    { key: 'find', to: `${SEARCH_PATH}?type=need` },
  ],
  competencies: [
    { key: 'mine', to: POSTING_ROUTES.myCompetencies },
    { key: 'new', to: POSTING_ROUTES.newCompetence },
    { key: 'find', to: `${SEARCH_PATH}?type=competence` },
  ],
};

/** Areas whose path is a page of its own, routed below rather than to the area's overview page. */
const OWN_PAGES = new Set<string>([
  SEARCH_PATH,
  STATISTICS_ROUTES.dashboard,
  ACTIVITY_ROUTES.list,
  CASE_ROUTES.list,
]);

/** Every page is its own chunk (React.lazy in its library), loaded on first visit. */
export const routes: RouteObject[] = [
  {
    element: <AppFrame />,
    errorElement: <RouteError />,
    children: [
      { path: SIGN_IN_PATH, element: <SignInPage /> },
      // A new account starts by setting up (or joining) its organisation.
      { path: REGISTER_PATH, element: <RegisterPage firstPage={ONBOARDING_PATH} /> },
      // Public: a forgotten password, and the pages the account mails' links open (the token is the credential).
      { path: FORGOT_PASSWORD_PATH, element: <ForgotPasswordPage /> },
      { path: RESET_PASSWORD_PATH, element: <ResetPasswordPage /> },
      { path: CONFIRM_EMAIL_PATH, element: <ConfirmEmailPage /> },
      // Public: each tells a visitor what it offers and how to sign in for more.
      { path: INVITATION_PATH, element: <InvitationPage /> },
      // The introduction mail's signed link: the token is the credential.
      { path: CASE_ROUTES.consentLink, element: <ConsentLinkPage /> },
      {
        path: ORGANIZATION_PATH,
        element: (
          <OrganizationPage
            matches={({ id }) => <Matches type="organization" id={id} />}
            participations={({ id }) => <OrganizationParticipations organizationId={id} />}
            caseRequest={({ id }) => <CaseRequest institutionId={id} />}
          />
        ),
      },
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: <DashboardPage cases={<MyCases />} /> },
          { path: ONBOARDING_PATH, element: <OnboardingPage /> },
          { path: MY_ORGANIZATIONS_PATH, element: <MyOrganizationsPage /> },
          { path: ACCOUNT_PATH, element: <AccountPage /> },
          { path: EDIT_ORGANIZATION_PATH, element: <EditOrganizationPage /> },
          { path: MEMBERS_PATH, element: <MembersPage /> },
          { path: NOTIFICATION_ROUTES.notifications, element: <NotificationsPage /> },
          { path: NOTIFICATION_ROUTES.settings, element: <NotificationSettingsPage /> },
          // A saved search opens on the search page, at the address the search feature makes.
          { path: NOTIFICATION_ROUTES.savedSearches, element: <SavedSearchesPage searchHref={searchHref} /> },
          ...NAV_AREAS.filter(({ path }) => !OWN_PAGES.has(path)).map(({ key, path }) => ({
            path,
            element: <AreaPage area={key} links={AREA_LINKS[key]} />,
          })),
          { path: POSTING_ROUTES.myNeeds, element: <MyPostingsPage type="need" /> },
          { path: POSTING_ROUTES.newNeed, element: <PostingEditorPage type="need" /> },
          { path: POSTING_ROUTES.editNeed, element: <PostingEditorPage type="need" /> },
          { path: POSTING_ROUTES.myCompetencies, element: <MyPostingsPage type="competence" /> },
          { path: POSTING_ROUTES.newCompetence, element: <PostingEditorPage type="competence" /> },
          { path: POSTING_ROUTES.editCompetence, element: <PostingEditorPage type="competence" /> },
          { path: ACTIVITY_ROUTES.list, element: <ActivitiesPage /> },
          { path: ACTIVITY_ROUTES.create, element: <ActivityEditorPage /> },
          { path: ACTIVITY_ROUTES.funding, element: <FundingRecordsPage /> },
          { path: ACTIVITY_ROUTES.detail, element: <ActivityDetailPage /> },
          { path: ACTIVITY_ROUTES.edit, element: <ActivityEditorPage /> },
          { path: ACTIVITY_ROUTES.importParticipants, element: <ImportParticipantsPage /> },
          { path: STATISTICS_ROUTES.dashboard, element: <StatisticsDashboardPage /> },
          { path: STATISTICS_ROUTES.programme, element: <StatisticsProgrammePage /> },
          { path: STATISTICS_ROUTES.rows, element: <StatisticsRowsPage /> },
          { path: STATISTICS_ROUTES.evaluation, element: <StatisticsEvaluationPage /> },
          { path: STATISTICS_ROUTES.strengthAreas, element: <StatisticsStrengthAreasPage /> },
          { path: STATISTICS_ROUTES.report, element: <StatisticsReportPage /> },
          { path: BROKERING_ROUTES.board, element: <CaseBoardPage /> },
          { path: BROKERING_ROUTES.inbox, element: <CaseInboxPage /> },
          { path: CASE_ROUTES.list, element: <CasesPage links={<BrokeringLinks />} /> },
          // A dynamic segment: the router ranks static paths such as /cases/board above it.
          { path: CASE_ROUTES.detail, element: <CaseDetailPage /> },
        ],
      },
      // Public postings can be read signed out; the API decides what each caller may see.
      // Their matches come from the search feature, through the pages' slots.
      {
        path: POSTING_ROUTES.need,
        element: (
          <PostingDetailPage
            type="need"
            matches={(need) => (
              <Matches
                type="need"
                id={need.id}
                action={(match) => (
                  <CaseRequest
                    companyId={need.organization.id}
                    institutionId={match.organization.id}
                    needId={need.id}
                    competenceId={match.type === 'competence' ? match.id : undefined}
                  />
                )}
              />
            )}
            caseRequest={(need) => <CaseRequest companyId={need.organization.id} needId={need.id} />}
          />
        ),
      },
      {
        path: POSTING_ROUTES.competence,
        element: (
          <PostingDetailPage
            type="competence"
            matches={(competence) => <Matches type="competence" id={competence.id} />}
          />
        ),
      },
      // Search too: signed out, it finds what is public.
      { path: SEARCH_PATH, element: <SearchPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];
