import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  Patch,
  Post,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiGoneResponse,
  ApiNoContentResponse,
  ApiOperation,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Authenticated, CurrentCaller, Public, SESSION_COOKIE } from '@videnbro/access';
import type { Caller } from '@videnbro/access';
import { APP_CONFIG } from '@videnbro/config';
import type { AppConfig } from '@videnbro/config';
import { ErrorDto } from '@videnbro/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  AcceptedDto,
  LoginDto,
  MeDto,
  NewPasswordDto,
  PasswordResetRequestDto,
  RegisterDto,
  SignInDto,
  UpdateMeDto,
  UserDto,
} from './dto/auth.dto';
import { User } from './entities/user.entity';
import { LocalAuthGuard } from './local-auth.guard';
import { PasswordResetService } from './password-reset.service';
import { sessionToken } from './session.strategy';
import { SessionsService } from './sessions.service';
import { UsersService } from './users.service';

export function toUserDto(user: User): UserDto {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    roles: user.roles,
    createdAt: user.createdAt.toISOString(),
  };
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly passwordReset: PasswordResetService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('register')
  @Public()
  @ApiCreatedResponse({ type: SignInDto, description: 'The account is created and signed in' })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'The email is taken' })
  async register(
    @Body() body: RegisterDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SignInDto> {
    const user = await this.users.create(body);
    return this.signIn(user, reply);
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @UseGuards(LocalAuthGuard)
  @ApiOkResponse({ type: SignInDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiUnauthorizedResponse({ type: ErrorDto, description: 'Invalid email or password' })
  @ApiTooManyRequestsResponse({ type: ErrorDto, description: 'Too many failed sign-ins' })
  async login(
    @Body() _body: LoginDto,
    @Req() request: FastifyRequest & { user: User },
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SignInDto> {
    // Session rotation: a session the browser already had is ended, never reused.
    const previous = sessionToken(request);
    if (previous) await this.sessions.revokeToken(previous);
    return this.signIn(request.user, reply);
  }

  @Post('logout')
  @Authenticated()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session is revoked' })
  async logout(
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.sessions.revoke(caller.sessionId);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @Authenticated()
  @ApiOkResponse({ type: MeDto })
  async me(@CurrentCaller() caller: Caller): Promise<MeDto> {
    return { user: toUserDto(await this.users.get(caller.userId)) };
  }

  @Patch('me')
  @Authenticated()
  @ApiOkResponse({ type: MeDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  async updateMe(@CurrentCaller() caller: Caller, @Body() body: UpdateMeDto): Promise<MeDto> {
    return { user: toUserDto(await this.users.updateProfile(caller.userId, body)) };
  }

  @Post('password-reset')
  @Public()
  @HttpCode(202)
  @ApiOperation({ summary: 'Mail a password-reset link; the same answer whether or not the account exists' })
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  async requestPasswordReset(@Body() body: PasswordResetRequestDto): Promise<AcceptedDto> {
    await this.passwordReset.request(body.email);
    return { message: 'If an account uses this address, a link to reset its password is on its way.' };
  }

  @Post('password-reset/:token')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Set a new password with a reset link; signs the account out everywhere' })
  @ApiNoContentResponse({ description: 'The password is set and every session revoked' })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiGoneResponse({ type: ErrorDto, description: 'Unknown, used or expired link' })
  async resetPassword(@Param('token') token: string, @Body() body: NewPasswordDto): Promise<void> {
    await this.passwordReset.reset(token, body.password);
  }

  private async signIn(user: User, reply: FastifyReply): Promise<SignInDto> {
    const { token, expiresAt } = await this.sessions.start(user.id);
    void reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.env === 'production',
      path: '/',
      expires: expiresAt,
    });
    return { accessToken: token, user: toUserDto(user) };
  }
}
