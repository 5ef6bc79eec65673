import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { PostingStatus } from '@videnbro/domain';
import { ErrorAlert, LoadingState, PageTitle } from '@videnbro/web-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { DeletePosting, StatusActions } from '../components/posting-actions';
import { StatusBadge, VisibilityNote } from '../components/posting-badges';
import { PostingFacts } from '../components/posting-facts';
import { PostingNotFound } from '../components/posting-not-found';
import { describeError } from '../lib/errors';
import { Markdown } from '../lib/markdown';
import { postingPaths, type PostingType } from '../lib/posting-type';
import { usePosting, type Posting } from '../queries/postings';

/** What the editor passes on after saving, to say so here. */
export interface SavedState {
  saved?: boolean;
}

/** The statuses the search index holds, which matching reads: matches exist only for these. */
const MATCHABLE: readonly PostingStatus[] = ['open', 'in_dialogue', 'matched'];

export interface PostingDetailPageProps {
  type: PostingType;
  /** The posting's matches, supplied by the app (feature libraries do not import each other). */
  matches?: (posting: Posting) => ReactNode;
  /** A way to start a case about a published posting (e.g. "Express interest"), from the cases feature. */
  caseRequest?: (posting: Posting) => ReactNode;
}

/**
 * `/needs/:id` and `/competencies/:id`. The API decides who may read a posting and answers 404 to
 * anyone else (also for `brokers` postings): that shows as "not found or no access", never as an error.
 * Contact details appear only for members of its organisation (the API sends `contact` to them alone);
 * the ways to change it only for those the API says may (`canEdit`).
 */
export function PostingDetailPage({ type, matches, caseRequest }: PostingDetailPageProps) {
  const { id = '' } = useParams();
  const { t } = useTranslation('postings');
  const posting = usePosting(type, id);

  if (posting.isPending) return <LoadingState />;
  if (posting.error) {
    return posting.error.status === 404 || posting.error.status === 403 ? (
      <PostingNotFound type={type} />
    ) : (
      <ErrorAlert error={describeError(posting.error, t)} />
    );
  }
  return <PostingView type={type} posting={posting.data} matches={matches} caseRequest={caseRequest} />;
}

function PostingView({ type, posting, matches, caseRequest }: PostingDetailPageProps & { posting: Posting }) {
  const { t, i18n } = useTranslation('postings');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const location = useLocation();
  const navigate = useNavigate();
  const paths = postingPaths(type);
  const saved = (location.state as SavedState | null)?.saved;
  const updated = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(posting.updatedAt));

  return (
    <Stack gap="lg" data-testid={`${type}-detail`}>
      {saved && (
        <Alert color="green" variant="light" role="status" data-testid="posting-saved">
          {t(`types.${type}.created`)}
        </Alert>
      )}
      <div>
        <PageTitle>{posting.title}</PageTitle>
        <Group gap="sm">
          <StatusBadge status={posting.status} />
          <Text size="sm">
            {t('detail.publishedBy')}{' '}
            <Anchor component={Link} to={`/organizations/${posting.organization.id}`}>
              {posting.organization.name}
            </Anchor>
          </Text>
          <Text size="sm">{t('detail.updated', { date: updated })}</Text>
          {MATCHABLE.includes(posting.status) && caseRequest?.(posting)}
        </Group>
      </div>
      {posting.status === 'draft' && (
        <Alert color="yellow" variant="light">
          {t('detail.draftNote', { name: posting.organization.name })}
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="xl">
        <Stack component="section" aria-labelledby="posting-description" style={{ gridColumn: 'span 2' }}>
          <Title order={2} size="h3" id="posting-description">
            {t('detail.description')}
          </Title>
          <Markdown source={posting.description} testId="posting-description" />
        </Stack>

        <Stack gap="lg">
          <Paper component="section" withBorder p="md" aria-labelledby="posting-facts">
            <Title order={2} size="h4" id="posting-facts" mb="sm">
              {t('detail.facts')}
            </Title>
            <Stack gap="sm">
              <VisibilityNote visibility={posting.visibility} />
              <PostingFacts type={type} posting={posting} />
            </Stack>
          </Paper>

          {posting.contact && (
            <Paper
              component="section"
              withBorder
              p="md"
              aria-labelledby="posting-contact"
              data-testid="contact"
            >
              <Title order={2} size="h4" id="posting-contact" mb="sm">
                {t('detail.contact')}
              </Title>
              <Text>{posting.contact.name}</Text>
              <Anchor href={`mailto:${posting.contact.email}`}>{posting.contact.email}</Anchor>
            </Paper>
          )}

          {posting.canEdit && (
            <Paper
              component="section"
              withBorder
              p="md"
              aria-labelledby="posting-manage"
              data-testid="manage"
            >
              <Title order={2} size="h4" id="posting-manage" mb="sm">
                {t('detail.manage')}
              </Title>
              <Stack gap="sm" align="flex-start">
                <StatusActions type={type} posting={posting} />
                <Group gap="xs">
                  <Button component={Link} to={paths.edit(posting.id)} size="compact-sm" variant="light">
                    {t('detail.edit')}
                  </Button>
                  <DeletePosting
                    type={type}
                    posting={posting}
                    onDeleted={() => navigate(paths.mine, { replace: true })}
                  />
                </Group>
              </Stack>
            </Paper>
          )}
        </Stack>
      </SimpleGrid>
      {matches && MATCHABLE.includes(posting.status) && matches(posting)}
    </Stack>
  );
}

export default PostingDetailPage;
