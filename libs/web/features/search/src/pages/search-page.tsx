import {
  Button,
  CloseButton,
  EmptyState,
  Grid,
  Group,
  Pagination,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { describeApiError } from '@videnbro/web-core';
import { ErrorAlert, LoadingState, PageTitle } from '@videnbro/web-ui';
import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { SaveSearch } from '../components/save-search';
import { SearchFacets } from '../components/search-facets';
import { SearchHitItem } from '../components/search-hit';
import {
  hasFilters,
  parseSearchState,
  SEARCH_TYPES,
  searchStateParams,
  type SearchState,
} from '../lib/search-state';
import { PAGE_SIZE, useSearch, type SearchResult } from '../queries/search';

/** How long typing pauses before the results follow. */
export const DEBOUNCE_MS = 250;
/** The API serves no page beyond this one. */
const MAX_PAGE = 500;

/**
 * `/search`: one box with results as you type, type and facet filters, pages. Everything it shows
 * stands in the URL, so a search can be shared and the back button steps through filters and pages;
 * typing replaces the current history entry rather than adding one per pause.
 */
export function SearchPage() {
  const { t } = useTranslation('search');
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSearchState(params), [params]);
  const search = useSearch(state);

  const update = useCallback(
    (change: Partial<SearchState>, replace = false) =>
      setParams((current) => searchStateParams({ ...parseSearchState(current), page: 1, ...change }), {
        replace,
      }),
    [setParams],
  );

  const [text, setText] = useState(state.q);
  const [typed] = useDebouncedValue(text, DEBOUNCE_MS);
  // The words last written to the URL: tells our own updates from the back button or a new link.
  const written = useRef(state.q);
  useEffect(() => {
    if (state.q === written.current) return;
    written.current = state.q;
    setText(state.q);
  }, [state.q]);
  const commit = useCallback(
    (q: string) => {
      if (q === written.current) return;
      written.current = q;
      update({ q }, true);
    },
    [update],
  );
  // Only a new pause in typing commits; `commit` itself changes with every URL change.
  const onTyped = useEffectEvent(commit);
  useEffect(() => onTyped(typed), [typed]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    commit(text);
  };

  return (
    <Stack gap="lg" data-testid="search-page">
      <div>
        <PageTitle>{t('title')}</PageTitle>
        <Text>{t('intro')}</Text>
      </div>
      <form role="search" onSubmit={submit}>
        <TextInput
          type="search"
          size="md"
          label={t('box.label')}
          placeholder={t('box.placeholder')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          maxLength={200}
          data-testid="search-input"
          rightSection={
            text !== '' && (
              <CloseButton
                aria-label={t('box.clear')}
                onClick={() => {
                  setText('');
                  commit('');
                }}
              />
            )
          }
        />
      </form>
      <Group justify="space-between" align="center" gap="sm">
        <SegmentedControl
          aria-label={t('types.label')}
          value={state.type ?? 'all'}
          onChange={(type) => update({ type: type === 'all' ? null : (type as SearchState['type']) })}
          data={[
            { value: 'all', label: t('types.all') },
            ...SEARCH_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) })),
          ]}
          data-testid="search-types"
        />
        <Group gap="sm">
          <SaveSearch state={state} />
        </Group>
      </Group>
      {search.isPending ? (
        <LoadingState label={t('results.searching')} />
      ) : search.error ? (
        <Stack align="flex-start">
          <ErrorAlert title={t('error.title')} error={describeApiError(search.error, t)} />
          <Button variant="light" onClick={() => void search.refetch()}>
            {t('error.retry')}
          </Button>
        </Stack>
      ) : (
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 3 }}>
            <SearchFacets state={state} facets={search.data.facets} onChange={(change) => update(change)} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 9 }}>
            <Results
              state={state}
              result={search.data}
              updating={search.isPlaceholderData}
              onPage={(page) => update({ page })}
              onClear={() =>
                update({ type: null, kind: [], region: [], formats: [], tags: [], cluster: null })
              }
            />
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}

interface ResultsProps {
  state: SearchState;
  result: SearchResult;
  /** The results shown are those of the state before, while the new ones load. */
  updating: boolean;
  onPage: (page: number) => void;
  onClear: () => void;
}

function Results({ state, result, updating, onPage, onClear }: ResultsProps) {
  const { t } = useTranslation('search');
  const pages = Math.min(Math.ceil(result.total / PAGE_SIZE), MAX_PAGE);
  return (
    <Stack gap="md" aria-busy={updating} style={{ opacity: updating ? 0.7 : 1 }}>
      <Text role="status" aria-live="polite" size="sm" data-testid="search-summary">
        {updating
          ? t('results.updating')
          : `${t('results.count', { count: result.total })} ${t('results.timing', { ms: result.processingTimeMs })}`}
      </Text>
      {result.total === 0 ? (
        <EmptyState data-testid="search-empty">
          <EmptyState.Title order={2}>{t('empty.title')}</EmptyState.Title>
          <EmptyState.Description>
            {state.q.trim() !== '' ? t('empty.query', { q: state.q }) : t('empty.filters')}
          </EmptyState.Description>
          {hasFilters(state) && (
            <Button mt="md" variant="light" onClick={onClear}>
              {t('facets.clear')}
            </Button>
          )}
        </EmptyState>
      ) : (
        <Stack
          component="ol"
          gap="sm"
          aria-label={t('results.list')}
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          data-testid="search-results"
        >
          {result.hits.map((hit) => (
            <li key={`${hit.type}:${hit.id}`}>
              <SearchHitItem hit={hit} />
            </li>
          ))}
        </Stack>
      )}
      {pages > 1 && (
        <Pagination
          total={pages}
          value={state.page}
          onChange={onPage}
          aria-label={t('results.pages')}
          getControlProps={(control) => ({ 'aria-label': t(`results.${control}`) })}
          data-testid="search-pages"
        />
      )}
    </Stack>
  );
}

export default SearchPage;
