import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, CurrentCaller } from '@videnbro/access';
import type { Caller } from '@videnbro/access';
import { DEFAULT_PAGE_SIZE, ErrorDto, UuidParam } from '@videnbro/http';
import {
  ListNotificationsQueryDto,
  MarkedReadDto,
  NotificationDto,
  NotificationPageDto,
  NotificationPreferenceDto,
  UnreadCountDto,
  UpdateNotificationPreferencesDto,
} from './dto/notification.dto';
import type { Notification } from './entities';
import { NotificationCentre } from './notification-centre';

function toNotificationDto(n: Notification): NotificationDto {
  return {
    id: n.id,
    kind: n.kind,
    params: n.params,
    link: n.link,
    delivery: n.delivery,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  };
}

/** The caller's notification centre: their own notifications only. */
@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly centre: NotificationCentre) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: "The caller's notifications, newest first" })
  @ApiOkResponse({ type: NotificationPageDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  async list(
    @CurrentCaller() caller: Caller,
    @Query() query: ListNotificationsQueryDto,
  ): Promise<NotificationPageDto> {
    const page = query.page ?? 1;
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const { items, total } = await this.centre.list(caller.userId, query.unread === true, page, limit);
    return { items: items.map(toNotificationDto), total, page, limit };
  }

  @Get('unread-count')
  @Authenticated()
  @ApiOperation({ summary: "How many of the caller's notifications are unread" })
  @ApiOkResponse({ type: UnreadCountDto })
  async unreadCount(@CurrentCaller() caller: Caller): Promise<UnreadCountDto> {
    return { count: await this.centre.unreadCount(caller.userId) };
  }

  @Post('read-all')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({ summary: "Marks all the caller's notifications read" })
  @ApiOkResponse({ type: MarkedReadDto })
  async readAll(@CurrentCaller() caller: Caller): Promise<MarkedReadDto> {
    return { count: await this.centre.markAllRead(caller.userId) };
  }

  @Post(':id/read')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({ summary: 'Marks one of the caller’s notifications read (again: no change)' })
  @ApiOkResponse({ type: NotificationDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No such notification of yours' })
  async read(@CurrentCaller() caller: Caller, @UuidParam('id') id: string): Promise<NotificationDto> {
    return toNotificationDto(await this.centre.markRead(caller.userId, id));
  }
}

/** How the caller wants each kind delivered. */
@ApiTags('notifications')
@Controller('notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly centre: NotificationCentre) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Every notification kind with the caller’s delivery for it (or its default)' })
  @ApiOkResponse({ type: [NotificationPreferenceDto] })
  get(@CurrentCaller() caller: Caller): Promise<NotificationPreferenceDto[]> {
    return this.centre.preferences(caller.userId);
  }

  @Put()
  @Authenticated()
  @ApiOperation({
    summary: 'Sets the delivery of the kinds named (in_app, email, digest or off); the rest stay',
  })
  @ApiOkResponse({ type: [NotificationPreferenceDto] })
  @ApiBadRequestResponse({ type: ErrorDto })
  update(
    @CurrentCaller() caller: Caller,
    @Body() body: UpdateNotificationPreferencesDto,
  ): Promise<NotificationPreferenceDto[]> {
    return this.centre.updatePreferences(caller.userId, body);
  }
}
