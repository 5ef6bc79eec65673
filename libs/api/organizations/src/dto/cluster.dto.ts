import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsUUID, Matches, Max, Min } from 'class-validator';
import { OrganizationDto } from './organization.dto';

export const MAX_YEARLY_FEE_DKK = 100_000_000;

export class ClusterDto {
  @ApiProperty({ type: OrganizationDto })
  organization!: OrganizationDto;

  @ApiProperty({ description: 'Member organisations' })
  memberCount!: number;
}

export class ClusterListDto {
  @ApiProperty({ type: [ClusterDto] })
  items!: ClusterDto[];
}

export class ClusterMemberDto {
  @ApiProperty({ type: OrganizationDto })
  organization!: OrganizationDto;

  @ApiProperty({ format: 'date', example: '2024-01-01' })
  since!: string;

  @ApiPropertyOptional({
    description: "Shown to the cluster's brokers, programme staff and platform admins only",
  })
  yearlyFeeDkk?: number;
}

export class ClusterMemberPageDto {
  @ApiProperty({ type: [ClusterMemberDto] })
  items!: ClusterMemberDto[];

  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  limit!: number;
}

export class AddClusterMemberDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId!: string;

  @ApiProperty({ minimum: 0, maximum: MAX_YEARLY_FEE_DKK, example: 12000, description: 'Whole DKK per year' })
  @IsInt()
  @Min(0)
  @Max(MAX_YEARLY_FEE_DKK)
  yearlyFeeDkk!: number;

  @ApiProperty({ format: 'date', example: '2024-01-01' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'since must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'since must be a valid date (YYYY-MM-DD)' })
  since!: string;
}
