import { z } from 'zod';
import type { ExportFile } from '../exportFile';
import type { GuideFigures } from '../figures';
import { command, query } from './channel';
import { boolean, clockTime, id, isoDate, optionalText, text, yearMonth } from './fields';

export const HELPER_KINDS = ['volunteer', 'seniorJob', 'staff', 'other'] as const;
export type HelperKind = (typeof HELPER_KINDS)[number];
export const helperKindLabel: Record<HelperKind, string> = {
  volunteer: '자원봉사자',
  seniorJob: '공공일자리 참여자(노인일자리)',
  staff: '직원',
  other: '기타',
};

export { SHIFT_SLOTS, slotTimes, slotLabel, SHIFT_STATUSES, shiftStatusLabel, type ShiftSlot, type ShiftStatus } from '../guides/shifts';
import { SHIFT_SLOTS, SHIFT_STATUSES, type ShiftSlot, type ShiftStatus } from '../guides/shifts';

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const LUNCH = { start: toMinutes('12:00'), end: toMinutes('13:00') };

/**
 * Minutes a shift counts for certificates and quotas: its length less the lunch hour (12:00–13:00)
 * it spans, so 종일 09:00–18:00 counts 8 hours, the same as 오전 3 + 오후 5.
 */
export function shiftMinutes(start: string, end: string): number {
  const s = toMinutes(start);
  const e = toMinutes(end);
  const lunch = Math.max(0, Math.min(e, LUNCH.end) - Math.max(s, LUNCH.start));
  return Math.max(0, e - s - lunch);
}

/** The hour rule in the coordinator's words, shown on the forms, the totals and the XLSX alike. */
export const HOUR_RULE_TEXT = '근무 시간은 점심시간(12:00–13:00)을 빼고 셉니다: 오전 09:00–12:00 = 3시간, 오후 13:00–18:00 = 5시간, 종일 09:00–18:00 = 8시간.';

export interface GuideHelper {
  id: number;
  name: string;
  contact: string;
  kind: HelperKind;
  activeFrom: string;
  activeTo: string | null;
  quotaHoursPerDay: number | null;
  quotaDaysPerMonth: number | null;
  note: string;
}

export interface GuideShift {
  id: number;
  date: string;
  slot: ShiftSlot;
  startTime: string;
  endTime: string;
  post: string;
  helperId: number;
  helperName: string;
  status: ShiftStatus;
  replacementHelperId: number | null;
  replacementName: string | null;
  note: string;
  /** Minutes counted for the person who worked it (see shiftMinutes). */
  minutes: number;
}

/** One helper's month against the quota: 계획 = shifts planned for them, 완료 = done by them or taken over by them. */
export interface HelperMonthTotal {
  helperId: number;
  name: string;
  kind: HelperKind;
  quotaHoursPerDay: number | null;
  quotaDaysPerMonth: number | null;
  plannedDays: number;
  plannedMinutes: number;
  doneDays: number;
  doneMinutes: number;
  absences: number;
}

export interface GuideMonthSummary {
  month: string;
  workingDays: number;
  /** Working days with no shift that someone is expected at or worked (absences do not cover). */
  uncoveredDays: string[];
  totals: HelperMonthTotal[];
}

/** One month of the report's 안내 도우미 figures: days the desk was staffed and 연인원 (helper-days). */
export interface GuideMonthFigures extends GuideFigures {
  month: string;
}

export interface PatternShift {
  date: string;
  slot: ShiftSlot;
  startTime: string;
  endTime: string;
}

export interface PatternPreview {
  create: PatternShift[];
  /** Dates and slots left out, each with its reason in Korean (holiday, existing shift, outside the active period). */
  skipped: (PatternShift & { reason: string })[];
}

const time = (label: string) => clockTime(label, '09:00');
const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
const month = yearMonth('월');

const dateRange = z
  .strictObject({ from: isoDate('시작일'), to: isoDate('종료일') })
  .refine((r) => r.from <= r.to, { message: '종료일이 시작일보다 빠릅니다.', path: ['to'] })
  .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= 400 * 86_400_000, { message: '기간은 1년 이내로 조회하세요.', path: ['to'] });

const slotFields = {
  slot: z.enum(SHIFT_SLOTS, { error: '시간대를 선택하세요.' }),
  startTime: time('시작 시각').optional(),
  endTime: time('종료 시각').optional(),
};
/** Custom slots need both times, in order; standard slots take their times from slotTimes. */
const customTimesGiven = (s: { slot: ShiftSlot; startTime?: string; endTime?: string }) =>
  s.slot !== 'custom' || (!!s.startTime && !!s.endTime && s.startTime < s.endTime);
const customTimesMessage = { message: '시간 지정은 시작 시각과 그보다 늦은 종료 시각을 입력하세요.', path: ['endTime'] };

export const helperInput = z
  .strictObject({
    id: id('도우미').optional(),
    name: text('이름', 50),
    contact: optionalText('연락처', 30).refine((c) => /^[0-9\- ]*$/.test(c), '연락처는 숫자와 -만 입력하세요.'),
    kind: z.enum(HELPER_KINDS, { error: '구분을 선택하세요.' }),
    activeFrom: isoDate('활동 시작일'),
    activeTo: isoDate('활동 종료일').nullable().default(null),
    quotaHoursPerDay: z.number({ error: '하루 기준 시간은 숫자로 입력하세요.' }).min(0.5, '하루 기준 시간은 0.5 이상입니다.').max(12, '하루 기준 시간은 12시간 이하입니다.').nullable().default(null),
    quotaDaysPerMonth: z.number({ error: '월 기준 일수는 숫자로 입력하세요.' }).int('월 기준 일수는 정수로 입력하세요.').min(1, '월 기준 일수는 1일 이상입니다.').max(31, '월 기준 일수는 31일 이하입니다.').nullable().default(null),
    note: optionalText('메모', 500),
  })
  .refine((h) => h.activeTo === null || h.activeTo >= h.activeFrom, { message: '활동 종료일이 시작일보다 빠릅니다.', path: ['activeTo'] });
export type HelperInput = z.input<typeof helperInput>;

export const shiftInput = z
  .strictObject({
    id: id('근무').optional(),
    date: isoDate('근무일'),
    ...slotFields,
    post: text('근무 위치', 50),
    helperId: id('도우미'),
    note: optionalText('메모', 500),
    /** Weekends and holidays are refused unless the form says the desk opens that day on purpose. */
    onNonWorkingDay: boolean('휴일 근무').default(false),
  })
  .refine(customTimesGiven, customTimesMessage);
export type ShiftInput = z.input<typeof shiftInput>;

export const patternInput = z
  .strictObject({
    from: isoDate('시작일'),
    until: isoDate('종료일').optional(),
    weeks: z.number({ error: '주 수는 숫자로 입력하세요.' }).int('주 수는 정수로 입력하세요.').min(1, '주 수는 1주 이상입니다.').max(26, '주 수는 26주 이하입니다.').optional(),
    weekdays: z
      .array(z.number({ error: '요일을 선택하세요.' }).int().min(0, '요일이 올바르지 않습니다.').max(6, '요일이 올바르지 않습니다.'), { error: '요일을 선택하세요.' })
      .min(1, '요일을 하나 이상 선택하세요.')
      .max(7, '요일이 올바르지 않습니다.'),
    slots: z.array(z.enum(SHIFT_SLOTS, { error: '시간대를 선택하세요.' }), { error: '시간대를 선택하세요.' }).min(1, '시간대를 하나 이상 선택하세요.').max(4, '시간대가 너무 많습니다.'),
    startTime: time('시작 시각').optional(),
    endTime: time('종료 시각').optional(),
    post: text('근무 위치', 50),
    helperId: id('도우미'),
    includeNonWorkingDays: boolean('주말·공휴일 포함').default(false),
  })
  .refine((p) => (p.until === undefined) !== (p.weeks === undefined), { message: '종료일이나 주 수 중 하나를 입력하세요.', path: ['until'] })
  .refine((p) => p.until === undefined || p.until >= p.from, { message: '종료일이 시작일보다 빠릅니다.', path: ['until'] })
  .refine((p) => p.until === undefined || Date.parse(p.until) - Date.parse(p.from) <= 183 * 86_400_000, { message: '한 번에 6개월까지 배치할 수 있습니다.', path: ['until'] })
  .refine((p) => !p.slots.includes('custom') || (!!p.startTime && !!p.endTime && p.startTime < p.endTime), customTimesMessage);
export type PatternInput = z.input<typeof patternInput>;

export const guidesContract = {
  'guides.helpers': query<GuideHelper[]>()(z.strictObject({ includeInactive: boolean('지난 도우미 포함').default(false) })),
  'guides.saveHelper': command<GuideHelper>()(helperInput),
  'guides.shifts': query<GuideShift[]>()(dateRange),
  'guides.monthSummary': query<GuideMonthSummary>()(z.strictObject({ month })),
  // The dashboard's chart of this year against last year: at most two years and a bit, month by month.
  'guides.monthlyFigures': query<GuideMonthFigures[]>()(
    z
      .strictObject({ from: month, to: month })
      .refine((r) => r.from <= r.to, { message: '끝 달이 시작 달보다 빠릅니다.', path: ['to'] })
      .refine((r) => monthIndex(r.to) - monthIndex(r.from) < 36, { message: '36개월까지 조회할 수 있습니다.', path: ['to'] }),
  ),
  'guides.saveShift': command<GuideShift>()(shiftInput),
  'guides.moveShift': command<GuideShift>()(
    z.strictObject({ id: id('근무'), date: isoDate('옮길 날짜'), onNonWorkingDay: boolean('휴일 근무').default(false) }),
  ),
  'guides.swapShifts': command<GuideShift[]>()(
    z.strictObject({ firstId: id('바꿀 근무'), secondId: id('맞바꿀 근무') }).refine((s) => s.firstId !== s.secondId, {
      message: '서로 다른 두 근무를 고르세요.',
      path: ['secondId'],
    }),
  ),
  'guides.setShiftStatus': command<GuideShift>()(
    z
      .strictObject({
        id: id('근무'),
        status: z.enum(SHIFT_STATUSES, { error: '상태를 선택하세요.' }),
        replacementHelperId: id('대체 도우미').nullable().default(null),
      })
      .refine((s) => (s.status === 'replaced') === (s.replacementHelperId !== null), {
        message: '대체는 대신 근무한 도우미를 함께 선택하세요.',
        path: ['replacementHelperId'],
      }),
  ),
  'guides.deleteShift': command<{ id: number }>()(z.strictObject({ id: id('근무') })),
  'guides.previewPattern': query<PatternPreview>()(patternInput),
  'guides.applyPattern': command<PatternPreview>()(patternInput),
  'guides.exportMonth': query<ExportFile>()(z.strictObject({ month })),
};
