import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import {
  EMPLOYEE_BANDS,
  isCompany,
  isKnowledgeInstitution,
  label,
  LANGUAGE_LABELS,
  isLanguage,
  municipalityById,
  regionById,
} from '@videnbro/domain';
import { isManagerRole, useMe, useMyOrganizations, type ApiOrganization } from '@videnbro/web-core';
import {
  ErrorAlert,
  FactList,
  LoadingState,
  NotFound,
  PageTitle,
  TagList,
  type Fact,
} from '@videnbro/web-ui';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { JoinRequestForm } from '../components/join-request-form';
import { industryLabel } from '../components/nace-picker';
import { kindLabel } from '../lib/labels';
import { editOrganizationPath, membersPath } from '../lib/paths';
import { membershipIn, useOrganization } from '../queries/organizations';

type Notice = 'created' | 'joined' | 'saved';
const NOTICES: readonly Notice[] = ['created', 'joined', 'saved'];

function noticeOf(state: unknown): Notice | null {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return NOTICES.find((candidate) => candidate === notice) ?? null;
}

export interface OrganizationPageProps {
  /**
   * The slot for the organisation's needs or competencies, shown under the profile. Feature libraries
   * do not import each other, so `apps/web` fills it from the postings feature (not yet wired).
   */
  postings?: (organization: ApiOrganization) => ReactNode;
  /** The slot for its matching counterparts, filled by `apps/web` from the search feature. */
  matches?: (organization: ApiOrganization) => ReactNode;
  /** The slot for the cluster activities it took part in (its members see it), from the activities feature. */
  participations?: (organization: ApiOrganization) => ReactNode;
  /** The slot for asking for an introduction to a knowledge institution, from the cases feature. */
  caseRequest?: (organization: ApiOrganization) => ReactNode;
}

/**
 * `/organizations/:id`: an organisation's public profile, with the labels that follow from it (SME,
 * knowledge institution), and for its members the way to its members and, for owners and admins, to
 * editing it.
 */
export function OrganizationPage({ postings, matches, participations, caseRequest }: OrganizationPageProps) {
  const { id = '' } = useParams();
  const { t } = useTranslation('organizations');
  const organization = useOrganization(id);

  if (organization.isPending) return <LoadingState />;
  if (organization.error?.status === 404 || organization.error?.status === 400) return <NotFound />;
  if (organization.error) {
    return (
      <ErrorAlert
        error={organization.error.isNetworkError ? t('common:errors.network') : t('common:errors.unexpected')}
      />
    );
  }
  return (
    <Profile
      organization={organization.data}
      postings={postings}
      matches={matches}
      participations={participations}
      caseRequest={caseRequest}
    />
  );
}

function Profile({
  organization,
  postings,
  matches,
  participations,
  caseRequest,
}: { organization: ApiOrganization } & OrganizationPageProps) {
  const { t, i18n } = useTranslation('organizations');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const location = useLocation();
  const notice = noticeOf(location.state);
  const me = useMe();
  const signedIn = Boolean(me.data);
  const memberships = useMyOrganizations({ enabled: signedIn });
  const membership = membershipIn(memberships.data, organization.id);
  const platformAdmin = me.data?.roles.includes('admin') ?? false;
  const canEdit = platformAdmin || isManagerRole(membership?.role);
  const [joining, setJoining] = useState(false);

  return (
    <Stack gap="lg" data-testid="organization-page">
      <Stack gap="xs">
        <PageTitle>{organization.name}</PageTitle>
        <Group gap="xs" data-testid="organization-labels">
          <Badge variant="light" color="gray">
            {kindLabel(organization.kind, locale)}
          </Badge>
          {organization.isSme && (
            <Badge variant="light" data-testid="label-sme">
              {t('labels.sme')}
            </Badge>
          )}
          {organization.isKnowledgeInstitution && (
            <Badge variant="light" color="grape" data-testid="label-knowledge-institution">
              {t('labels.knowledgeInstitution')}
            </Badge>
          )}
        </Group>
      </Stack>

      {notice && <CreatedNotice notice={notice} organization={organization} />}

      {signedIn && (
        <Group gap="sm">
          {membership && (
            <Text size="sm" data-testid="my-role">
              {t('page.yourRole', { role: t(`roles.${membership.role}`) })}
            </Text>
          )}
          {(membership || platformAdmin) && (
            <Button
              component={Link}
              to={membersPath(organization.id)}
              variant="light"
              data-testid="members-link"
            >
              {t('page.members')}
            </Button>
          )}
          {canEdit && (
            <Button
              component={Link}
              to={editOrganizationPath(organization.id)}
              data-testid="edit-organization"
            >
              {t('page.edit')}
            </Button>
          )}
          {!membership && organization.isKnowledgeInstitution && caseRequest?.(organization)}
          {!membership && memberships.isSuccess && !joining && (
            <Button variant="light" onClick={() => setJoining(true)} data-testid="ask-to-join">
              {t('page.askToJoin')}
            </Button>
          )}
        </Group>
      )}
      {joining && !membership && (
        <Paper withBorder p="md">
          <JoinRequestForm organization={organization} />
        </Paper>
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <section aria-labelledby="organization-facts">
          <Title order={2} size="h3" id="organization-facts" mb="sm">
            {t('page.facts')}
          </Title>
          <Facts organization={organization} locale={locale} />
        </section>
        <section aria-labelledby="organization-about">
          <Title order={2} size="h3" id="organization-about" mb="sm">
            {t('page.about')}
          </Title>
          {organization.description ? (
            <Paragraphs text={organization.description} />
          ) : (
            <Text c="dimmed">{t('page.noDescription')}</Text>
          )}
        </section>
      </SimpleGrid>

      {postings?.(organization)}
      {signedIn && participations?.(organization)}
      {/* Matching pairs companies with knowledge institutions; clusters and others have no counterparts. */}
      {(isCompany(organization.kind) || organization.isKnowledgeInstitution) && matches?.(organization)}
    </Stack>
  );
}

function CreatedNotice({ notice, organization }: { notice: Notice; organization: ApiOrganization }) {
  const { t } = useTranslation('organizations');
  if (notice === 'saved') {
    return (
      <Alert color="green" variant="light" role="status">
        {t('page.notices.saved')}
      </Alert>
    );
  }
  return (
    <Alert color="green" variant="light" role="status" data-testid="organization-notice">
      <Stack gap="xs">
        <Text size="sm">{t(`page.notices.${notice}`, { name: organization.name })}</Text>
        <Group gap="md">
          {isCompany(organization.kind) && (
            <Anchor component={Link} to="/needs/new" size="sm">
              {t('page.notices.createdNeeds')}
            </Anchor>
          )}
          {isKnowledgeInstitution(organization.kind) && (
            <Anchor component={Link} to="/competencies/new" size="sm">
              {t('page.notices.createdCompetencies')}
            </Anchor>
          )}
          {notice === 'created' && (
            <Anchor component={Link} to={membersPath(organization.id)} size="sm">
              {t('page.notices.createdInvite')}
            </Anchor>
          )}
        </Group>
      </Stack>
    </Alert>
  );
}

function Facts({ organization, locale }: { organization: ApiOrganization; locale: string }) {
  const { t } = useTranslation('organizations');
  const band = EMPLOYEE_BANDS.find((entry) => entry.id === organization.employeeBand);
  const municipality = organization.municipality ? municipalityById(organization.municipality) : undefined;
  const region = organization.region ? regionById(organization.region) : undefined;
  const place =
    organization.country === 'DK'
      ? [organization.city, municipality?.name, region && label(region, locale)]
      : [organization.city, organization.country];
  const website =
    organization.website && /^https?:\/\//i.test(organization.website) ? organization.website : null;

  const facts: Fact[] = [
    [t('page.kind'), kindLabel(organization.kind, locale)],
    [t('page.cvr'), organization.cvr],
    [t('page.employees'), band && label(band, locale)],
    [t('page.location'), place.filter(Boolean).join(', ') || null],
    [
      t('page.website'),
      website ? (
        <Anchor href={website} target="_blank" rel="noopener noreferrer">
          {website.replace(/^https?:\/\//i, '')}
        </Anchor>
      ) : (
        organization.website
      ),
    ],
    [
      t('page.industries'),
      organization.industryCodes.length > 0 && (
        <Box component="ul" m={0} pl="md">
          {organization.industryCodes.map((code) => (
            <li key={code}>{industryLabel(code, locale)}</li>
          ))}
        </Box>
      ),
    ],
    [
      t('page.languages'),
      organization.languages
        .filter(isLanguage)
        .map((language) => label(LANGUAGE_LABELS[language], locale))
        .join(', ') || null,
    ],
    [t('page.tags'), organization.tags.length > 0 && <TagList tags={organization.tags} />],
    [
      t('page.strengthAreas'),
      organization.strengthAreas.length > 0 && <TagList tags={organization.strengthAreas} />,
    ],
  ];

  return <FactList facts={facts} />;
}

/** Plain text in paragraphs (blank lines), keeping line breaks: never HTML. */
function Paragraphs({ text }: { text: string }) {
  return (
    <Stack gap="xs">
      {text
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph, index) => (
          <Text key={index} style={{ whiteSpace: 'pre-line' }}>
            {paragraph}
          </Text>
        ))}
    </Stack>
  );
}

export default OrganizationPage;
