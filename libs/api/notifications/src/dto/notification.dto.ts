import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NOTIFICATION_DELIVERY_IDS, NOTIFICATION_KIND_IDS } from '@videnbro/domain';
import type { NotificationDelivery, NotificationKind } from '@videnbro/domain';
import { PageQueryDto } from '@videnbro/http';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { STORED_DELIVERIES } from '../entities';
import type { NotificationParams, StoredDelivery } from '../entities';

const KIND = { enum: NOTIFICATION_KIND_IDS, enumName: 'NotificationKind' } as const;
const DELIVERY = { enum: NOTIFICATION_DELIVERY_IDS, enumName: 'NotificationDelivery' } as const;
const deliveryMessage = `must be one of ${NOTIFICATION_DELIVERY_IDS.join(', ')}`;

// ---------------------------------------------------------------------------------------------------------
// Requests

export class ListNotificationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only unread notifications' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'unread must be true or false' })
  unread?: boolean;
}

/** Only the kinds named change; the others keep their delivery. */
export class UpdateNotificationPreferencesDto {
  @ApiPropertyOptional({ ...DELIVERY })
  @IsOptional()
  @IsIn(NOTIFICATION_DELIVERY_IDS, { message: `case_assigned ${deliveryMessage}` })
  case_assigned?: NotificationDelivery;

  @ApiPropertyOptional({ ...DELIVERY })
  @IsOptional()
  @IsIn(NOTIFICATION_DELIVERY_IDS, { message: `introduction_proposed ${deliveryMessage}` })
  introduction_proposed?: NotificationDelivery;

  @ApiPropertyOptional({ ...DELIVERY })
  @IsOptional()
  @IsIn(NOTIFICATION_DELIVERY_IDS, { message: `consent_answered ${deliveryMessage}` })
  consent_answered?: NotificationDelivery;

  @ApiPropertyOptional({ ...DELIVERY })
  @IsOptional()
  @IsIn(NOTIFICATION_DELIVERY_IDS, { message: `stage_changed ${deliveryMessage}` })
  stage_changed?: NotificationDelivery;

  @ApiPropertyOptional({ ...DELIVERY })
  @IsOptional()
  @IsIn(NOTIFICATION_DELIVERY_IDS, { message: `message ${deliveryMessage}` })
  message?: NotificationDelivery;

  @ApiPropertyOptional({ ...DELIVERY })
  @IsOptional()
  @IsIn(NOTIFICATION_DELIVERY_IDS, { message: `saved_search_match ${deliveryMessage}` })
  saved_search_match?: NotificationDelivery;
}

// ---------------------------------------------------------------------------------------------------------
// Responses

export class NotificationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ ...KIND })
  kind!: NotificationKind;

  @ApiProperty({
    type: 'object',
    additionalProperties: {
      oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }],
      nullable: true,
    },
    description:
      'The facts its text needs, by kind: company, institution, cluster (cases); via (case_assigned: created, joined, handed_over, owner_changed); party, subject (introduction_proposed); party, decision: accepted|declined (consent_answered); from, to (stage_changed); party of the writer or null for a broker (message)',
  })
  params!: NotificationParams;

  @ApiProperty({ description: 'The app path of the thing it is about, such as /cases/<id>' })
  link!: string;

  @ApiProperty({ enum: STORED_DELIVERIES, enumName: 'NotificationStoredDelivery' })
  delivery!: StoredDelivery;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readAt!: string | null;
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto], description: 'Newest first' })
  items!: NotificationDto[];

  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  limit!: number;
}

export class UnreadCountDto {
  @ApiProperty()
  count!: number;
}

export class MarkedReadDto {
  @ApiProperty({ description: 'How many notifications this marked read' })
  count!: number;
}

export class NotificationPreferenceDto {
  @ApiProperty({ ...KIND })
  kind!: NotificationKind;

  @ApiProperty({ ...DELIVERY })
  delivery!: NotificationDelivery;

  @ApiProperty({ description: 'Whether this is the default (the user chose nothing for the kind)' })
  isDefault!: boolean;
}
