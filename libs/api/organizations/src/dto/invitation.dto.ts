import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsIn, MaxLength } from 'class-validator';
import { ORGANIZATION_ROLES } from '../entities';
import type { InvitationStatus, OrganizationRole } from '../entities';
import { ROLE } from './membership.dto';
import { Trim } from '@videnbro/http';

const STATUS = { enum: ['pending', 'accepted', 'revoked', 'expired'], enumName: 'InvitationStatus' } as const;

export class CreateInvitationDto {
  @ApiProperty({ example: 'kollega@firma.dk' })
  @Trim()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ ...ROLE })
  @IsIn(ORGANIZATION_ROLES)
  role!: OrganizationRole;
}

export class InvitedByDto {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  name!: string;
}

export class InvitationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  organizationId!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty({ ...ROLE })
  role!: OrganizationRole;

  @ApiProperty({ ...STATUS })
  status!: InvitationStatus;

  @ApiProperty({ type: InvitedByDto, nullable: true })
  invitedBy!: InvitedByDto | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;
}

export class CreatedInvitationDto extends InvitationDto {
  @ApiProperty({
    description: 'False when the mail could not be sent: revoke the invitation and invite again later',
  })
  emailSent!: boolean;
}

export class InvitationListDto {
  @ApiProperty({ type: [InvitationDto] })
  items!: InvitationDto[];
}

/** What the holder of an invitation link sees before accepting it. */
export class InvitationPreviewDto {
  @ApiProperty({ format: 'uuid' })
  organizationId!: string;

  @ApiProperty()
  organizationName!: string;

  @ApiProperty({ description: 'The address the invitation was sent to: accept it signed in with this email' })
  email!: string;

  @ApiProperty({ ...ROLE })
  role!: OrganizationRole;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;
}
