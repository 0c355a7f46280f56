import type { LoanRow, LoanState, OverdueLoan } from '../../shared/contract/loans';
import { maskName, maskPhone } from '../../shared/korean/mask';
import { maskPersonalDataIn } from '../../shared/korean/personalDataPatterns';
import { daysBetween } from '../../shared/korean/deskClock';
import type { Db } from '../db/schema';

/** A loan with its wheelchair: what the lists filter on (the ledger counts its matches from this alone). */
export const loansWithWheelchairs = (db: Db) => db.selectFrom('loan as l').innerJoin('wheelchair as w', 'w.id', 'l.wheelchair_id');

/** The columns every loan list shows; the personal data is masked before it leaves this module. */
export const withLoanColumns = (loans: ReturnType<typeof loansWithWheelchairs>) =>
  loans
    .leftJoin('staff as lb', 'lb.id', 'l.lent_by')
    .leftJoin('staff as rb', 'rb.id', 'l.received_by')
    .select([
      'l.id', 'l.wheelchair_id', 'w.asset_number', 'w.kind as wheelchair_kind', 'l.borrower_name', 'l.borrower_phone',
      'l.borrower_relation', 'l.purpose', 'l.id_checked', 'l.started_at', 'l.due_date', 'l.extended_at', 'l.returned_at',
      'l.return_condition', 'l.return_note', 'lb.name as lent_by_name', 'rb.name as received_by_name', 'l.note',
      'l.personal_data_destroyed_at', 'l.borrower_no',
    ]);

export const loanQuery = (db: Db) => withLoanColumns(loansWithWheelchairs(db));

export interface LoanDbRow {
  id: number;
  wheelchair_id: number;
  asset_number: string;
  wheelchair_kind: LoanRow['wheelchairKind'];
  borrower_name: string | null;
  borrower_phone: string | null;
  borrower_relation: LoanRow['relation'];
  purpose: LoanRow['purpose'];
  id_checked: number;
  started_at: string;
  due_date: string;
  extended_at: string | null;
  returned_at: string | null;
  return_condition: LoanRow['returnCondition'];
  return_note: string;
  lent_by_name: string | null;
  received_by_name: string | null;
  note: string;
  personal_data_destroyed_at: string | null;
  borrower_no: number;
}

/** 01012345678 → 010-1234-5678 (02 numbers: 02-123-4567), for the places a phone is shown in full. */
export function formatPhone(digits: string): string {
  const m = digits.match(/^(02|0\d{2})(\d{3,4})(\d{4})$/);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : digits;
}

/**
 * Overdue is counted in calendar days after the due date: a loan due 12.31. and still out on 1.2. is
 * 2 days overdue. A returned loan is late by the days between its due date and the day it came back.
 */
export function loanState(dueDate: string, returnedAt: string | null, today: string): { state: LoanState; daysOverdue: number } {
  if (returnedAt) {
    const late = daysBetween(dueDate, returnedAt.slice(0, 10));
    return late > 0 ? { state: 'returnedLate', daysOverdue: late } : { state: 'returned', daysOverdue: 0 };
  }
  const late = daysBetween(dueDate, today);
  return late > 0 ? { state: 'overdue', daysOverdue: late } : { state: 'open', daysOverdue: 0 };
}

/** Names and phones masked, and so is a phone written in a note (the note itself goes with the purge). */
export function toLoanRow(r: LoanDbRow, today: string): LoanRow {
  return {
    id: r.id,
    wheelchairId: r.wheelchair_id,
    assetNumber: r.asset_number,
    wheelchairKind: r.wheelchair_kind,
    borrowerName: r.borrower_name === null ? null : maskName(r.borrower_name),
    borrowerPhone: r.borrower_phone === null ? null : maskPhone(r.borrower_phone),
    relation: r.borrower_relation,
    purpose: r.purpose,
    idChecked: r.id_checked === 1,
    startedAt: r.started_at,
    dueDate: r.due_date,
    extended: r.extended_at !== null,
    returnedAt: r.returned_at,
    returnCondition: r.return_condition,
    returnNote: maskPersonalDataIn(r.return_note),
    lentByName: r.lent_by_name,
    receivedByName: r.received_by_name,
    note: maskPersonalDataIn(r.note),
    ...loanState(r.due_date, r.returned_at, today),
    personalDataDestroyed: r.personal_data_destroyed_at !== null,
  };
}

/** The overdue list is the one list that shows the phone in full: the desk has to call. */
export function toOverdueLoan(r: LoanDbRow, today: string, contacts: OverdueLoan['contacts']): OverdueLoan {
  return {
    ...toLoanRow(r, today),
    fullName: r.borrower_name,
    fullPhone: r.borrower_phone === null ? null : formatPhone(r.borrower_phone),
    contacts,
  };
}
