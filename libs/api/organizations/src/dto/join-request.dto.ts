import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { JOIN_REQUEST_STATUSES } from '../entities';
import type { JoinRequestStatus } from '../entities';
import { Trim } from '@videnbro/http';

const STATUS = { enum: JOIN_REQUEST_STATUSES, enumName: 'JoinRequestStatus' } as const;

export class CreateJoinRequestDto {
  @ApiPropertyOptional({ example: 'I work in R&D at the Vejle site.', maxLength: 1000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  message?: string;
}

export class ListJoinRequestsQueryDto {
  @ApiPropertyOptional({ ...STATUS })
  @IsOptional()
  @IsIn(JOIN_REQUEST_STATUSES)
  status?: JoinRequestStatus;
}

export class JoinRequestDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  organizationId!: string;

  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  userName!: string;

  @ApiProperty()
  userEmail!: string;

  @ApiProperty({ type: String, nullable: true })
  message!: string | null;

  @ApiProperty({ ...STATUS })
  status!: JoinRequestStatus;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  decidedAt!: string | null;
}

export class JoinRequestListDto {
  @ApiProperty({ type: [JoinRequestDto] })
  items!: JoinRequestDto[];
}

export class JoinRequestOrganizationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;
}

/** A request as its requester sees it: which organisation, and how far it has got. */
export class MyJoinRequestDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: JoinRequestOrganizationDto })
  organization!: JoinRequestOrganizationDto;

  @ApiProperty({ type: String, nullable: true })
  message!: string | null;

  @ApiProperty({ ...STATUS })
  status!: JoinRequestStatus;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  decidedAt!: string | null;
}

export class MyJoinRequestListDto {
  @ApiProperty({ type: [MyJoinRequestDto] })
  items!: MyJoinRequestDto[];
}
