import type { GuideShift, HelperMonthTotal } from '../../shared/contract/guides';
import { shiftStatusLabel, slotLabel, type ShiftStatus } from '../../shared/guides/shifts';
import { monthDay } from '../../shared/korean/reportFormat';
import { WEEKDAY_LABELS, weekdayOf } from '../schedule/calendarDates';

/** `3시간`, `2.5시간` */
export const hoursText = (minutes: number) => `${Math.round((minutes / 60) * 10) / 10}시간`;

/** `10일 · 30시간` from 3 hours a day on 10 days; `-` when the helper has no quota. */
export function quotaText(t: Pick<HelperMonthTotal, 'quotaDaysPerMonth' | 'quotaHoursPerDay'>): string {
  if (t.quotaDaysPerMonth === null) return '-';
  if (t.quotaHoursPerDay === null) return `${t.quotaDaysPerMonth}일`;
  return `${t.quotaDaysPerMonth}일 · ${hoursText(t.quotaDaysPerMonth * t.quotaHoursPerDay * 60)}`;
}

export const slotText = (s: Pick<GuideShift, 'slot' | 'startTime' | 'endTime'>) =>
  s.slot === 'custom' ? `${s.startTime}–${s.endTime}` : `${slotLabel[s.slot]} ${s.startTime}–${s.endTime}`;

/** `3.4.(화)` */
export const dateWithDay = (date: string) => `${monthDay(date)}(${WEEKDAY_LABELS[weekdayOf(date)]})`;

/** Who stood (or is to stand) the shift: `김순자`, or `김순자→박영수` when replaced. */
export const shiftPeople = (s: GuideShift) => (s.status === 'replaced' ? `${s.helperName}→${s.replacementName}` : s.helperName);

export const statusColor: Record<ShiftStatus, string> = { planned: 'blue', done: 'green', absent: 'red', replaced: 'grape' };

/** A line naming a shift, for lists and for screen readers: `3.4.(화) 오전 09:00–12:00 김순자 · 1층 안내데스크 (예정)`. */
export const shiftLine = (s: GuideShift) => `${dateWithDay(s.date)} ${slotText(s)} ${shiftPeople(s)} · ${s.post} (${shiftStatusLabel[s.status]})`;
