import type { BorrowerWarning, LoanContact, LoanRow, OverdueLoan } from '../../shared/contract/loans';
import { addDays } from '../../shared/korean/holidays';
import { nowIso } from '../db/audit';
import type { Db } from '../db/connection';
import { LOAN_SELECT, loanState, toLoanRow, toOverdueLoan, type LoanDbRow } from './loanRows';

export interface NewLoan {
  wheelchairId: number;
  borrowerName: string | null;
  borrowerPhone: string | null;
  nameChoseong: string | null;
  relation: 'self' | 'guardian';
  borrowerNo: number;
  consentAt: string | null;
  idChecked: boolean;
  purpose: 'outside' | 'in_hall';
  startedAt: string;
  dueDate: string;
  lentBy: number;
  note: string;
}

export interface LoanReturn {
  id: number;
  returnedAt: string;
  condition: 'good' | 'damaged';
  note: string;
  receivedBy: number;
}

/** Owns the loan and loan_contact tables, except the ledger search (ledgerRepository) and the counts. */
export function loanRepository(db: Db) {
  const stmt = {
    byId: db.prepare(`${LOAN_SELECT} WHERE l.id = ?`),
    raw: db.prepare(`SELECT * FROM loan WHERE id = ?`),
    open: db.prepare(`${LOAN_SELECT} WHERE l.returned_at IS NULL ORDER BY l.due_date, l.started_at`),
    overdue: db.prepare(`${LOAN_SELECT} WHERE l.returned_at IS NULL AND l.due_date < ? ORDER BY l.due_date, l.started_at`),
    openForWheelchair: db.prepare(`SELECT id FROM loan WHERE wheelchair_id = ? AND returned_at IS NULL`),
    lastReturnOfWheelchair: db.prepare(`SELECT max(returned_at) AS at FROM loan WHERE wheelchair_id = ?`),
    startedBetween: db.prepare(`SELECT count(*) AS n FROM loan WHERE started_at >= ? AND started_at < ?`),
    returnedBetween: db.prepare(`SELECT count(*) AS n FROM loan WHERE returned_at >= ? AND returned_at < ?`),
    borrowerNoByPhone: db.prepare(`SELECT borrower_no FROM loan WHERE borrower_phone = ? ORDER BY id DESC LIMIT 1`),
    borrowerNoByName: db.prepare(
      `SELECT borrower_no FROM loan WHERE borrower_name = ? AND borrower_phone IS NULL ORDER BY id DESC LIMIT 1`,
    ),
    nextBorrowerNo: db.prepare(`SELECT coalesce(max(borrower_no), 0) + 1 AS n FROM loan`),
    insert: db.prepare(`
      INSERT INTO loan (wheelchair_id, borrower_name, borrower_phone, name_choseong, borrower_relation, borrower_no,
                        consent_at, id_checked, purpose, started_at, due_date, lent_by, note,
                        created_at, created_by, updated_at, updated_by)
      VALUES (@wheelchairId, @borrowerName, @borrowerPhone, @nameChoseong, @relation, @borrowerNo,
              @consentAt, @idChecked, @purpose, @startedAt, @dueDate, @lentBy, @note, @now, @actor, @now, @actor)`),
    markReturned: db.prepare(`
      UPDATE loan SET returned_at = @returnedAt, return_condition = @condition, return_note = @note,
             received_by = @receivedBy, updated_at = @now, updated_by = @actor
      WHERE id = @id AND returned_at IS NULL`),
    extend: db.prepare(`
      UPDATE loan SET original_due_date = due_date, due_date = @dueDate, extended_at = @now, extended_by = @actor,
             updated_at = @now, updated_by = @actor
      WHERE id = @id AND extended_at IS NULL`),
    earlierByPhone: db.prepare(`${LOAN_SELECT}
      WHERE l.borrower_phone = @phone
        AND ((l.returned_at IS NULL AND l.due_date < @today) OR substr(l.returned_at, 1, 10) > l.due_date)
      ORDER BY l.started_at DESC LIMIT 10`),
    earlierByName: db.prepare(`${LOAN_SELECT}
      WHERE l.borrower_name = @name
        AND ((l.returned_at IS NULL AND l.due_date < @today) OR substr(l.returned_at, 1, 10) > l.due_date)
      ORDER BY l.started_at DESC LIMIT 10`),
    contactsOf: db.prepare(`
      SELECT c.id, c.contacted_at, c.result, s.name AS staff_name
      FROM loan_contact c LEFT JOIN staff s ON s.id = c.staff_id
      WHERE c.loan_id = ? ORDER BY c.contacted_at DESC, c.id DESC`),
    insertContact: db.prepare(`
      INSERT INTO loan_contact (loan_id, contacted_at, result, staff_id, created_at, created_by)
      VALUES (@loanId, @contactedAt, @result, @actor, @now, @actor)`),
    contactById: db.prepare(`
      SELECT c.id, c.contacted_at, c.result, s.name AS staff_name
      FROM loan_contact c LEFT JOIN staff s ON s.id = c.staff_id WHERE c.id = ?`),
  };

  const toContact = (r: { id: number; contacted_at: string; result: string; staff_name: string | null }): LoanContact => ({
    id: r.id,
    contactedAt: r.contacted_at,
    result: r.result,
    staffName: r.staff_name,
  });

  const repo = {
    row: (id: number, today: string): LoanRow | null => {
      const r = stmt.byId.get(id) as LoanDbRow | undefined;
      return r ? toLoanRow(r, today) : null;
    },
    /** The stored record itself, personal data included: for logic and the logged full view only. */
    raw: (id: number) =>
      stmt.raw.get(id) as
        | { id: number; wheelchair_id: number; borrower_name: string | null; borrower_phone: string | null; started_at: string;
            due_date: string; returned_at: string | null; extended_at: string | null }
        | undefined,
    open: (today: string): LoanRow[] => (stmt.open.all() as LoanDbRow[]).map((r) => toLoanRow(r, today)),
    overdueWithContacts: (today: string): OverdueLoan[] =>
      (stmt.overdue.all(today) as LoanDbRow[]).map((r) => toOverdueLoan(r, today, (stmt.contactsOf.all(r.id) as never[]).map(toContact))),
    hasOpenLoan: (wheelchairId: number) => stmt.openForWheelchair.get(wheelchairId) !== undefined,
    lastReturnOf: (wheelchairId: number) => (stmt.lastReturnOfWheelchair.get(wheelchairId) as { at: string | null }).at,
    countStartedOn: (day: string) => (stmt.startedBetween.get(day, addDays(day, 1)) as { n: number }).n,
    countReturnedOn: (day: string) => (stmt.returnedBetween.get(day, addDays(day, 1)) as { n: number }).n,

    /**
     * The number that stands for this person in the counts: the same phone digits as an earlier loan,
     * or, without a phone, the same name; anyone else (or no one named) is a new borrower.
     */
    borrowerNo(name: string | null, phone: string | null): number {
      const known = phone
        ? stmt.borrowerNoByPhone.get(phone)
        : name
          ? stmt.borrowerNoByName.get(name)
          : undefined;
      return (known as { borrower_no: number } | undefined)?.borrower_no ?? (stmt.nextBorrowerNo.get() as { n: number }).n;
    },

    insert: (loan: NewLoan, actor: number | null): number =>
      Number(stmt.insert.run({ ...loan, idChecked: loan.idChecked ? 1 : 0, now: nowIso(), actor }).lastInsertRowid),
    markReturned: (r: LoanReturn, actor: number | null) => stmt.markReturned.run({ ...r, now: nowIso(), actor }).changes === 1,
    extend: (id: number, dueDate: string, actor: number | null) => stmt.extend.run({ id, dueDate, now: nowIso(), actor }).changes === 1,

    earlierProblems(name: string | null, phone: string | null, today: string): BorrowerWarning[] {
      const rows = (
        phone ? stmt.earlierByPhone.all({ phone, today }) : name ? stmt.earlierByName.all({ name, today }) : []
      ) as LoanDbRow[];
      return rows.map((r) => ({
        loanId: r.id,
        assetNumber: r.asset_number,
        startedAt: r.started_at,
        dueDate: r.due_date,
        returnedAt: r.returned_at,
        daysOverdue: loanState(r.due_date, r.returned_at, today).daysOverdue,
      }));
    },

    addContact(loanId: number, contactedAt: string, result: string, actor: number | null): LoanContact {
      const id = Number(stmt.insertContact.run({ loanId, contactedAt, result, actor, now: nowIso() }).lastInsertRowid);
      return toContact(stmt.contactById.get(id) as never);
    },
  };
  return repo;
}

export type LoanRepository = ReturnType<typeof loanRepository>;
