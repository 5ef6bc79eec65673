import {
  BUDGET_BANDS,
  COLLABORATION_FORMAT_LABELS,
  label,
  LANGUAGE_LABELS,
  ORGANIZATION_KIND_LABELS,
  REGIONS,
  TIMEFRAME_LABELS,
  type BudgetBand,
  type CollaborationFormat,
  type Language,
  type OrganizationKind,
  type RegionId,
  type Timeframe,
} from '@videnbro/domain';
import { FactList, TagList, type Fact } from '@videnbro/web-ui';
import { useTranslation } from 'react-i18next';
import type { PostingType } from '../lib/posting-type';

export interface FactsOf {
  formats: readonly CollaborationFormat[];
  partnerKinds?: readonly OrganizationKind[];
  regionPreference: RegionId | null | '';
  languages: readonly Language[];
  budgetBand?: BudgetBand | null | '';
  timeframe?: Timeframe | null | '';
  tags: readonly string[];
}

/** The structured fields of a posting as a description list; empty ones are left out. */
export function PostingFacts({ type, posting }: { type: PostingType; posting: FactsOf }) {
  const { t, i18n } = useTranslation('postings');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const region = REGIONS.find((entry) => entry.id === posting.regionPreference);
  const budget = BUDGET_BANDS.find((entry) => entry.id === posting.budgetBand);
  const list = (items: string[]) => items.join(', ') || null;

  const facts: Fact[] = [
    [t('fields.formats'), list(posting.formats.map((id) => label(COLLABORATION_FORMAT_LABELS[id], locale)))],
    ...(type === 'need'
      ? ([
          [
            t('fields.partnerKinds'),
            list((posting.partnerKinds ?? []).map((id) => label(ORGANIZATION_KIND_LABELS[id], locale))),
          ],
          [t('fields.budgetBand'), budget ? label(budget, locale) : null],
          [
            t('fields.timeframe'),
            posting.timeframe ? label(TIMEFRAME_LABELS[posting.timeframe], locale) : null,
          ],
        ] as Fact[])
      : []),
    [t('fields.regionPreference'), region ? label(region, locale) : null],
    [t('fields.languages'), list(posting.languages.map((id) => label(LANGUAGE_LABELS[id], locale)))],
    [t('fields.tags'), posting.tags.length > 0 ? <TagList tags={posting.tags} /> : null],
  ];
  return <FactList facts={facts} />;
}
