import { Body, Controller, HttpCode, Ip, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiGoneResponse,
  ApiNoContentResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Authenticated, CurrentCaller, Public } from '@videnbro/access';
import type { Caller } from '@videnbro/access';
import { ErrorDto } from '@videnbro/http';
import { AcceptedDto, ChangePasswordDto, EmailChangeDto } from './dto/auth.dto';
import { EmailChangeService } from './email-change.service';
import { PasswordConfirmation } from './password-confirmation';
import { SessionsService } from './sessions.service';
import { UsersService } from './users.service';

/** The signed-in user's password and email address. */
@ApiTags('account')
@Controller('me')
export class MeController {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly emailChange: EmailChangeService,
    private readonly confirmation: PasswordConfirmation,
  ) {}

  @Post('password')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({ summary: 'Change the password; every other session is signed out' })
  @ApiNoContentResponse({ description: 'Changed' })
  @ApiBadRequestResponse({ type: ErrorDto, description: 'Wrong current password or a refused new one' })
  @ApiTooManyRequestsResponse({ type: ErrorDto, description: 'Too many wrong passwords' })
  async changePassword(
    @CurrentCaller() caller: Caller,
    @Body() body: ChangePasswordDto,
    @Ip() ip: string,
  ): Promise<void> {
    const user = await this.confirmation.confirm(caller.userId, body.currentPassword, ip, 'currentPassword');
    await this.users.setPassword(user, body.newPassword, 'newPassword');
    await this.sessions.revokeAllOf(caller.userId, caller.sessionId);
  }

  @Post('email')
  @Authenticated()
  @HttpCode(202)
  @ApiOperation({ summary: 'Ask to change the email address: a confirmation link goes to the new address' })
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ApiBadRequestResponse({ type: ErrorDto, description: 'Wrong password or a malformed address' })
  @ApiTooManyRequestsResponse({ type: ErrorDto, description: 'Too many wrong passwords' })
  async requestEmailChange(
    @CurrentCaller() caller: Caller,
    @Body() body: EmailChangeDto,
    @Ip() ip: string,
  ): Promise<AcceptedDto> {
    const user = await this.confirmation.confirm(caller.userId, body.password, ip, 'password');
    await this.emailChange.request(user, body.newEmail);
    return { message: 'Open the link we sent to the new address to confirm it.' };
  }

  @Post('email/confirm/:token')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Confirm a new email address with the link mailed to it' })
  @ApiNoContentResponse({ description: 'The account uses the new address' })
  @ApiConflictResponse({ type: ErrorDto, description: 'The address was taken meanwhile' })
  @ApiGoneResponse({ type: ErrorDto, description: 'Unknown, used or expired link' })
  async confirmEmail(@Param('token') token: string): Promise<void> {
    await this.emailChange.confirm(token);
  }
}
