import { Injectable } from '@nestjs/common';

/** The current time, injectable so that tests can move it (link expiry, overdue actions) instead of sleeping. */
@Injectable()
export class CaseClock {
  now(): Date {
    return new Date();
  }

  /** Today in Denmark, YYYY-MM-DD: next actions are due on Danish calendar days. */
  today(): string {
    return this.now().toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });
  }
}
