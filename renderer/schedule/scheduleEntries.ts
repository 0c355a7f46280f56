import type { GuideShift } from '../../shared/contract/guides';
import type { HealingProgramEntry } from '../../shared/contract/healing';
import type { InterpretationBooking } from '../../shared/contract/interpretation';
import type { TrainingSessionEntry } from '../../shared/contract/trainings';
import { shiftPeople, slotText, statusColor } from '../guides/guideFormat';

export const SCHEDULE_KINDS = ['guide', 'training', 'healing', 'interpretation'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];
export const scheduleKindLabel: Record<ScheduleKind, string> = { guide: '안내 도우미', training: '교육', healing: '힐링프로그램', interpretation: '통역 예약' };
/** Shade 8 of each carries white text at 4.5:1 or more (the theme's filled shade). */
export const scheduleKindColor: Record<ScheduleKind, string> = { guide: 'blue', training: 'indigo', healing: 'pink', interpretation: 'violet' };
/** Where each kind is kept, for clicking an entry of another area. */
export const scheduleKindArea: Record<ScheduleKind, string> = { guide: '#/guides', training: '#/trainings', healing: '#/trainings', interpretation: '#/interpretation' };

export interface ScheduleEntry {
  key: string;
  kind: ScheduleKind;
  date: string;
  /** 'HH:mm' or '' for a whole-day entry, for ordering within the day. */
  time: string;
  /** What the month cell shows. */
  short: string;
  /** What the week view and screen readers get. */
  long: string;
  color: string;
  struck?: boolean;
  shift?: GuideShift;
}

export interface ScheduleSources {
  shifts: GuideShift[];
  trainings: TrainingSessionEntry[];
  healing: HealingProgramEntry[];
  bookings: InterpretationBooking[];
}

const times = (start: string | null, end: string | null) => (start ? (end ? `${start}–${end}` : start) : '');

/** Everything dated in the period, from the four areas, as one list ordered by date and time. */
export function scheduleEntries({ shifts, trainings, healing, bookings }: ScheduleSources): ScheduleEntry[] {
  const entries: ScheduleEntry[] = [
    ...shifts.map((s) => ({
      key: `guide-${s.id}`,
      kind: 'guide' as const,
      date: s.date,
      time: s.startTime,
      short: `${s.slot === 'custom' ? s.startTime : slotText(s).split(' ')[0]} ${shiftPeople(s)}`,
      long: `안내 도우미 ${slotText(s)} ${shiftPeople(s)} · ${s.post}`,
      color: statusColor[s.status],
      struck: s.status === 'absent',
      shift: s,
    })),
    ...trainings.map((t) => ({
      key: `training-${t.sessionId}`,
      kind: 'training' as const,
      date: t.date,
      time: t.startTime ?? '',
      short: `${t.startTime ? `${t.startTime} ` : ''}${t.title}`,
      long: `교육 ${times(t.startTime, t.endTime)} ${t.title} (${t.kindLabel}) · ${t.place}`.replace('  ', ' '),
      color: scheduleKindColor.training,
    })),
    ...healing.map((h) => ({
      key: `healing-${h.id}`,
      kind: 'healing' as const,
      date: h.date,
      time: '',
      short: `힐링 ${h.activity}`,
      long: `힐링프로그램 ${h.activity} · ${h.place} · ${h.participants}명`,
      color: scheduleKindColor.healing,
    })),
    ...bookings
      .filter((b) => b.status !== '취소')
      .map((b) => ({
        key: `interpretation-${b.id}`,
        kind: 'interpretation' as const,
        date: b.date,
        time: b.time ?? '',
        short: `${b.time ? `${b.time} ` : ''}${b.languageLabel} 통역`,
        long: `통역 예약 ${b.time ?? ''} ${b.languageLabel} ${b.methodLabel} · ${b.taskLabel} (${b.status})`.replace('  ', ' '),
        color: scheduleKindColor.interpretation,
      })),
  ];
  return entries.sort((a, b) => a.date.localeCompare(b.date) || a.time.localeCompare(b.time) || a.kind.localeCompare(b.kind));
}
