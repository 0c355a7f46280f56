import { withParticle } from '../../shared/korean/particles';
import { getChoseong } from 'es-hangul';
import type { z } from 'zod';
import { loanDueDate, type lendInput, type LoanRow, type returnInput } from '../../shared/contract/loans';
import { addDays, nextWorkingDay } from '../../shared/korean/holidays';
import { fullDate } from '../../shared/korean/reportFormat';
import { UserFacingError } from '../../shared/result';
import type { Author } from '../db/audit';
import { isConstraint } from '../db/constraintErrors';
import type { Db } from '../db/schema';
import { writeTransaction } from '../db/writeTransaction';
import type { SettingsService } from '../settings/settingsService';
import type { StaffRepository } from '../staff/staffRepository';
import { deskNow, stamp } from '../../shared/korean/deskClock';
import { loanRepository } from './loanRepository';
import { wheelchairRepository } from './wheelchairRepository';

export interface LendingDeps {
  db: Db;
  settings: SettingsService;
  staff: StaffRepository;
}

/** Clocks on two PCs can disagree by a little; beyond that a time "in the future" is a typing slip. */
const FUTURE_SLACK_MINUTES = 10;

/*
 * The database's own refusals, for a change that slipped past the checks below (another desk acted
 * in between). The one-open-loan index is named by SQLite after its column, by PostgreSQL after
 * itself. The return CHECK is named in databases the TS migrations built; SQLite files built by the
 * released migrations keep it unnamed, and SQLite then names it by its expression.
 */
const DOUBLE_LOAN = /^(loan\.wheelchair_id|loan_one_open_per_wheelchair)$/;
const RETURN_BEFORE_LOAN = /^loan_return_after_start$|returned_at >= started_at/;
const NOT_LENDABLE = /not lendable/;

/**
 * Why a wheelchair went to repair at a return; the return's note follows it after ': ' in the
 * wheelchair's history, and goes with the loan's personal data (loanPersonalData.ts).
 */
export const DAMAGED_ON_RETURN = '반납 시 파손·고장';

const hm = (at: string) => `${fullDate(at.slice(0, 10))} ${at.slice(11)}`;

/**
 * Lending, returning and extending: each checks the desk's rules, then writes loan and wheelchair in
 * one transaction. On PostgreSQL that transaction may run again when another desk got there first
 * (writeTransaction), and then sees what that desk did: the checks inside it answer in Korean.
 */
export function lending({ db, settings, staff }: LendingDeps) {
  const now = () => deskNow();
  const notInFuture = (at: string, field: string, what: string) => {
    const limit = deskNow(new Date(Date.now() + FUTURE_SLACK_MINUTES * 60_000));
    if (at > stamp(limit)) throw new UserFacingError('invalid_input', `${what}는 현재 시각보다 늦을 수 없습니다.`, field);
  };

  const responsible = async (given: number | undefined, actorId: number | null, field: string, label: string): Promise<number> => {
    const id = given ?? actorId;
    if (id === null) throw new UserFacingError('invalid_input', `${withParticle(label, '을/를')} 선택하세요. 오른쪽 위에서 현재 사용자를 고르면 자동으로 채워집니다.`, field);
    // The person at the PC was read (and found active) as the call came in (core.ts), so only someone else is looked up.
    if (id !== actorId && !(await staff.staffById(id))) throw new UserFacingError('not_found', `선택한 ${withParticle(label, '이/가')} 명단에 없습니다.`, field);
    return id;
  };

  const at = (date: string | undefined, time: string | undefined) => {
    const t = now();
    return `${date ?? t.date} ${time ?? t.time}`;
  };

  return {
    async lend(input: z.output<typeof lendInput>, author: Author): Promise<LoanRow> {
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
      const lentBy = await responsible(input.lentBy, author.staffId, 'lentBy', '대여 직원');
      const { defaultLoanDays } = await settings.current();

      try {
        return await writeTransaction(db, async (trx) => {
          const loans = loanRepository(trx);
          const wheelchairs = wheelchairRepository(trx);
          const wheelchair = await wheelchairs.require(input.wheelchairId);
          if (wheelchair.status === 'repair') throw new UserFacingError('conflict', `'${wheelchair.assetNumber}' 휠체어는 수리 중이라 대여할 수 없습니다.`, 'wheelchairId');
          if (wheelchair.status === 'retired') throw new UserFacingError('conflict', `'${wheelchair.assetNumber}' 휠체어는 폐기되어 대여할 수 없습니다.`, 'wheelchairId');
          if (wheelchair.status === 'on_loan') throw doubleLoan(wheelchair.assetNumber);
          const { open, lastReturn } = await loans.wheelchairLoans(wheelchair.id);
          if (open) throw doubleLoan(wheelchair.assetNumber);
          // A loan entered after the fact must not overlap the wheelchair's previous loan.
          if (lastReturn && startedAt < lastReturn) {
            throw new UserFacingError('conflict', `'${wheelchair.assetNumber}' 휠체어는 ${hm(lastReturn)}에 반납되었습니다. 대여 일시가 그보다 빠를 수 없습니다.`, 'startDate');
          }
          const loanId = await loans.insert(
            {
              wheelchairId: wheelchair.id,
              borrowerName: name,
              borrowerPhone: phone,
              nameChoseong: name ? getChoseong(name).replace(/\s/g, '') : null,
              relation: input.relation,
              borrowerNo: await loans.borrowerNo(name, phone),
              consentAt: input.consent ? new Date().toISOString() : null,
              idChecked: input.idChecked,
              purpose: input.purpose,
              startedAt,
              dueDate: loanDueDate(startedAt.slice(0, 10), input.purpose, defaultLoanDays),
              lentBy,
              note: input.note,
            },
            author,
          );
          await wheelchairs.changeStatus(wheelchair, 'on_loan', '대여', loanId, author);
          return (await loans.row(loanId, now().date))!;
        });
      } catch (error) {
        // Another desk lent it in the same moment: on PostgreSQL the rerun usually says so by name
        // above; a refusal by the index itself is the same conflict, never an unexpected error.
        if (isConstraint(error, 'unique', DOUBLE_LOAN)) throw doubleLoan(null);
        if (isConstraint(error, 'rule', NOT_LENDABLE)) {
          throw new UserFacingError('conflict', '수리 중이거나 폐기된 휠체어는 대여할 수 없습니다.', 'wheelchairId');
        }
        throw error;
      }
    },

    async return(input: z.output<typeof returnInput>, author: Author): Promise<LoanRow> {
      const returnedAt = at(input.returnDate, input.returnTime);
      notInFuture(returnedAt, 'returnDate', '반납 일시');
      const receivedBy = await responsible(input.receivedBy, author.staffId, 'receivedBy', '반납 받은 직원');
      try {
        return await writeTransaction(db, async (trx) => {
          const loans = loanRepository(trx);
          const wheelchairs = wheelchairRepository(trx);
          const loan = await loans.raw(input.loanId);
          if (!loan) throw new UserFacingError('not_found', '선택한 대여 기록이 없습니다.', 'loanId');
          if (loan.returned_at) throw new UserFacingError('conflict', `이미 반납된 대여입니다(${hm(loan.returned_at)} 반납).`, 'loanId');
          if (returnedAt < loan.started_at) throw returnBeforeLoan(loan.started_at);
          await loans.markReturned({ id: loan.id, returnedAt, condition: input.condition, note: input.note, receivedBy }, author);
          const wheelchair = await wheelchairs.require(loan.wheelchair_id);
          const toRepair = input.condition === 'damaged' && input.toRepair;
          await wheelchairs.changeStatus(
            wheelchair,
            toRepair ? 'repair' : 'available',
            toRepair ? `${DAMAGED_ON_RETURN}${input.note ? `: ${input.note}` : ''}` : '반납',
            loan.id,
            author,
          );
          return (await loans.row(loan.id, now().date))!;
        });
      } catch (error) {
        if (isConstraint(error, 'check', RETURN_BEFORE_LOAN)) throw returnBeforeLoan((await loanRepository(db).raw(input.loanId))?.started_at ?? '');
        throw error;
      }
    },

    /** One extension per loan: the due date moves on by the usual loan period, again to a working day. */
    async extend(loanId: number, author: Author): Promise<LoanRow> {
      const { defaultLoanDays } = await settings.current();
      return writeTransaction(db, async (trx) => {
        const loans = loanRepository(trx);
        const loan = await loans.raw(loanId);
        if (!loan) throw new UserFacingError('not_found', '선택한 대여 기록이 없습니다.', 'loanId');
        if (loan.returned_at) throw new UserFacingError('conflict', '이미 반납된 대여는 연장할 수 없습니다.', 'loanId');
        if (loan.extended_at) throw new UserFacingError('conflict', '연장은 한 번만 할 수 있습니다. 이미 연장된 대여입니다.', 'loanId');
        const due = nextWorkingDay(addDays(loan.due_date, defaultLoanDays));
        await loans.extend(loanId, due, author);
        return (await loans.row(loanId, now().date))!;
      });
    },
  };
}

const doubleLoan = (asset: string | null) =>
  new UserFacingError('conflict', `${asset ? `'${asset}'` : '선택한'} 휠체어는 이미 대여 중입니다. 한 휠체어를 동시에 두 번 빌려줄 수 없습니다. 먼저 반납을 기록하세요.`, 'wheelchairId');

const returnBeforeLoan = (startedAt: string) =>
  new UserFacingError('invalid_input', `반납 일시가 대여 일시${startedAt ? `(${hm(startedAt)})` : ''}보다 빠를 수 없습니다.`, 'returnDate');

export type Lending = ReturnType<typeof lending>;
