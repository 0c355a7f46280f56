import { withParticle } from '../../shared/korean/particles';
import { getChoseong } from 'es-hangul';
import type { z } from 'zod';
import { loanDueDate, type lendInput, type LoanRow, type returnInput } from '../../shared/contract/loans';
import { addDays, nextWorkingDay } from '../../shared/korean/holidays';
import { fullDate } from '../../shared/korean/reportFormat';
import { UserFacingError } from '../../shared/result';
import type { Db } from '../db/connection';
import type { SettingsService } from '../settings/settingsService';
import type { StaffRepository } from '../staff/staffRepository';
import { deskNow, stamp } from '../../shared/korean/deskClock';
import type { LoanRepository } from './loanRepository';
import type { WheelchairRepository } from './wheelchairRepository';
import { writeTransaction } from '../db/transactions';

export interface LendingDeps {
  db: Db;
  loans: LoanRepository;
  wheelchairs: WheelchairRepository;
  settings: SettingsService;
  staff: StaffRepository;
}

/** Clocks on two PCs can disagree by a little; beyond that a time "in the future" is a typing slip. */
const FUTURE_SLACK_MINUTES = 10;

const isConstraint = (error: unknown, kind: string) =>
  error instanceof Error && 'code' in error && (error as { code: string }).code === `SQLITE_CONSTRAINT_${kind}`;

const hm = (at: string) => `${fullDate(at.slice(0, 10))} ${at.slice(11)}`;

/** Lending, returning and extending: each checks the desk's rules, then writes loan and wheelchair in one transaction. */
export function lending({ db, loans, wheelchairs, settings, staff }: LendingDeps) {
  const now = () => deskNow();
  const notInFuture = (at: string, field: string, what: string) => {
    const limit = deskNow(new Date(Date.now() + FUTURE_SLACK_MINUTES * 60_000));
    if (at > stamp(limit)) throw new UserFacingError('invalid_input', `${what}는 현재 시각보다 늦을 수 없습니다.`, field);
  };

  const responsible = (given: number | undefined, actorId: number | null, field: string, label: string): number => {
    const id = given ?? actorId;
    if (id === null) throw new UserFacingError('invalid_input', `${withParticle(label, '을/를')} 선택하세요. 오른쪽 위에서 현재 사용자를 고르면 자동으로 채워집니다.`, field);
    if (!staff.staffById(id)) throw new UserFacingError('not_found', `선택한 ${withParticle(label, '이/가')} 명단에 없습니다.`, field);
    return id;
  };

  const at = (date: string | undefined, time: string | undefined) => {
    const t = now();
    return `${date ?? t.date} ${time ?? t.time}`;
  };

  return {
    lend(input: z.output<typeof lendInput>, actorId: number | null): LoanRow {
      const name = input.borrowerName || null;
      const phone = input.borrowerPhone.replace(/-/g, '') || null;
      if ((name || phone) && !input.consent) {
        throw new UserFacingError('invalid_input', '개인정보 수집·이용 동의를 받아야 대여자 성명과 연락처를 저장할 수 있습니다.', 'consent');
      }
      if (input.purpose === 'outside' && !name) {
        throw new UserFacingError('invalid_input', '외부 대여는 대여자(또는 보호자) 성명이 필요합니다.', 'borrowerName');
      }
      if (input.purpose === 'outside' && !phone) {
        throw new UserFacingError('invalid_input', '외부 대여는 반납 안내를 위해 연락처가 필요합니다.', 'borrowerPhone');
      }
      const startedAt = at(input.startDate, input.startTime);
      notInFuture(startedAt, 'startDate', '대여 일시');
      const lentBy = responsible(input.lentBy, actorId, 'lentBy', '대여 직원');

      try {
        return writeTransaction(db, () => {
          const wheelchair = wheelchairs.require(input.wheelchairId);
          if (wheelchair.status === 'repair') throw new UserFacingError('conflict', `'${wheelchair.assetNumber}' 휠체어는 수리 중이라 대여할 수 없습니다.`, 'wheelchairId');
          if (wheelchair.status === 'retired') throw new UserFacingError('conflict', `'${wheelchair.assetNumber}' 휠체어는 폐기되어 대여할 수 없습니다.`, 'wheelchairId');
          if (wheelchair.status === 'on_loan' || loans.hasOpenLoan(wheelchair.id)) throw doubleLoan(wheelchair.assetNumber);
          // A loan entered after the fact must not overlap the wheelchair's previous loan.
          const lastReturn = loans.lastReturnOf(wheelchair.id);
          if (lastReturn && startedAt < lastReturn) {
            throw new UserFacingError('conflict', `'${wheelchair.assetNumber}' 휠체어는 ${hm(lastReturn)}에 반납되었습니다. 대여 일시가 그보다 빠를 수 없습니다.`, 'startDate');
          }
          const loanId = loans.insert(
            {
              wheelchairId: wheelchair.id,
              borrowerName: name,
              borrowerPhone: phone,
              nameChoseong: name ? getChoseong(name).replace(/\s/g, '') : null,
              relation: input.relation,
              borrowerNo: loans.borrowerNo(name, phone),
              consentAt: input.consent ? new Date().toISOString() : null,
              idChecked: input.idChecked,
              purpose: input.purpose,
              startedAt,
              dueDate: loanDueDate(startedAt.slice(0, 10), input.purpose, settings.read().defaultLoanDays),
              lentBy,
              note: input.note,
            },
            actorId,
          );
          wheelchairs.changeStatus(wheelchair, 'on_loan', '대여', loanId, actorId);
          return loans.row(loanId, now().date)!;
        })();
      } catch (error) {
        if (isConstraint(error, 'UNIQUE')) throw doubleLoan(null);
        if (error instanceof Error && /not lendable/.test(error.message)) {
          throw new UserFacingError('conflict', '수리 중이거나 폐기된 휠체어는 대여할 수 없습니다.', 'wheelchairId');
        }
        throw error;
      }
    },

    return(input: z.output<typeof returnInput>, actorId: number | null): LoanRow {
      const returnedAt = at(input.returnDate, input.returnTime);
      notInFuture(returnedAt, 'returnDate', '반납 일시');
      const receivedBy = responsible(input.receivedBy, actorId, 'receivedBy', '반납 받은 직원');
      try {
        return writeTransaction(db, () => {
          const loan = loans.raw(input.loanId);
          if (!loan) throw new UserFacingError('not_found', '선택한 대여 기록이 없습니다.', 'loanId');
          if (loan.returned_at) throw new UserFacingError('conflict', `이미 반납된 대여입니다(${hm(loan.returned_at)} 반납).`, 'loanId');
          if (returnedAt < loan.started_at) throw returnBeforeLoan(loan.started_at);
          loans.markReturned({ id: loan.id, returnedAt, condition: input.condition, note: input.note, receivedBy }, actorId);
          const wheelchair = wheelchairs.require(loan.wheelchair_id);
          const toRepair = input.condition === 'damaged' && input.toRepair;
          wheelchairs.changeStatus(
            wheelchair,
            toRepair ? 'repair' : 'available',
            toRepair ? `반납 시 파손·고장${input.note ? `: ${input.note}` : ''}` : '반납',
            loan.id,
            actorId,
          );
          return loans.row(loan.id, now().date)!;
        })();
      } catch (error) {
        if (isConstraint(error, 'CHECK') && /returned_at >= started_at/.test((error as Error).message)) throw returnBeforeLoan(loans.raw(input.loanId)?.started_at ?? '');
        throw error;
      }
    },

    /** One extension per loan: the due date moves on by the usual loan period, again to a working day. */
    extend(loanId: number, actorId: number | null): LoanRow {
      return writeTransaction(db, () => {
        const loan = loans.raw(loanId);
        if (!loan) throw new UserFacingError('not_found', '선택한 대여 기록이 없습니다.', 'loanId');
        if (loan.returned_at) throw new UserFacingError('conflict', '이미 반납된 대여는 연장할 수 없습니다.', 'loanId');
        if (loan.extended_at) throw new UserFacingError('conflict', '연장은 한 번만 할 수 있습니다. 이미 연장된 대여입니다.', 'loanId');
        const due = nextWorkingDay(addDays(loan.due_date, settings.read().defaultLoanDays));
        loans.extend(loanId, due, actorId);
        return loans.row(loanId, now().date)!;
      })();
    },
  };
}

const doubleLoan = (asset: string | null) =>
  new UserFacingError('conflict', `${asset ? `'${asset}'` : '선택한'} 휠체어는 이미 대여 중입니다. 한 휠체어를 동시에 두 번 빌려줄 수 없습니다. 먼저 반납을 기록하세요.`, 'wheelchairId');

const returnBeforeLoan = (startedAt: string) =>
  new UserFacingError('invalid_input', `반납 일시가 대여 일시${startedAt ? `(${hm(startedAt)})` : ''}보다 빠를 수 없습니다.`, 'returnDate');

export type Lending = ReturnType<typeof lending>;
