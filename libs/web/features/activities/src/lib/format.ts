import { CASE_STAGE_LABELS, label } from '@videnbro/domain';
import type { LinkedCase } from '../queries/types';

/** Kroner as the cluster reports them: whole DKK in Danish notation (`1.250.000 kr.`), in either language. */
const DKK = new Intl.NumberFormat('da-DK', { style: 'currency', currency: 'DKK', maximumFractionDigits: 0 });

export function formatDkk(amount: number): string {
  return DKK.format(amount);
}

/** A date-only value (`2026-03-05`) in the user's language, without a time-zone shift. */
export function formatDay(day: string, locale: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, date)),
  );
}

/** An activity's dates: one day, or from–to. */
export function formatPeriod(startsOn: string, endsOn: string, locale: string): string {
  const start = formatDay(startsOn, locale);
  return startsOn === endsOn ? start : `${start} – ${formatDay(endsOn, locale)}`;
}

/** A linked case in one line: its parties and stage (`Mejeri Nord ApS – SDU · Introduced`). */
export function caseLabel(linked: LinkedCase, locale: string): string {
  return `${linked.company} – ${linked.institution} · ${label(CASE_STAGE_LABELS[linked.stage], locale)}`;
}
