import { Controller, Get, ServiceUnavailableException, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Public } from '@videnbro/access';
import { ErrorDto } from '@videnbro/http';
import { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';

const CHECK_TIMEOUT_MS = 2_000;

class HealthDto {
  @ApiProperty({ example: 'ok' })
  status!: 'ok';

  @ApiProperty({ example: { postgres: 'up', meilisearch: 'up' } })
  checks!: Record<string, 'up'>;
}

function withTimeout<T>(work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS).unref()),
  ]);
}

@ApiTags('health')
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meili: Meilisearch,
  ) {}

  /** The process is up (for restarts by an orchestrator). */
  @Get('live')
  @Public()
  @ApiOkResponse({ type: HealthDto })
  live(): HealthDto {
    return { status: 'ok', checks: {} };
  }

  /** Postgres and Meilisearch answer (for load balancers); 503 names what is down. */
  @Get('ready')
  @Public()
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: ErrorDto })
  async ready(): Promise<HealthDto> {
    const checks = {
      postgres: () => this.dataSource.query('select 1'),
      meilisearch: () => this.meili.health(),
    };
    const results = await Promise.all(
      Object.entries(checks).map(async ([name, check]) => {
        try {
          await withTimeout(check());
          return { name, error: null };
        } catch (error) {
          return { name, error: error instanceof Error ? error.message : String(error) };
        }
      }),
    );
    const down = results.filter((result) => result.error !== null);
    if (down.length) {
      throw new ServiceUnavailableException({
        message: `Not ready: ${down.map((result) => result.name).join(' and ')} ${down.length > 1 ? 'are' : 'is'} down`,
        details: down.map((result) => ({ field: result.name, message: result.error as string })),
      });
    }
    return {
      status: 'ok',
      checks: Object.fromEntries(results.map((result) => [result.name, 'up' as const])),
    };
  }
}
