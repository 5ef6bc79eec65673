import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { SESSION_COOKIE } from '@videnbro/access';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-custom';
import { SessionsService } from './sessions.service';

/** The session token from `Authorization: Bearer …` (API clients) or the session cookie (the web app). */
export function sessionToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || undefined;
  return request.cookies?.[SESSION_COOKIE] || undefined;
}

@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, 'session') {
  constructor(private readonly sessions: SessionsService) {
    super();
  }

  async validate(request: FastifyRequest) {
    const token = sessionToken(request);
    if (!token) return false;
    const resolved = await this.sessions.resolve(token);
    return resolved?.caller ?? false;
  }
}
