import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Public } from '@videnbro/access';
import { ErrorDto } from '@videnbro/http';
import { CaseConsentsService } from './case-consents.service';
import { ConsentAnswerDto, ConsentLinkDto } from './dto/case.dto';
import { toConsentLinkDto } from './mappers';

/**
 * The emailed consent link. Public: the signed, single-use, expiring token is the credential, for a
 * party who answers without signing in. It shows organisation names only, never contact persons.
 */
@ApiTags('cases')
@Controller('case-consents')
export class CaseConsentsController {
  constructor(private readonly consents: CaseConsentsService) {}

  @Get(':token')
  @Public()
  @ApiOperation({ summary: 'What a consent link is about (does not use it up)' })
  @ApiOkResponse({ type: ConsentLinkDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'Not a valid link' })
  @ApiConflictResponse({ type: ErrorDto, description: 'Already used' })
  @ApiGoneResponse({ type: ErrorDto, description: 'Expired' })
  async preview(@Param('token') token: string): Promise<ConsentLinkDto> {
    return toConsentLinkDto(await this.consents.preview(token));
  }

  @Post(':token')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: "Accept or decline for the link's side; the link then stops working" })
  @ApiOkResponse({ type: ConsentLinkDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'Not a valid link' })
  @ApiConflictResponse({
    type: ErrorDto,
    description: 'Already used or answered, or no introduction waiting',
  })
  @ApiGoneResponse({ type: ErrorDto, description: 'Expired' })
  async answer(@Param('token') token: string, @Body() body: ConsentAnswerDto): Promise<ConsentLinkDto> {
    return toConsentLinkDto(await this.consents.answerByLink(token, body));
  }
}
