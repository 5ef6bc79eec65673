import {
  ACTIVITY_DESCRIPTION_MAX_LENGTH,
  ACTIVITY_PLACE_MAX_LENGTH,
  ACTIVITY_TITLE_LENGTH,
  type ActivityFormat,
  type ActivityFundingSource,
  type ActivityType,
} from '@videnbro/domain';
import type { Activity, ActivityInput } from '../queries/types';

/** What the activity editor holds: the cluster that owns the activity, and any co-organising ones. */
export interface ActivityValues {
  ownerClusterId: string;
  otherClusterIds: string[];
  title: string;
  type: ActivityType;
  startsOn: string;
  endsOn: string;
  format: ActivityFormat;
  place: string;
  fundingSource: ActivityFundingSource;
  description: string;
  /** Linked cases, each brokered by one of the activity's clusters. */
  caseIds: string[];
}

/** The fields in form order: the first with a problem gets the focus. Named as the API names them. */
export const ACTIVITY_FIELDS = [
  'ownerClusterId',
  'otherClusterIds',
  'title',
  'type',
  'startsOn',
  'endsOn',
  'format',
  'place',
  'fundingSource',
  'description',
  'caseIds',
] as const satisfies readonly (keyof ActivityValues)[];
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];

export function emptyActivity(ownerClusterId: string): ActivityValues {
  return {
    ownerClusterId,
    otherClusterIds: [],
    title: '',
    type: 'knowledge_sharing',
    startsOn: '',
    endsOn: '',
    format: 'on_site',
    place: '',
    fundingSource: 'innovation_power',
    description: '',
    caseIds: [],
  };
}

export function valuesFromActivity(activity: Activity): ActivityValues {
  return {
    ownerClusterId: activity.ownerCluster.id,
    otherClusterIds: activity.clusters.map(({ id }) => id).filter((id) => id !== activity.ownerCluster.id),
    title: activity.title,
    type: activity.type,
    startsOn: activity.startsOn,
    endsOn: activity.endsOn,
    format: activity.format,
    place: activity.place ?? '',
    fundingSource: activity.fundingSource,
    description: activity.description ?? '',
    caseIds: activity.cases.map(({ id }) => id),
  };
}

/** A broken rule: the key of its message in `activities:validation` and the values the message uses. */
export type ActivityProblem =
  | { key: 'clusterRequired' | 'titleRequired' | 'startsOnRequired' | 'endsOnRequired' }
  | { key: 'titleTooShort'; min: number }
  | { key: 'titleTooLong' | 'placeTooLong' | 'descriptionTooLong'; max: number }
  | { key: 'endsBeforeStart' };

/** The API's rules (the shared domain limits) that the editor checks before sending. */
export function activityProblems(values: ActivityValues): Partial<Record<ActivityField, ActivityProblem>> {
  const problems: Partial<Record<ActivityField, ActivityProblem>> = {};
  if (!values.ownerClusterId) problems.ownerClusterId = { key: 'clusterRequired' };
  const title = values.title.trim();
  if (title === '') problems.title = { key: 'titleRequired' };
  else if (title.length < ACTIVITY_TITLE_LENGTH.min)
    problems.title = { key: 'titleTooShort', min: ACTIVITY_TITLE_LENGTH.min };
  else if (title.length > ACTIVITY_TITLE_LENGTH.max)
    problems.title = { key: 'titleTooLong', max: ACTIVITY_TITLE_LENGTH.max };
  if (!values.startsOn) problems.startsOn = { key: 'startsOnRequired' };
  if (!values.endsOn) problems.endsOn = { key: 'endsOnRequired' };
  else if (values.startsOn && values.endsOn < values.startsOn) problems.endsOn = { key: 'endsBeforeStart' };
  if (values.place.trim().length > ACTIVITY_PLACE_MAX_LENGTH)
    problems.place = { key: 'placeTooLong', max: ACTIVITY_PLACE_MAX_LENGTH };
  if (values.description.length > ACTIVITY_DESCRIPTION_MAX_LENGTH)
    problems.description = { key: 'descriptionTooLong', max: ACTIVITY_DESCRIPTION_MAX_LENGTH };
  return problems;
}

/** The body of `POST /activities` and `PATCH /activities/:id`: every field, empty ones as null. */
export function activityBody(values: ActivityValues): ActivityInput {
  return {
    // The first is the owner.
    clusterIds: [
      values.ownerClusterId,
      ...values.otherClusterIds.filter((id) => id !== values.ownerClusterId),
    ],
    title: values.title.trim(),
    type: values.type,
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    format: values.format,
    place: values.place.trim() || null,
    fundingSource: values.fundingSource,
    description: values.description.trim() || null,
    caseIds: values.caseIds,
  };
}
