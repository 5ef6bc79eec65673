import { Body, Controller, Delete, Get, HttpCode, Ip, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Authenticated, CurrentCaller, SESSION_COOKIE } from '@videnbro/access';
import type { Caller } from '@videnbro/access';
import { ErrorDto } from '@videnbro/http';
import type { FastifyReply } from 'fastify';
import { AccountService } from './account.service';
import { DeleteAccountDto, PersonalDataExportDto } from './dto/account.dto';

@ApiTags('account')
@Controller('me')
export class AccountController {
  constructor(private readonly account: AccountService) {}

  @Get('export')
  @Authenticated()
  @ApiOperation({ summary: 'All my personal data as JSON (a download)' })
  @ApiOkResponse({ type: PersonalDataExportDto })
  async export(
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PersonalDataExportDto> {
    void reply.header('content-disposition', 'attachment; filename="videnbro-personal-data.json"');
    void reply.header('cache-control', 'no-store');
    return (await this.account.export(caller.userId)) as PersonalDataExportDto;
  }

  @Delete()
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete my account: personal data erased, what I wrote kept under "Deleted user"',
  })
  @ApiNoContentResponse({ description: 'Erased and signed out' })
  @ApiBadRequestResponse({ type: ErrorDto, description: 'Wrong password' })
  @ApiConflictResponse({ type: ErrorDto, description: 'The only owner of an organisation: hand over first' })
  @ApiTooManyRequestsResponse({ type: ErrorDto, description: 'Too many wrong passwords' })
  async erase(
    @CurrentCaller() caller: Caller,
    @Body() body: DeleteAccountDto,
    @Ip() ip: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.account.erase(caller.userId, body.password, ip);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }
}
