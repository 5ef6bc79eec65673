import type { ActivityView } from './activities.service';
import type { LinkedCase } from './case-links';
import type { ActivityDto, LinkedCaseDto } from './dto/activity.dto';
import type { FundingRecordDto } from './dto/funding-record.dto';
import type { ParticipationDto } from './dto/participation.dto';
import type { FundingRecordView } from './funding-records.service';
import type { ParticipationRow } from './participations.repository';

export function toActivityDto({ activity, canEdit }: ActivityView): ActivityDto {
  const [ownerCluster] = activity.clusterRefs;
  return {
    id: activity.id,
    ownerCluster,
    clusters: activity.clusterRefs,
    title: activity.title,
    type: activity.type,
    startsOn: activity.startsOn,
    endsOn: activity.endsOn,
    format: activity.format,
    place: activity.place,
    fundingSource: activity.fundingSource,
    description: activity.description,
    cases: activity.cases.map(toLinkedCaseDto),
    participatingOrganizations: activity.participatingOrganizations,
    participatingPersons: activity.participatingPersons,
    canEdit,
    createdAt: activity.createdAt.toISOString(),
    updatedAt: activity.updatedAt.toISOString(),
  };
}

function toLinkedCaseDto({ id, company, institution, stage }: LinkedCase): LinkedCaseDto {
  return { id, company, institution, stage };
}

export function toParticipationDto(participation: ParticipationRow): ParticipationDto {
  const { organization } = participation;
  return {
    id: participation.id,
    activityId: participation.activityId,
    organization: {
      id: organization.id,
      name: organization.name,
      kind: organization.kind,
      cvr: organization.cvr,
      country: organization.country,
      verified: organization.verified,
    },
    role: participation.role,
    persons: participation.persons,
    createdAt: participation.createdAt.toISOString(),
  };
}

export function toFundingRecordDto({ record, canEdit }: FundingRecordView): FundingRecordDto {
  return {
    id: record.id,
    cluster: { id: record.cluster.id, name: record.cluster.name },
    year: record.year,
    source: record.source,
    amountDkk: record.amountDkk,
    status: record.status,
    activity: record.activity ? { id: record.activity.id, title: record.activity.title } : null,
    case: record.case ? toLinkedCaseDto(record.case) : null,
    note: record.note,
    canEdit,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}

export function toPage<T, D>(
  page: { items: T[]; total: number },
  paging: { page: number; limit: number },
  map: (item: T) => D,
): { items: D[]; total: number; page: number; limit: number } {
  return { items: page.items.map(map), total: page.total, ...paging };
}
