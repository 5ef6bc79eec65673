import { Button, Checkbox, Radio, Stack, Title } from '@mantine/core';
import {
  COLLABORATION_FORMAT_IDS,
  COLLABORATION_FORMAT_LABELS,
  isOneOf,
  label,
  ORGANIZATION_KIND_IDS,
  ORGANIZATION_KIND_LABELS,
  regionById,
} from '@videnbro/domain';
import { useTranslation } from 'react-i18next';
import { hasFilters, type ListFacet, type SearchState } from '../lib/search-state';
import type { FacetCount, SearchResult } from '../queries/search';

export interface SearchFacetsProps {
  state: SearchState;
  facets: SearchResult['facets'];
  onChange: (change: Partial<SearchState>) => void;
}

/** The label of a facet value in the user's language; tags are shown as they are. */
function valueLabel(facet: ListFacet, value: string, locale: string): string {
  if (facet === 'kind' && isOneOf(ORGANIZATION_KIND_IDS, value)) {
    return label(ORGANIZATION_KIND_LABELS[value], locale);
  }
  const region = facet === 'region' ? regionById(value) : undefined;
  if (region) return label(region, locale);
  if (facet === 'formats' && isOneOf(COLLABORATION_FORMAT_IDS, value)) {
    return label(COLLABORATION_FORMAT_LABELS[value], locale);
  }
  return value;
}

/**
 * The counted values, and the chosen ones the counts no longer list (the API counts within the
 * current filters, so a chosen value stays visible to be unticked).
 */
function options(counts: FacetCount[], chosen: readonly string[]): FacetCount[] {
  const listed = new Set(counts.map((count) => count.value));
  return [...counts, ...chosen.filter((value) => !listed.has(value)).map((value) => ({ value, count: 0 }))];
}

const LIST_FACET_ORDER: readonly ListFacet[] = ['kind', 'region', 'formats', 'tags'];

/** Facets as groups of checkboxes (one radio group for the cluster) with their counts. */
export function SearchFacets({ state, facets, onChange }: SearchFacetsProps) {
  const { t, i18n } = useTranslation('search');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const clusters = options(facets.cluster, state.cluster ? [state.cluster] : []).map((count) => ({
    ...count,
    name: facets.cluster.find((cluster) => cluster.value === count.value)?.name ?? count.value,
  }));

  return (
    <Stack gap="lg" component="section" aria-labelledby="search-facets" data-testid="search-facets">
      <Title order={2} size="h4" id="search-facets">
        {t('facets.title')}
      </Title>
      {LIST_FACET_ORDER.map((facet) => {
        const values = options(facets[facet], state[facet]);
        if (values.length === 0) return null;
        return (
          <Checkbox.Group
            key={facet}
            label={t(`facets.${facet}`)}
            value={state[facet]}
            onChange={(chosen) => onChange({ [facet]: chosen })}
            data-testid={`facet-${facet}`}
          >
            <Stack gap={6} mt="xs">
              {values.map(({ value, count }) => (
                <Checkbox
                  key={value}
                  value={value}
                  label={t('facets.option', { label: valueLabel(facet, value, locale), count })}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        );
      })}
      {clusters.length > 0 && (
        <Radio.Group
          label={t('facets.cluster')}
          value={state.cluster ?? ''}
          onChange={(cluster) => onChange({ cluster: cluster || null })}
          data-testid="facet-cluster"
        >
          <Stack gap={6} mt="xs">
            <Radio value="" label={t('facets.anyCluster')} />
            {clusters.map(({ value, count, name }) => (
              <Radio key={value} value={value} label={t('facets.option', { label: name, count })} />
            ))}
          </Stack>
        </Radio.Group>
      )}
      {hasFilters(state) && (
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => onChange({ type: null, kind: [], region: [], formats: [], tags: [], cluster: null })}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('facets.clear')}
        </Button>
      )}
    </Stack>
  );
}
