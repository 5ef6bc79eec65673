import {
  Anchor,
  Button,
  EmptyState,
  Group,
  Modal,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { COLLABORATION_FORMAT_LABELS, label, ORGANIZATION_KIND_LABELS, regionById } from '@videnbro/domain';
import { describeApiError } from '@videnbro/web-core';
import { ErrorAlert, LoadingState, PageTitle } from '@videnbro/web-ui';
import { useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import {
  useDeleteSavedSearch,
  useRenameSavedSearch,
  useSavedSearches,
  type SavedSearch,
} from '../queries/saved-searches';

const NAME_MAX = 100;

export interface SavedSearchesPageProps {
  /** The search page's address for a saved search: from the search feature, through the app. */
  searchHref: (query: SavedSearch['query']) => string;
}

/** `/saved-searches`: the user's saved searches, each to open, rename or delete. */
export function SavedSearchesPage({ searchHref }: SavedSearchesPageProps) {
  const { t } = useTranslation('notifications');
  const searches = useSavedSearches();
  const [announcement, setAnnouncement] = useState('');

  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t('saved.title')}</PageTitle>
        <Text>{t('saved.intro')}</Text>
      </div>
      <Text size="sm" role="status" aria-live="polite" data-testid="saved-searches-status">
        {announcement}
      </Text>
      {searches.isPending ? (
        <LoadingState />
      ) : searches.error ? (
        <ErrorAlert error={describeApiError(searches.error, t)} />
      ) : searches.data.length === 0 ? (
        <EmptyState data-testid="saved-searches-empty">
          <EmptyState.Title order={2}>{t('saved.emptyTitle')}</EmptyState.Title>
          <EmptyState.Description>{t('saved.empty')}</EmptyState.Description>
          <Button mt="md" component={Link} to={searchHref({})} variant="light">
            {t('saved.toSearch')}
          </Button>
        </EmptyState>
      ) : (
        <Stack
          component="ul"
          gap="sm"
          aria-label={t('saved.list')}
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {searches.data.map((search) => (
            <li key={search.id}>
              <SavedSearchItem search={search} searchHref={searchHref} onDone={setAnnouncement} />
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

interface SavedSearchItemProps extends SavedSearchesPageProps {
  search: SavedSearch;
  onDone: (announcement: string) => void;
}

function SavedSearchItem({ search, searchHref, onDone }: SavedSearchItemProps) {
  const { t, i18n } = useTranslation('notifications');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const created = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(search.createdAt));
  return (
    <Paper withBorder p="md" data-testid="saved-search">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Title order={2} size="h4">
            <Anchor
              component={Link}
              to={searchHref(search.query)}
              aria-label={t('saved.openLabel', { name: search.name })}
            >
              {search.name}
            </Anchor>
          </Title>
          <Text size="sm" data-testid="saved-search-summary">
            {summaryOf(search.query, t, locale)}
          </Text>
          <Text size="xs" c="dimmed">
            {t('saved.created', { date: created })}
          </Text>
        </div>
        <Group gap="xs">
          <RenameSavedSearch search={search} onDone={onDone} />
          <DeleteSavedSearch search={search} onDone={onDone} />
        </Group>
      </Group>
    </Paper>
  );
}

/** The words and filters in a line: `“robot” · Needs · Region Syddanmark · welding`. */
function summaryOf(query: SavedSearch['query'], t: TFunction, locale: string): string {
  const parts = [
    ...(query.q ? [`“${query.q}”`] : []),
    ...(query.types ?? []).map((type) => t(`saved.types.${type}`)),
    ...(query.kind ?? []).map((kind) => label(ORGANIZATION_KIND_LABELS[kind], locale)),
    ...(query.region ?? []).map((id) => {
      const region = regionById(id);
      return region ? label(region, locale) : id;
    }),
    ...(query.formats ?? []).map((format) => label(COLLABORATION_FORMAT_LABELS[format], locale)),
    ...(query.tags ?? []),
  ];
  return parts.length ? parts.join(' · ') : t('saved.everything');
}

function RenameSavedSearch({ search, onDone }: Omit<SavedSearchItemProps, 'searchHref'>) {
  const { t } = useTranslation('notifications');
  const rename = useRenameSavedSearch();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(search.name);
  const start = () => {
    rename.reset();
    setName(search.name);
    setOpen(true);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    rename.mutate(
      { id: search.id, name: name.trim() },
      {
        onSuccess: (saved) => {
          setOpen(false);
          onDone(t('saved.renamed', { name: saved.name }));
        },
      },
    );
  };
  return (
    <>
      <Button
        size="compact-sm"
        variant="light"
        onClick={start}
        aria-label={t('saved.renameLabel', { name: search.name })}
      >
        {t('saved.rename')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('saved.renameTitle')} centered>
        <form onSubmit={submit}>
          <TextInput
            label={t('saved.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            maxLength={NAME_MAX}
            required
            data-autofocus
            mb="md"
          />
          {rename.error && <ErrorAlert error={describeApiError(rename.error, t)} />}
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('saved.cancel')}
            </Button>
            <Button type="submit" loading={rename.isPending} disabled={name.trim() === ''}>
              {t('saved.save')}
            </Button>
          </Group>
        </form>
      </Modal>
    </>
  );
}

function DeleteSavedSearch({ search, onDone }: Omit<SavedSearchItemProps, 'searchHref'>) {
  const { t } = useTranslation('notifications');
  const remove = useDeleteSavedSearch();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size="compact-sm"
        variant="subtle"
        color="red"
        onClick={() => {
          remove.reset();
          setOpen(true);
        }}
        aria-label={t('saved.deleteLabel', { name: search.name })}
      >
        {t('saved.delete')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('saved.deleteTitle')} centered>
        <Text mb="md">{t('saved.deleteConfirm', { name: search.name })}</Text>
        {remove.error && <ErrorAlert error={describeApiError(remove.error, t)} />}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setOpen(false)}>
            {t('saved.cancel')}
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() =>
              remove.mutate(
                { id: search.id },
                {
                  onSuccess: () => {
                    setOpen(false);
                    onDone(t('saved.deleted', { name: search.name }));
                  },
                },
              )
            }
          >
            {t('saved.delete')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}

export default SavedSearchesPage;
