import { Module } from '@nestjs/common';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';

/** The writer other features import: `NotificationsService.notify` in their own transactions. */
@Module({ providers: [NotificationsRepository, NotificationsService], exports: [NotificationsService] })
export class NotificationsModule {}
