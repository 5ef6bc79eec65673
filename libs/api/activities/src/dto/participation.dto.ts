import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACTIVITY_TYPE_IDS, ORGANIZATION_KIND_IDS, PARTICIPATION_ROLE_IDS } from '@videnbro/domain';
import type { ActivityType, OrganizationKind, ParticipationRole } from '@videnbro/domain';
import { OptionalNotNull } from '@videnbro/http';
import { IsIn, IsInt, IsUUID, Max, Min } from 'class-validator';
import { ClusterRefDto } from './activity.dto';

export const ROLE = { enum: PARTICIPATION_ROLE_IDS, enumName: 'ParticipationRole' } as const;
export const KIND = { enum: ORGANIZATION_KIND_IDS, enumName: 'OrganizationKind' } as const;
/** More than this from one organisation at one activity is a typing error. */
export const MAX_PERSONS = 10_000;

// ---------------------------------------------------------------------------------------------------------
// Requests

export class UpdateParticipationDto {
  @ApiPropertyOptional({ ...ROLE })
  @OptionalNotNull()
  @IsIn(PARTICIPATION_ROLE_IDS)
  role?: ParticipationRole;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PERSONS, description: 'Persons from the organisation' })
  @OptionalNotNull()
  @IsInt()
  @Min(1, { message: 'persons must be at least 1' })
  @Max(MAX_PERSONS)
  persons?: number;
}

export class CreateParticipationDto extends UpdateParticipationDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId!: string;
}

// ---------------------------------------------------------------------------------------------------------
// Responses

export class ParticipantDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ ...KIND })
  kind!: OrganizationKind;

  @ApiProperty({ type: String, nullable: true })
  cvr!: string | null;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2' })
  country!: string;

  @ApiProperty({ description: 'False when proposed from a participation import and not yet checked' })
  verified!: boolean;
}

export class ParticipationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  activityId!: string;

  @ApiProperty({ type: ParticipantDto })
  organization!: ParticipantDto;

  @ApiProperty({ ...ROLE })
  role!: ParticipationRole;

  @ApiProperty()
  persons!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class ParticipationListDto {
  @ApiProperty({ type: [ParticipationDto], description: 'By organisation name' })
  items!: ParticipationDto[];
}

export class ParticipatedActivityDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: ACTIVITY_TYPE_IDS, enumName: 'ActivityType' })
  type!: ActivityType;

  @ApiProperty({ format: 'date' })
  startsOn!: string;

  @ApiProperty({ format: 'date' })
  endsOn!: string;

  @ApiProperty({ type: [ClusterRefDto], description: 'The organising clusters, the owner first' })
  clusters!: ClusterRefDto[];
}

/** One of an organisation's participations, with the activity it was in. */
export class OrganizationParticipationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: ParticipatedActivityDto })
  activity!: ParticipatedActivityDto;

  @ApiProperty({ ...ROLE })
  role!: ParticipationRole;

  @ApiProperty()
  persons!: number;
}

export class OrganizationParticipationPageDto {
  @ApiProperty({ type: [OrganizationParticipationDto], description: 'Newest activity first' })
  items!: OrganizationParticipationDto[];

  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  limit!: number;
}
