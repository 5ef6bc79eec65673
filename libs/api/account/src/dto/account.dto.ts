import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class DeleteAccountDto {
  @ApiProperty({ description: 'The current password, to confirm' })
  @IsString()
  @MaxLength(256)
  password!: string;
}

const rows = { type: 'array', items: { type: 'object', additionalProperties: true } } as const;

/** All personal data of the caller, section by section; rows as stored (dates as ISO strings). */
export class PersonalDataExportDto {
  @ApiProperty({ format: 'date-time' })
  exportedAt!: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Email, name, language, roles' })
  profile!: Record<string, unknown>;

  @ApiProperty({ ...rows, description: 'Sign-ins: when they started, expire or were ended' })
  sessions!: Record<string, unknown>[];

  @ApiProperty(rows)
  memberships!: Record<string, unknown>[];

  @ApiProperty(rows)
  joinRequests!: Record<string, unknown>[];

  @ApiProperty(rows)
  invitationsSent!: Record<string, unknown>[];

  @ApiProperty(rows)
  invitationsReceived!: Record<string, unknown>[];

  @ApiProperty({ ...rows, description: 'Needs and competencies you wrote or are the contact of' })
  postings!: Record<string, unknown>[];

  @ApiProperty({ ...rows, description: 'Cases you asked for or own' })
  cases!: Record<string, unknown>[];

  @ApiProperty({ ...rows, description: 'Case notes, messages and other events by you' })
  caseEvents!: Record<string, unknown>[];

  @ApiProperty(rows)
  consents!: Record<string, unknown>[];

  @ApiProperty(rows)
  activities!: Record<string, unknown>[];

  @ApiProperty({ ...rows, description: 'Audit entries of changes by you or to your account' })
  audit!: Record<string, unknown>[];

  @ApiProperty({
    type: 'object',
    additionalProperties: rows,
    description: 'Rows that belong to you alone (notifications, saved searches), by table',
  })
  other!: Record<string, Record<string, unknown>[]>;
}
