import { Module } from '@nestjs/common';
import { NotificationCentre } from './notification-centre';
import { NotificationMailLoop } from './notification-mail-loop';
import { NotificationMailRepository } from './notification-mail.repository';
import { NotificationMailer } from './notification-mailer';
import { NotificationPreferencesController, NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';

/** The writer other features import: `NotificationsService.notify` in their own transactions. */
@Module({
  providers: [NotificationsRepository, NotificationsService],
  exports: [NotificationsService, NotificationsRepository],
})
export class NotificationsModule {}

/** The notification centre's routes, for the API app. */
@Module({
  imports: [NotificationsModule],
  controllers: [NotificationsController, NotificationPreferencesController],
  providers: [NotificationCentre],
})
export class NotificationCentreModule {}

/** The notification mail jobs (tests drive them directly). Needs the global MailModule. */
@Module({
  providers: [NotificationMailRepository, NotificationMailer],
  exports: [NotificationMailer],
})
export class NotificationMailModule {}

/** The jobs running on an interval for as long as the app runs: for the worker. */
@Module({ imports: [NotificationMailModule], providers: [NotificationMailLoop] })
export class NotificationMailLoopModule {}
