import { z } from 'zod';
import type { TrainingFigures } from '../figures';
import { command, query } from './channel';
import { clockTime, id, isoDate, optionalText, text, year } from './fields';

export const trainingKinds = ['kindness', 'complaintDrill', 'other'] as const;
export type TrainingKind = (typeof trainingKinds)[number];
export const trainingKindLabels: Record<TrainingKind, string> = {
  kindness: '친절교육',
  complaintDrill: '특이민원 대응훈련',
  other: '기타',
};

export const attendanceStatuses = ['present', 'late', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];
export const attendanceStatusLabels: Record<AttendanceStatus, string> = { present: '출석', late: '지각', excused: '공가', absent: '결석' };
/**
 * Who counts as having attended: 출석 and 지각 (a late arrival still took the training); 공가
 * (official leave) and 결석 did not. The database view training_attended applies the same rule.
 */
export const countsAsAttended = (status: AttendanceStatus) => status === 'present' || status === 'late';

export const attendanceModes = ['person', 'headCount'] as const;
export type AttendanceMode = (typeof attendanceModes)[number];
export const attendanceModeLabels: Record<AttendanceMode, string> = { person: '개인별 출석', headCount: '부서별 인원수' };

export interface TrainingSession {
  id: number;
  date: string;
  startTime: string | null;
  endTime: string | null;
  place: string;
}

export interface TrainingSummary {
  id: number;
  title: string;
  kind: TrainingKind;
  kindLabel: string;
  instructor: string;
  attendanceMode: AttendanceMode;
  firstDate: string;
  lastDate: string;
  sessionCount: number;
  /** Distinct people who attended (a head count adds its number), and distinct departments. */
  people: number;
  departments: number;
}

export interface StatusTotals {
  present: number;
  late: number;
  excused: number;
  absent: number;
  /** 출석 + 지각 (person rows), plus the head counts. */
  attended: number;
}

export interface AttendanceEntry {
  staffId: number;
  staffName: string;
  departmentId: number;
  departmentName: string;
  status: AttendanceStatus;
}

export interface HeadCountEntry {
  departmentId: number;
  departmentName: string;
  headCount: number;
}

export interface SessionDetail extends TrainingSession {
  attendance: AttendanceEntry[];
  headCounts: HeadCountEntry[];
  totals: StatusTotals;
}

export interface DepartmentTotals extends StatusTotals {
  departmentId: number;
  departmentName: string;
  /** Distinct people of the department who attended at least one session (or the summed head counts). */
  people: number;
}

export interface TrainingDetail extends TrainingSummary {
  note: string;
  sessions: SessionDetail[];
  byDepartment: DepartmentTotals[];
  createdByName: string | null;
  updatedByName: string | null;
}

export interface TrainingYearLine {
  /** `2024년 31개부서 188명(3.18.~3.20.)` */
  text: string;
  figures: TrainingFigures;
}

export interface TrainingCoverage {
  year: number;
  kind: TrainingKind;
  /** Every active department, with how many of it attended this year; 0 means nobody yet. */
  departments: { departmentId: number; departmentName: string; people: number; frontline: boolean }[];
  /** Active staff of the frontline departments with no 출석/지각 in a training of this kind this year. */
  frontlineStaffNotAttended: { staffId: number; name: string; departmentName: string; position: string }[];
}

/** For the combined 일정 view. */
export interface TrainingSessionEntry {
  trainingId: number;
  sessionId: number;
  title: string;
  kindLabel: string;
  date: string;
  startTime: string | null;
  endTime: string | null;
  place: string;
}

/** The card's yearly training line, one function for the screen and the card (shared/pledge/reportLines.ts). */
export { trainingLineText } from '../pledge/reportLines';

export const reportYear = year('연도');
const time = (label: string) => clockTime(label);

const kind = z.enum(trainingKinds, { error: '교육 종류를 선택하세요.' });

export const trainingSessionInput = z
  .strictObject({
    id: id('회차').optional(),
    date: isoDate('교육일'),
    startTime: time('시작 시각').nullable().default(null),
    endTime: time('종료 시각').nullable().default(null),
    place: optionalText('장소', 100),
  })
  .refine((s) => !s.startTime || !s.endTime || s.endTime > s.startTime, {
    message: '종료 시각은 시작 시각보다 늦어야 합니다.',
    path: ['endTime'],
  });

export const trainingInput = z.strictObject({
  id: id('교육').optional(),
  title: text('교육명', 200),
  kind,
  instructor: optionalText('강사', 100),
  attendanceMode: z.enum(attendanceModes, { error: '출석 기록 방식을 선택하세요.' }),
  note: optionalText('메모', 1000),
  sessions: z
    .array(trainingSessionInput, { error: '교육 일정을 입력하세요.' })
    .min(1, '교육 일정을 하나 이상 입력하세요.')
    .max(30, '교육 일정은 30회까지 입력할 수 있습니다.'),
});
export type TrainingInput = z.input<typeof trainingInput>;

export const attendanceInput = z.strictObject({
  sessionId: id('회차'),
  entries: z
    .array(
      z.strictObject({ staffId: id('직원'), status: z.enum(attendanceStatuses, { error: '출석 상태를 선택하세요.' }) }),
      { error: '출석 명단을 입력하세요.' },
    )
    .max(3000, '한 회차의 출석은 3000명까지 기록할 수 있습니다.'),
});

export const headCountInput = z.strictObject({
  sessionId: id('회차'),
  counts: z
    .array(
      z.strictObject({
        departmentId: id('부서'),
        headCount: z.number({ error: '인원을 숫자로 입력하세요.' }).int('인원은 정수로 입력하세요.').min(1, '인원은 1명 이상이어야 합니다.').max(1000, '인원은 1000명 이하로 입력하세요.'),
      }),
      { error: '부서별 인원을 입력하세요.' },
    )
    .max(500, '부서는 500개까지 입력할 수 있습니다.'),
});

export const trainingsContract = {
  'trainings.list': query<TrainingSummary[]>()(z.strictObject({ year: reportYear })),
  'trainings.get': query<TrainingDetail>()(z.strictObject({ id: id('교육') })),
  'trainings.save': command<TrainingDetail>()(trainingInput),
  'trainings.delete': command<{ id: number }>()(z.strictObject({ id: id('교육') })),
  'trainings.recordAttendance': command<TrainingDetail>()(attendanceInput),
  'trainings.recordHeadCounts': command<TrainingDetail>()(headCountInput),
  /** The pledge card's line for one kind in one year; asOf (within the year) makes it `2025년 6월 현재 …`. */
  'trainings.yearLine': query<TrainingYearLine>()(z.strictObject({ year: reportYear, kind, asOf: isoDate('기준일').optional() })),
  'trainings.coverage': query<TrainingCoverage>()(z.strictObject({ year: reportYear, kind })),
  'trainings.setFrontline': command<{ departmentIds: number[] }>()(
    z.strictObject({ departmentIds: z.array(id('부서'), { error: '부서를 선택하세요.' }).max(500, '부서는 500개까지 고를 수 있습니다.') }),
  ),
  'trainings.sessionsBetween': query<TrainingSessionEntry[]>()(z.strictObject({ from: isoDate('시작일'), to: isoDate('종료일') })),
};
