import {
  COLLABORATION_FORMAT_IDS,
  COLLABORATION_FORMAT_LABELS,
  isOneOf,
  label,
  regionById,
} from '@videnbro/domain';
import type { TFunction } from 'i18next';
import type { MatchReasons } from '../queries/matches';

/** "a, b and c" in the user's language. */
function list(values: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(values);
}

/**
 * The reasons of a match as sentences a person can check, strongest evidence first. Only what the
 * two sides have in common is said; an empty reason says nothing.
 */
export function reasonSentences(reasons: MatchReasons, t: TFunction, locale: string): string[] {
  const sentences: string[] = [];
  if (reasons.sharedTags.length > 0) {
    sentences.push(t('search:matches.reasons.tags', { list: list(reasons.sharedTags, locale) }));
  }
  if (reasons.sharedTerms.length > 0) {
    sentences.push(t('search:matches.reasons.terms', { list: list(reasons.sharedTerms, locale) }));
  }
  const formats = reasons.formats.map((format) =>
    isOneOf(COLLABORATION_FORMAT_IDS, format) ? label(COLLABORATION_FORMAT_LABELS[format], locale) : format,
  );
  if (formats.length > 0)
    sentences.push(t('search:matches.reasons.formats', { list: list(formats, locale) }));
  if (reasons.partnerKindFit !== null) {
    sentences.push(
      t(reasons.partnerKindFit ? 'search:matches.reasons.partnerKind' : 'search:matches.reasons.otherKind'),
    );
  }
  const region = reasons.region ? regionById(reasons.region) : undefined;
  if (region) sentences.push(t('search:matches.reasons.region', { region: label(region, locale) }));
  else if (reasons.country) {
    const country = new Intl.DisplayNames([locale], { type: 'region' }).of(reasons.country);
    sentences.push(t('search:matches.reasons.region', { region: country ?? reasons.country }));
  }
  if (reasons.experience && reasons.experience.inField > 0) {
    sentences.push(t('search:matches.reasons.experience', reasons.experience));
  }
  if (reasons.sharedClusters.length > 0) {
    const names = reasons.sharedClusters.map((cluster) => cluster.name);
    sentences.push(t('search:matches.reasons.clusters', { list: list(names, locale) }));
  }
  return sentences;
}
