import {
  BadRequestException,
  Controller,
  HttpCode,
  PayloadTooLargeException,
  Post,
  Query,
  Req,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { Authenticated, CurrentCaller } from '@videnbro/access';
import type { Caller } from '@videnbro/access';
import { ErrorDto } from '@videnbro/http';
import type { FastifyRequest } from 'fastify';
import { Readable, Transform } from 'node:stream';
import { ImportInputError } from './csv';
import { ImportQueryDto, ImportReportDto, isSet } from './imports.dto';
import { CSV, IMPORT_BODY_LIMIT, NDJSON } from './imports.module-options';
import { ImportsService } from './imports.service';

/** A stream that fails once more than `limit` bytes have passed through it. */
function limited(source: Readable, limit: number): Readable {
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      if (bytes > limit) callback(new PayloadTooLargeException(`The body is larger than ${limit} bytes`));
      else callback(null, chunk);
    },
  });
  source.on('error', (error) => counter.destroy(error));
  return source.pipe(counter);
}

@ApiTags('imports')
@Controller()
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post('imports')
  @HttpCode(200)
  @Authenticated('admin', 'programme')
  @ApiOperation({
    summary: 'Import organisations, competencies and needs (platform admins and programme staff)',
    description:
      'The same import as `npm run import`, with the body streamed: JSONL (`application/x-ndjson`), one ' +
      'record a line, or organisations as CSV (`text/csv`, with a header line). Records are upserted by ' +
      'externalId; a bad line is reported with its number and the rest imported (with atomic=true, nothing is).',
  })
  @ApiConsumes(NDJSON, CSV)
  @ApiBody({ schema: { type: 'string', description: 'The file: JSONL or CSV' } })
  @ApiOkResponse({ type: ImportReportDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiPayloadTooLargeResponse({ type: ErrorDto })
  @ApiUnsupportedMediaTypeResponse({ type: ErrorDto })
  async import(
    @Query() query: ImportQueryDto,
    @Req() request: FastifyRequest,
    @CurrentCaller() caller: Caller,
  ): Promise<ImportReportDto> {
    // Only the import's own media types arrive as a stream; anything else was parsed (and buffered).
    if (!(request.body instanceof Readable)) {
      throw new UnsupportedMediaTypeException(`Send the file as ${NDJSON} (JSONL) or ${CSV} (organisations)`);
    }
    const csv = request.headers['content-type']?.startsWith(CSV) ?? false;
    try {
      return await this.imports.import(limited(request.body, IMPORT_BODY_LIMIT), {
        dryRun: isSet(query.dryRun),
        atomic: isSet(query.atomic),
        format: csv ? 'csv' : 'jsonl',
        actorUserId: caller.userId,
      });
    } catch (error) {
      if (error instanceof ImportInputError) throw new BadRequestException(error.message);
      throw error;
    }
  }
}
