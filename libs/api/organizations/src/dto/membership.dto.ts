import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ORGANIZATION_ROLES } from '../entities';
import type { OrganizationRole } from '../entities';
import { OrganizationDto } from './organization.dto';

export const ROLE = { enum: ORGANIZATION_ROLES, enumName: 'OrganizationRole' } as const;

export class MemberDto {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty({ ...ROLE })
  role!: OrganizationRole;

  @ApiProperty({ format: 'date-time', description: 'Member since' })
  since!: string;
}

export class MemberListDto {
  @ApiProperty({ type: [MemberDto] })
  items!: MemberDto[];
}

export class UpdateMemberDto {
  @ApiProperty({ ...ROLE })
  @IsIn(ORGANIZATION_ROLES)
  role!: OrganizationRole;
}

export class MyOrganizationDto {
  @ApiProperty({ type: OrganizationDto })
  organization!: OrganizationDto;

  @ApiProperty({ ...ROLE })
  role!: OrganizationRole;

  @ApiProperty({ format: 'date-time', description: 'Member since' })
  since!: string;
}

export class MyOrganizationListDto {
  @ApiProperty({ type: [MyOrganizationDto] })
  items!: MyOrganizationDto[];
}
