import { z } from 'zod';
import { command, query } from './channel';
import { boolean, id, optionalText, yearMonth } from './fields';

/**
 * 접속기록 (개인정보의 안전성 확보조치 기준 제8조): each access of staff to a visitor's personal data.
 * Which accesses leave a record: a full view (전체 보기), a list that shows full data (the overdue list,
 * once per person, loan and day), a search by a name or a whole phone number that found someone, a
 * print and a download. What a record names: the loan or the borrower's number, never a name or phone.
 */
export const ACCESS_ACTIONS = ['view', 'list_view', 'search_name', 'search_phone', 'print', 'export'] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

export const accessActionLabels: Record<AccessAction, string> = {
  view: '전체 보기',
  list_view: '목록 열람(전체 표시)',
  search_name: '성명 검색',
  search_phone: '전화번호 검색',
  print: '출력',
  export: '내려받기',
};

/** Where in the app the access happened. */
export const accessScreenLabels: Record<string, string> = {
  ledger: '대여 대장',
  overdue_list: '연락 필요(연체) 목록',
  lend_form: '대여 입력(이전 연체 확인)',
  handover: '사용 동의서',
  return_picker: '반납·연장 찾기',
  earlier_log: '이전 조회 기록',
};

export const ACCESS_RECORD_KINDS = ['loan', 'borrower', 'ledger'] as const;
export type AccessRecordKind = (typeof ACCESS_RECORD_KINDS)[number];

/** 대여 12번 / 대여자 7번 / 대여 대장 */
export function accessRecordLabel(kind: string, recordId: number | null): string {
  if (kind === 'loan') return `대여 ${recordId}번`;
  if (kind === 'borrower') return `대여자 ${recordId}번`;
  if (kind === 'ledger') return '대여 대장';
  return recordId === null ? kind : `${kind} ${recordId}`;
}

/** How long access records are kept before they are destroyed: 2 years, as for sensitive data (제8조②). */
export const ACCESS_RECORD_YEARS = 2;

/**
 * More full views than this by one person on one desk day is marked. The office lends a few wheelchairs
 * a day (the busiest example, 112 loans a year, is under one a working day), and a loan needs its
 * borrower's full data at most a couple of times (a hand-over form printed again, a call). Ten views in
 * a day is far beyond the day's desk work, and still low enough to show someone leafing through the
 * ledger person by person. The overdue list's daily showings are not counted: opening it is the work.
 */
export const MANY_VIEWS_PER_DAY = 10;

/** Office hours (the desk's clock): a print or a download outside them, or on a weekend or public holiday, is marked. */
export const OFFICE_HOURS = { start: '09:00', end: '18:00' } as const;

export const ACCESS_FLAGS = ['many_views', 'after_hours', 'full_phone_search'] as const;
export type AccessFlag = (typeof ACCESS_FLAGS)[number];

export const accessFlagLabels: Record<AccessFlag, string> = {
  many_views: `하루 ${MANY_VIEWS_PER_DAY}건 넘는 전체 보기`,
  after_hours: '근무시간 외·휴일 출력·내려받기',
  full_phone_search: '대장에서 전화번호 전체로 검색',
};

/** Why each mark is there, for the screen's legend. */
export const accessFlagReasons: Record<AccessFlag, string> = {
  many_views: `한 사람이 하루에 대여자 ${MANY_VIEWS_PER_DAY}명 넘게 전체 보기를 했습니다. 하루 창구 업무(대여 몇 건, 건마다 동의서 재출력·반납 안내 한두 번)로는 그만큼 필요하지 않습니다. 연체 목록을 연 것은 세지 않습니다.`,
  after_hours: `평일 ${OFFICE_HOURS.start}~${OFFICE_HOURS.end} 밖이나 주말·공휴일에 개인정보를 출력하거나 내려받았습니다.`,
  full_phone_search: '대여 대장에서 전화번호 전체로 특정인을 찾았습니다(대여 입력 중 이전 연체 확인은 제외).',
};

export interface AccessRecordRow {
  id: number;
  /** The desk's clock: 'yyyy-MM-dd HH:mm'. */
  accessedAt: string;
  staffId: number | null;
  staffName: string | null;
  desk: string | null;
  action: AccessAction;
  screen: string;
  recordKind: string;
  recordId: number | null;
  rowCount: number | null;
  reason: string;
  flags: AccessFlag[];
}

export interface AccessReview {
  month: string;
  /** The desk's clock: 'yyyy-MM-dd HH:mm'. */
  reviewedAt: string;
  reviewedBy: number;
  reviewerName: string | null;
  reviewedDesk: string | null;
  recordCount: number;
  flaggedCount: number;
  note: string;
}

/** A month of access records as the 접속기록 점검 screen shows it. */
export interface AccessMonth {
  month: string;
  /** The filtered records, newest first (at most ACCESS_MONTH_LIMIT). */
  rows: AccessRecordRow[];
  /** How many the filter matched; all of the month's records, unfiltered; and how many of those are marked. */
  total: number;
  monthTotal: number;
  flaggedTotal: number;
  flagCounts: Record<AccessFlag, number>;
  /** Everyone with a record this month, for the person filter. */
  people: { id: number | null; name: string }[];
  review: AccessReview | null;
  /** A month is reviewed once it is over. */
  monthOver: boolean;
  /** Earlier months with records and no review yet, within the records kept. */
  unreviewedMonths: string[];
}

export const ACCESS_MONTH_LIMIT = 5000;

export const accessMonthLabel = (month: string) => `${Number(month.slice(0, 4))}년 ${Number(month.slice(5, 7))}월`;

export const accessMonthFilter = z.strictObject({
  month: yearMonth('점검 월'),
  staffId: id('직원').nullable().default(null),
  action: z.enum(ACCESS_ACTIONS, { error: '접속 유형을 목록에서 선택하세요.' }).nullable().default(null),
  recordKind: z.enum(ACCESS_RECORD_KINDS, { error: '기록 종류를 목록에서 선택하세요.' }).nullable().default(null),
  recordId: id('기록 번호').nullable().default(null),
  flaggedOnly: boolean('이상 징후만').default(false),
});
export type AccessMonthFilter = z.input<typeof accessMonthFilter>;

export const privacyContract = {
  /** 접속기록 점검: a month's records with the marks, and whether the month was reviewed. */
  'privacy.accessRecords': query<AccessMonth>()(accessMonthFilter),
  /** Records that the month's records were looked through: by the person signed in, now, once. */
  'privacy.reviewMonth': command<AccessReview>()(z.strictObject({ month: yearMonth('점검 월'), note: optionalText('점검 의견', 500) })),
};

/**
 * The wheelchair ledger as a 개인정보파일 (개인정보 보호법 제32조): what the settings page states and
 * prints for the office's registration. The items are the loan's own fields (shared/contract/loans.ts
 * lendInput: 대여자 성명, 연락처, 본인·보호자, 비고·반납 메모·연락 결과); the service is recorded, never
 * the visitor's condition.
 */
export const personalDataFile = {
  name: '휠체어 무료 대여자 명부',
  purpose: '휠체어 무료 대여와 반납 안내(연체 시 연락)',
  legalBasis: '정보주체의 동의(개인정보 보호법 제15조제1항제1호)',
  items: ['성명', '연락처', '대여자 구분(본인·보호자)', '대여·반납 일시', '비고·반납 메모·연락 결과'],
  notCollected: '주민등록번호, 건강 상태·장애 여부 등 민감정보(제공한 서비스만 기록)',
  source: '정보주체(대여 신청 시 창구에서 받음)',
  retention: (years: number) => `반납 후 ${years}년. 지나면 성명·연락처와 비고·메모·연락 결과를 지체 없이 파기`,
  accessRecords: `접속기록 ${ACCESS_RECORD_YEARS}년 보관, 매월 점검`,
} as const;
