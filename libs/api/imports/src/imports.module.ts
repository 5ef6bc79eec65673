import { Module } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { ImportsController } from './imports.controller';
import { CSV, NDJSON } from './imports.module-options';
import { ImportsService } from './imports.service';

/** `POST /api/v1/imports`: the import of the CLI, over HTTP, with the body streamed through. */
@Module({ controllers: [ImportsController], providers: [ImportsService] })
export class ImportsModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance() as FastifyInstance | undefined;
    if (!fastify) return;
    // The raw request stream goes to the controller, which reads it line by line (and limits its size).
    for (const type of [NDJSON, CSV]) {
      if (!fastify.hasContentTypeParser(type))
        fastify.addContentTypeParser(type, (_request, payload, done) => done(null, payload));
    }
  }
}
