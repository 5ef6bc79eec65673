import { Anchor, Button, EmptyState, Group, Pagination, Stack, Table, Text } from '@mantine/core';
import { useMyOrganizations } from '@videnbro/web-core';
import { ErrorAlert, LoadingState, MY_ORGANIZATIONS_PATH, PageTitle } from '@videnbro/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DeletePosting, StatusActions } from '../components/posting-actions';
import { StatusBadge, visibilityText } from '../components/posting-badges';
import { describeError } from '../lib/errors';
import { canPublish, postingPaths, type PostingType } from '../lib/posting-type';
import { PAGE_SIZE, useMyPostings } from '../queries/postings';

/**
 * `/needs/mine` and `/competencies/mine`: the postings of the user's organisations in every status,
 * with the status changes each allows, edit and delete.
 */
export function MyPostingsPage({ type }: { type: PostingType }) {
  const { t, i18n } = useTranslation('postings');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const [page, setPage] = useState(1);
  const postings = useMyPostings(type, page);
  const memberships = useMyOrganizations();
  const paths = postingPaths(type);
  const publisher = memberships.data?.some(({ organization }) => canPublish(type, organization.kind));
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const pages = postings.data ? Math.ceil(postings.data.total / PAGE_SIZE) : 0;

  const newButton = publisher && (
    <Button component={Link} to={paths.create} data-testid="new-posting">
      {t(`types.${type}.new`)}
    </Button>
  );

  return (
    <Stack gap="lg" data-testid={`my-${type}`}>
      <PageTitle>{t(`types.${type}.mine`)}</PageTitle>
      <Group justify="space-between" align="flex-start">
        <Text maw="40rem">{t(`types.${type}.mineIntro`)}</Text>
        {postings.data?.total !== 0 && newButton}
      </Group>
      {memberships.data && !publisher && (
        <Text data-testid="no-publisher">
          {t(`types.${type}.noPublisher`)}{' '}
          <Anchor component={Link} to={MY_ORGANIZATIONS_PATH}>
            {t('list.getStarted')}
          </Anchor>
        </Text>
      )}
      {postings.isPending && <LoadingState />}
      {postings.error && <ErrorAlert error={describeError(postings.error, t)} />}
      {postings.data?.total === 0 && (
        <EmptyState>
          <EmptyState.Title order={2}>{t(`types.${type}.none`)}</EmptyState.Title>
          <EmptyState.Description>{t(`types.${type}.noneText`)}</EmptyState.Description>
          {newButton && <Group mt="md">{newButton}</Group>}
        </EmptyState>
      )}
      {postings.data && postings.data.total > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm" data-testid="postings-table">
            <Table.Caption>{t('list.table')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.title')}</Table.Th>
                <Table.Th>{t('list.organization')}</Table.Th>
                <Table.Th>{t('list.status')}</Table.Th>
                <Table.Th>{t('list.visibility')}</Table.Th>
                <Table.Th>{t('list.updated')}</Table.Th>
                <Table.Th>{t('list.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {postings.data.items.map((posting) => (
                <Table.Tr key={posting.id} data-testid="posting-row" data-posting-id={posting.id}>
                  <Table.Td>
                    <Anchor component={Link} to={paths.detail(posting.id)}>
                      {posting.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{posting.organization.name}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={posting.status} />
                  </Table.Td>
                  <Table.Td>{visibilityText(posting.visibility, locale).label}</Table.Td>
                  <Table.Td>{date.format(new Date(posting.updatedAt))}</Table.Td>
                  <Table.Td>
                    {posting.canEdit ? (
                      <Stack gap={4} align="flex-start">
                        <StatusActions type={type} posting={posting} />
                        <Group gap="xs">
                          <Anchor
                            component={Link}
                            to={paths.edit(posting.id)}
                            size="sm"
                            aria-label={t('list.editLabel', { title: posting.title })}
                          >
                            {t('list.edit')}
                          </Anchor>
                          <DeletePosting
                            type={type}
                            posting={posting}
                            // The last one on a later page: show the page before, not an empty one.
                            onDeleted={() =>
                              postings.data?.items.length === 1 &&
                              setPage((current) => Math.max(1, current - 1))
                            }
                          />
                        </Group>
                      </Stack>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('list.notEditable')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page}
          onChange={setPage}
          aria-label={t('list.pages')}
          getControlProps={(control) => ({ 'aria-label': t(`list.${control}`) })}
        />
      )}
    </Stack>
  );
}

export default MyPostingsPage;
