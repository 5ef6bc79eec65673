import { Injectable } from '@nestjs/common';

/** The current time, injectable so that tests can move it (invitation expiry) instead of sleeping. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
