import { withParticle } from '../korean/particles';
import { z } from 'zod';
import type { DownloadTicket } from '../exportFile';
import {
  LANGUAGE_CODES,
  LEVELS,
  OUTCOMES,
  STATUSES,
  type InterpretationKind,
  type LanguageCode,
  type LanguageLevel,
  type Outcome,
  type RequestStatus,
} from '../interpretationLanguages';
import { command, query } from './channel';
import { boolean, clockTime, id, isoDate, noInput, optionalText, text } from './fields';

export interface InterpretationMethod {
  id: number;
  name: string;
  active: boolean;
  /** Requests that used it: a used way can be renamed or retired, never deleted. */
  useCount: number;
}

export interface InterpretationRequest {
  id: number;
  date: string;
  time: string | null;
  language: LanguageCode;
  languageLabel: string;
  languageNote: string;
  kind: InterpretationKind;
  nationality: string;
  methodId: number;
  methodLabel: string;
  task: string;
  minutes: number | null;
  people: number;
  status: RequestStatus;
  outcome: Outcome | null;
  booked: boolean;
  staffId: number | null;
  staffName: string | null;
  interpreterId: number | null;
  interpreterName: string | null;
  note: string;
  updatedByName: string | null;
  updatedAt: string;
}

/** One line of a count table: cases (건) and the people they involved (명). */
export interface CountLine {
  key: string;
  label: string;
  cases: number;
  people: number;
}

export interface RequestListSummary {
  /** Every request the filters matched, whatever its state. */
  listed: number;
  /** Served requests (처리 완료, 다른 기관 안내): the ones the report counts. */
  served: { cases: number; people: number };
  byLanguage: CountLine[];
  byMethod: CountLine[];
  /** Matched but not counted, so the desk sees why the served total is smaller than the list. */
  notCounted: { unresolved: number; booked: number; cancelled: number };
}

export interface RequestList {
  rows: InterpretationRequest[];
  /** True when more rows matched than a screen can hold; the XLSX export has them all. */
  truncated: boolean;
  summary: RequestListSummary;
}

export interface InterpretationDay {
  date: string;
  /** Everything dated that day, bookings included, by time. */
  requests: InterpretationRequest[];
  served: { cases: number; people: number };
  booked: number;
}

export interface InterpretationBooking {
  id: number;
  date: string;
  time: string | null;
  languageLabel: string;
  methodLabel: string;
  taskLabel: string;
  status: '예약' | '완료' | '취소';
}

export interface Interpreter {
  staffId: number;
  name: string;
  departmentName: string;
  /** False when the person left or is on leave: they stay listed but are not suggested. */
  staffActive: boolean;
  languages: { language: LanguageCode; label: string; level: LanguageLevel }[];
  availability: string;
  active: boolean;
}

export interface PeriodCount {
  /** 'yyyy-MM' for a month, 'yyyy' for a year. */
  period: string;
  cases: number;
  people: number;
  foreign: { cases: number; people: number };
  sign: { cases: number; people: number };
  byLanguage: CountLine[];
  byMethod: CountLine[];
}

export interface InterpretationCounts {
  monthly: PeriodCount[];
  yearly: PeriodCount[];
}

/** What the quick form starts with: the language and way used most in the last 90 days. */
export interface QuickDefaults {
  language: LanguageCode;
  methodId: number | null;
}

/** The list's 결과 filter: the three outcomes of a request that took place, and the two other states. */
export const RESULT_FILTERS = [...OUTCOMES, '예약', '취소'] as const;
export type ResultFilter = (typeof RESULT_FILTERS)[number];

const language = z.enum(LANGUAGE_CODES, { error: '언어를 목록에서 선택하세요.' });
const time = clockTime('시각', '14:30');
const count = (label: string, min: number, max: number) =>
  z
    .number({ error: `${withParticle(label, '은/는')} 숫자로 입력하세요.` })
    .int(`${withParticle(label, '은/는')} 정수로 입력하세요.`)
    .min(min, `${withParticle(label, '은/는')} ${min} 이상이어야 합니다.`)
    .max(max, `${withParticle(label, '은/는')} ${max} 이하여야 합니다.`);

export const requestInput = z
  .strictObject({
    id: id('통역 요청').optional(),
    date: isoDate('날짜'),
    time: time.nullable().default(null),
    language,
    languageNote: optionalText('기타 언어명', 50),
    nationality: optionalText('국적', 50),
    methodId: id('지원 방법'),
    task: text('민원 업무', 100),
    minutes: count('소요 시간(분)', 0, 600).nullable().default(null),
    people: count('인원', 1, 200).default(1),
    status: z.enum(STATUSES, { error: '상태를 선택하세요.' }).default('완료'),
    outcome: z.enum(OUTCOMES, { error: '결과를 선택하세요.' }).nullable().default(null),
    /** Left out, the staff member at the PC handled it. */
    staffId: id('처리 직원').nullable().optional(),
    interpreterId: id('통역 특약관').nullable().default(null),
    note: optionalText('메모', 500),
  })
  .refine((r) => r.status !== '완료' || r.outcome !== null, { message: '결과를 선택하세요.', path: ['outcome'] });
export type RequestInput = z.input<typeof requestInput>;

/** A saved request as the input that saves it again: what an edit form starts from. */
export const requestToInput = (r: InterpretationRequest): RequestInput & { id: number } => ({
  id: r.id,
  date: r.date,
  time: r.time,
  language: r.language,
  languageNote: r.languageNote,
  nationality: r.nationality,
  methodId: r.methodId,
  task: r.task,
  minutes: r.minutes,
  people: r.people,
  status: r.status,
  outcome: r.outcome,
  staffId: r.staffId,
  interpreterId: r.interpreterId,
  note: r.note,
});

const rangeChecked = <T extends z.ZodType<{ from: string; to: string }>>(schema: T, maxYears: number) =>
  schema
    .refine((r) => r.from <= r.to, { message: '시작일이 종료일보다 늦습니다.', path: ['to'] })
    .refine((r) => Number(r.to.slice(0, 4)) - Number(r.from.slice(0, 4)) < maxYears, {
      message: `기간은 ${maxYears}년 이내로 지정하세요.`,
      path: ['from'],
    });

export const requestFilter = rangeChecked(
  z.strictObject({
    from: isoDate('시작일'),
    to: isoDate('종료일'),
    language: language.nullable().default(null),
    methodId: id('지원 방법').nullable().default(null),
    result: z.enum(RESULT_FILTERS, { error: '결과를 목록에서 선택하세요.' }).nullable().default(null),
    staffId: id('처리 직원').nullable().default(null),
    task: optionalText('민원 업무 검색어', 50),
  }),
  30,
);
export type RequestFilter = z.input<typeof requestFilter>;
export type ParsedRequestFilter = z.output<typeof requestFilter>;

export const interpreterInput = z.strictObject({
  staffId: id('직원'),
  languages: z
    .array(z.strictObject({ language, level: z.enum(LEVELS, { error: '수준을 상·중·하 중에서 선택하세요.' }) }), {
      error: '언어를 선택하세요.',
    })
    .min(1, '가능한 언어를 하나 이상 선택하세요.')
    .max(LANGUAGE_CODES.length, '언어가 너무 많습니다.')
    .refine((ls) => new Set(ls.map((l) => l.language)).size === ls.length, { message: '같은 언어가 두 번 있습니다.' }),
  availability: optionalText('가능 시간', 200),
  active: boolean('명단 포함 여부').default(true),
});
export type InterpreterInput = z.input<typeof interpreterInput>;

const recordId = (label: string) => z.strictObject({ id: id(label) });

export const interpretationContract = {
  'interpretation.requests.list': query<RequestList>()(requestFilter),
  /** Every request of the filter and its counts, streamed to a download (DownloadTicket). */
  'interpretation.requests.export': query<DownloadTicket>()(requestFilter),
  'interpretation.requests.save': command<InterpretationRequest>()(requestInput),
  /**
   * The requests this one would repeat (same language, day and time, same errand, not cancelled): the form
   * asks before saving it anyway.
   */
  'interpretation.requests.duplicates': query<InterpretationRequest[]>()(
    z.strictObject({ id: id('통역 요청').optional(), date: isoDate('날짜'), time: time.nullable().default(null), language, task: text('민원 업무', 100) }),
  ),
  /** Calls off a booking; the request stays on the calendar as 취소. */
  'interpretation.requests.cancel': command<InterpretationRequest>()(recordId('통역 요청')),
  /** Takes back a request saved less than UNDO_MINUTES ago from the notification: gone from the figures, and logged. */
  'interpretation.requests.undo': command<{ id: number }>()(recordId('통역 요청')),
  /** For a record entered by mistake; a booking that did not happen is cancelled instead. */
  'interpretation.requests.delete': command<{ id: number }>()(recordId('통역 요청')),
  'interpretation.day': query<InterpretationDay>()(z.strictObject({ date: isoDate('날짜') })),
  /** Booked requests for the combined 일정 view and this area's calendar. */
  'interpretation.bookings': query<InterpretationBooking[]>()(z.strictObject({ from: isoDate('시작일'), to: isoDate('종료일') })),
  'interpretation.defaults': query<QuickDefaults>()(noInput),
  'interpretation.methods.list': query<InterpretationMethod[]>()(
    z.strictObject({ includeInactive: z.boolean({ error: '비활성 포함 여부는 예/아니요로 선택하세요.' }).default(false) }),
  ),
  'interpretation.methods.save': command<InterpretationMethod>()(
    z.strictObject({ id: id('지원 방법').optional(), name: text('지원 방법 이름', 100), active: boolean('사용 여부').default(true) }),
  ),
  'interpretation.methods.delete': command<{ id: number }>()(recordId('지원 방법')),
  'interpretation.interpreters.list': query<Interpreter[]>()(
    z.strictObject({
      language: language.nullable().default(null),
      includeInactive: z.boolean({ error: '제외된 특약관 포함 여부는 예/아니요로 선택하세요.' }).default(false),
    }),
  ),
  'interpretation.interpreters.save': command<Interpreter>()(interpreterInput),
  /** Monthly and yearly counts by language, kind and way, for the statistics tab and the report. */
  'interpretation.figures': query<InterpretationCounts>()(
    rangeChecked(z.strictObject({ from: isoDate('시작일'), to: isoDate('종료일') }), 20),
  ),
};
