import { z } from 'zod';
import type { DownloadTicket } from '../exportFile';
import { addDays, nextWorkingDay } from '../korean/holidays';
import { fullDate } from '../korean/reportFormat';
import { command, query } from './channel';
import { boolean, clockTime, id, isoDate, noInput, optionalText, text } from './fields';

export const wheelchairKinds = { manual: '수동', electric: '전동', child: '유아용', other: '기타' } as const;
export const wheelchairStatuses = { available: '대여 가능', on_loan: '대여 중', repair: '수리 중', retired: '폐기' } as const;
export const loanPurposes = { outside: '외부 대여', in_hall: '민원실 내 이용' } as const;
export const borrowerRelations = { self: '본인', guardian: '보호자' } as const;
export const returnConditions = { good: '양호', damaged: '파손·고장' } as const;
export const loanStates = { open: '대여 중', overdue: '연체', returned: '반납', returnedLate: '연체 반납' } as const;

export type WheelchairKind = keyof typeof wheelchairKinds;
export type WheelchairStatus = keyof typeof wheelchairStatuses;
export type LoanPurpose = keyof typeof loanPurposes;
export type LoanState = keyof typeof loanStates;

/**
 * The due date rule, shared so the form shows the date the record will get: an outside loan is due
 * `loanDays` after it starts, moved to the next working day when that is a weekend or public holiday
 * (substitute holidays included). A wheelchair used inside the hall is due back the same day.
 */
export function loanDueDate(startDate: string, purpose: LoanPurpose, loanDays: number): string {
  return purpose === 'in_hall' ? startDate : nextWorkingDay(addDays(startDate, loanDays));
}

export interface Wheelchair {
  id: number;
  assetNumber: string;
  kind: WheelchairKind;
  note: string;
  status: WheelchairStatus;
  updatedAt: string;
}

export interface WheelchairStatusChange {
  id: number;
  changedAt: string;
  fromStatus: WheelchairStatus | null;
  toStatus: WheelchairStatus;
  reason: string;
  staffName: string | null;
}

export interface LoanContact {
  id: number;
  contactedAt: string;
  result: string;
  staffName: string | null;
}

/** One loan as lists show it: name and phone masked (홍*동, 010-****-1234), null when none or destroyed. */
export interface LoanRow {
  id: number;
  wheelchairId: number;
  assetNumber: string;
  wheelchairKind: WheelchairKind;
  borrowerName: string | null;
  borrowerPhone: string | null;
  relation: keyof typeof borrowerRelations;
  purpose: LoanPurpose;
  idChecked: boolean;
  startedAt: string;
  dueDate: string;
  extended: boolean;
  returnedAt: string | null;
  returnCondition: keyof typeof returnConditions | null;
  returnNote: string;
  lentByName: string | null;
  receivedByName: string | null;
  note: string;
  state: LoanState;
  /** Days past the due date: until today while out, until the return once back; 0 when on time. */
  daysOverdue: number;
  personalDataDestroyed: boolean;
}

/** The overdue list: the phone shown in full on purpose, logged once per staff member, loan and day. */
export interface OverdueLoan extends LoanRow {
  fullName: string | null;
  fullPhone: string | null;
  contacts: LoanContact[];
}

export interface LoanBoard {
  today: string;
  open: LoanRow[];
  free: Wheelchair[];
  inRepair: Wheelchair[];
  overdueCount: number;
  lentToday: number;
  returnedToday: number;
}

export interface LedgerPage {
  rows: LoanRow[];
  total: number;
}

/** An earlier loan of the same person that came back late or is still out past its due date. */
export interface BorrowerWarning {
  loanId: number;
  assetNumber: string;
  startedAt: string;
  dueDate: string;
  returnedAt: string | null;
  daysOverdue: number;
}

export interface LoanCountRow {
  period: string;
  loans: number;
  borrowers: number;
}

/** '2024-11-28 14:05' → '2024.11.28. 14:05' */
export const loanTime = (at: string) => `${fullDate(at.slice(0, 10))} ${at.slice(11)}`;

export const loanStateLabel = (row: Pick<LoanRow, 'state' | 'daysOverdue'>) =>
  row.daysOverdue > 0 ? `${loanStates[row.state]} ${row.daysOverdue}일` : loanStates[row.state];

const personLabel = (row: LoanRow, value: string | null) =>
  row.personalDataDestroyed ? '파기됨' : (value ?? '-');

/**
 * The ledger's columns, one list for the screen, the printed ledger and the XLSX file, so the three
 * never disagree. Personal data appears masked, as in every list.
 */
export const ledgerColumns: { header: string; width: number; value: (row: LoanRow) => string | number }[] = [
  { header: '번호', width: 8, value: (r) => r.id },
  { header: '대여 일시', width: 18, value: (r) => loanTime(r.startedAt) },
  { header: '휠체어', width: 14, value: (r) => `${r.assetNumber}(${wheelchairKinds[r.wheelchairKind]})` },
  { header: '대여자', width: 12, value: (r) => personLabel(r, r.borrowerName) + (r.relation === 'guardian' && r.borrowerName ? '(보호자)' : '') },
  { header: '연락처', width: 16, value: (r) => personLabel(r, r.borrowerPhone) },
  { header: '용도', width: 14, value: (r) => loanPurposes[r.purpose] },
  { header: '신분증 확인', width: 10, value: (r) => (r.idChecked ? '확인' : '-') },
  { header: '반납 예정일', width: 16, value: (r) => fullDate(r.dueDate) + (r.extended ? '(연장)' : '') },
  { header: '반납 일시', width: 18, value: (r) => (r.returnedAt ? loanTime(r.returnedAt) : '-') },
  { header: '상태', width: 12, value: (r) => loanStateLabel(r) + (r.returnCondition === 'damaged' ? '·파손' : '') },
  { header: '대여 직원', width: 10, value: (r) => r.lentByName ?? '-' },
  { header: '반납 직원', width: 10, value: (r) => r.receivedByName ?? '-' },
  { header: '비고', width: 24, value: (r) => [r.note, r.returnNote].filter(Boolean).join(' / ') },
];

const phone = z
  .string({ error: '연락처는 글자로 입력하세요.' })
  .trim()
  .max(20, '연락처는 20자 이내로 입력하세요.')
  .regex(/^[0-9-]*$/, '연락처는 숫자와 -만 입력하세요.')
  .refine((p) => [0, 9, 10, 11].includes(p.replace(/-/g, '').length), '연락처는 9~11자리 숫자로 입력하세요.')
  .default('');

const dateRange = {
  from: isoDate('시작일'),
  to: isoDate('종료일'),
};
const rangeInOrder = (r: { from: string; to: string }) => r.from <= r.to;
const rangeMessage = { message: '종료일이 시작일보다 빠릅니다.', path: ['to'] };

export const lendInput = z.strictObject({
  wheelchairId: id('휠체어'),
  borrowerName: optionalText('대여자 성명', 50),
  borrowerPhone: phone,
  relation: z.enum(['self', 'guardian'], { error: '본인 또는 보호자를 선택하세요.' }).default('self'),
  consent: boolean('개인정보 수집·이용 동의').default(false),
  idChecked: boolean('신분증 확인').default(false),
  purpose: z.enum(['outside', 'in_hall'], { error: '대여 용도를 선택하세요.' }),
  /** Absent: now. A loan entered after the fact keeps its real start. */
  startDate: isoDate('대여일').optional(),
  startTime: clockTime('대여 시각').optional(),
  lentBy: id('대여 직원').optional(),
  note: optionalText('비고', 500),
});
export type LendInput = z.input<typeof lendInput>;

export const returnInput = z.strictObject({
  loanId: id('대여 기록'),
  returnDate: isoDate('반납일').optional(),
  returnTime: clockTime('반납 시각').optional(),
  condition: z.enum(['good', 'damaged'], { error: '반납 상태를 선택하세요.' }).default('good'),
  /** A damaged wheelchair goes to repair unless the desk says it can still be lent. */
  toRepair: boolean('수리 보내기').default(false),
  receivedBy: id('반납 받은 직원').optional(),
  note: optionalText('반납 메모', 500),
});
export type ReturnInput = z.input<typeof returnInput>;

const ledgerSelection = {
  ...dateRange,
  search: optionalText('검색어', 50),
  state: z.enum(['all', 'open', 'overdue', 'returned', 'returnedLate'], { error: '상태를 선택하세요.' }).default('all'),
};

export const ledgerFilter = z
  .strictObject({
    ...ledgerSelection,
    offset: z.number({ error: '쪽 번호가 올바르지 않습니다.' }).int().min(0).max(1_000_000).default(0),
    limit: z.number({ error: '쪽 크기가 올바르지 않습니다.' }).int().min(1).max(10_000).default(100),
  })
  .refine(rangeInOrder, rangeMessage);
export type LedgerFilter = z.output<typeof ledgerFilter>;

/** Why personal data leaves the app on paper or in a file (안전성 확보조치 기준 제8조: a download's reason is checked). */
export const downloadReason = text('사유', 200);

/** The whole ledger of a filter, printed or downloaded: every row, and the reason, kept in the 접속기록 with the row count. */
export const ledgerDownload = z.strictObject({ ...ledgerSelection, reason: downloadReason }).refine(rangeInOrder, rangeMessage);
export type LedgerDownload = z.output<typeof ledgerDownload>;

/** The most rows a printed ledger carries; a longer period is downloaded instead. */
export const LEDGER_PRINT_LIMIT = 10_000;

/**
 * A hand-over form printed when the wheelchair is handed over needs no reason: it is the hand-over
 * itself, and only the person who lent it, within this many minutes, prints it so. Any other print asks.
 */
export const HANDOVER_PRINT_MINUTES = 30;

export const wheelchairInput = z.strictObject({
  id: id('휠체어').optional(),
  assetNumber: text('자산번호', 30),
  kind: z.enum(['manual', 'electric', 'child', 'other'], { error: '휠체어 종류를 선택하세요.' }),
  note: optionalText('비고', 500),
});
export type WheelchairInput = z.input<typeof wheelchairInput>;

export const loansContract = {
  'loans.wheelchairs': query<Wheelchair[]>()(
    z.strictObject({ includeRetired: boolean('폐기 포함').default(false) }).default({ includeRetired: false }),
  ),
  'loans.saveWheelchair': command<Wheelchair>()(wheelchairInput),
  /** 대여 중 is never set by hand: it comes and goes with a loan. */
  'loans.setWheelchairStatus': command<Wheelchair>()(
    z.strictObject({
      wheelchairId: id('휠체어'),
      status: z.enum(['available', 'repair', 'retired'], { error: '상태를 선택하세요.' }),
      reason: optionalText('사유', 500),
    }),
  ),
  'loans.wheelchairHistory': query<WheelchairStatusChange[]>()(z.strictObject({ wheelchairId: id('휠체어') })),
  'loans.board': query<LoanBoard>()(noInput),
  'loans.lend': command<LoanRow>()(lendInput),
  'loans.return': command<LoanRow>()(returnInput),
  'loans.extend': command<LoanRow>()(z.strictObject({ loanId: id('대여 기록') })),
  /** Takes back a loan saved less than UNDO_MINUTES ago (the wrong wheelchair, a slip): it is gone from the figures, and logged. */
  'loans.undoLend': command<{ loanId: number }>()(z.strictObject({ loanId: id('대여 기록') })),
  /** Takes back a return saved less than UNDO_MINUTES ago: the loan is open again, and the undo logged. */
  'loans.undoReturn': command<LoanRow>()(z.strictObject({ loanId: id('대여 기록') })),
  'loans.detail': query<LoanRow>()(z.strictObject({ loanId: id('대여 기록') })),
  /**
   * The open loans a desk's search finds, for returning or extending one: by the borrower's name or its
   * 초성, the phone's digits or the asset number. The lists show names masked, so only the core can match a
   * name; it answers with the loans' ids, in the board's order.
   */
  'loans.findOpen': query<number[]>()(z.strictObject({ search: text('검색어', 50) })),
  /** Before a new loan: this person's earlier overdue or late-returned loans. */
  'loans.borrowerHistory': query<BorrowerWarning[]>()(
    z.strictObject({ borrowerName: optionalText('대여자 성명', 50), borrowerPhone: optionalText('연락처', 20) }),
  ),
  /** A search by name or whole phone number is kept in the 접속기록 (whom it found, never the text). */
  'loans.ledger': query<LedgerPage>()(ledgerFilter),
  /**
   * Masked like the screen, streamed to a download (DownloadTicket); the reason and the row count are kept in
   * the 접속기록 when the file is fetched. Queries, like every read below that logs.
   */
  'loans.exportLedger': query<DownloadTicket>()(ledgerDownload),
  'loans.printLedger': query<LedgerPage>()(ledgerDownload),
  /** Showing a borrower's full name and phone is deliberate, signed in, and kept in the 접속기록. */
  'loans.revealPersonalData': command<{ name: string | null; phone: string | null }>()(
    z.strictObject({ loanId: id('대여 기록'), purpose: text('조회 목적', 200) }),
  ),
  /** The hand-over form (사용 동의서) printed with the borrower's full name and phone: kept as a print with its reason. */
  'loans.printHandover': query<{ name: string | null; phone: string | null }>()(
    z.strictObject({ loanId: id('대여 기록'), reason: optionalText('사유', 200) }),
  ),
  /** A query although it writes the 접속기록: it only shows, and a command would make every list reload. */
  'loans.overdue': query<OverdueLoan[]>()(noInput),
  'loans.recordContact': command<LoanContact>()(
    z.strictObject({ loanId: id('대여 기록'), result: optionalText('연락 결과', 200) }),
  ),
  'loans.figures': query<{ monthly: LoanCountRow[]; yearly: LoanCountRow[] }>()(
    z.strictObject(dateRange).refine(rangeInOrder, rangeMessage),
  ),
};
