import type { BorrowerWarning, LoanContact, LoanRow, OverdueLoan } from '../../shared/contract/loans';
import { addDays } from '../../shared/korean/holidays';
import { maskPersonalDataIn } from '../../shared/korean/personalDataPatterns';
import { createdOnlyStamp, createdStamp, nowIso, updatedStamp, type Author } from '../db/audit';
import type { Db } from '../db/schema';
import { loanQuery, loanState, toLoanRow, toOverdueLoan } from './loanRows';

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
  /**
   * A past loan already back (an old ledger's, brought in by the import), recorded returned at once: its
   * wheelchair may since have gone to repair or been retired, which refuses only a loan still out.
   */
  returned?: Omit<LoanReturn, 'id'>;
}

export interface LoanReturn {
  id: number;
  returnedAt: string;
  condition: 'good' | 'damaged';
  note: string;
  receivedBy: number;
}

const toContact = (r: { id: number; contacted_at: string; result: string; staff_name: string | null }): LoanContact => ({
  id: r.id,
  contactedAt: r.contacted_at,
  result: maskPersonalDataIn(r.result),
  staffName: r.staff_name,
});

/** Loans per insert statement: every loan has the same columns, well under both engines' parameter limits. */
const INSERT_CHUNK = 400;

/** A new loan's row; a loan already back (an import's) carries its return. */
const loanColumns = (loan: NewLoan, author: Author) => ({
  wheelchair_id: loan.wheelchairId,
  borrower_name: loan.borrowerName,
  borrower_phone: loan.borrowerPhone,
  name_choseong: loan.nameChoseong,
  borrower_relation: loan.relation,
  borrower_no: loan.borrowerNo,
  consent_at: loan.consentAt,
  id_checked: loan.idChecked ? 1 : 0,
  purpose: loan.purpose,
  started_at: loan.startedAt,
  due_date: loan.dueDate,
  lent_by: loan.lentBy,
  note: loan.note,
  returned_at: loan.returned?.returnedAt ?? null,
  return_condition: loan.returned?.condition ?? null,
  return_note: loan.returned?.note ?? '',
  received_by: loan.returned?.receivedBy ?? null,
  ...createdStamp(author),
});

/** Owns the loan and loan_contact tables, except the ledger search (ledgerRepository) and the counts. */
export function loanRepository(db: Db) {
  const contactQuery = () =>
    db
      .selectFrom('loan_contact as c')
      .leftJoin('staff as s', 's.id', 'c.staff_id')
      .select(['c.id', 'c.loan_id', 'c.contacted_at', 'c.result', 's.name as staff_name']);

  /** The loan still out on the wheelchair, if any (at most one: loan_one_open_per_wheelchair). */
  const openLoanOn = (wheelchairId: number) => db.selectFrom('loan').select('id').where('wheelchair_id', '=', wheelchairId).where('returned_at', 'is', null);

  const countBetween = async (column: 'started_at' | 'returned_at', day: string) =>
    Number(
      (
        await db
          .selectFrom('loan')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where(column, '>=', day)
          .where(column, '<', addDays(day, 1))
          .executeTakeFirstOrThrow()
      ).n,
    );

  /** A loan that came back after its due date, or is still out past it: what the desk warns about. */
  const earlierLateLoans = (today: string) =>
    loanQuery(db)
      .where((eb) =>
        eb.or([
          eb.and([eb('l.returned_at', 'is', null), eb('l.due_date', '<', today)]),
          eb(eb.fn('substr', ['l.returned_at', eb.lit(1), eb.lit(10)]), '>', eb.ref('l.due_date')),
        ]),
      )
      .orderBy('l.started_at', 'desc')
      .limit(10);

  const repo = {
    row: async (id: number, today: string): Promise<LoanRow | null> => {
      const r = await loanQuery(db).where('l.id', '=', id).executeTakeFirst();
      return r ? toLoanRow(r, today) : null;
    },

    /** The stored record itself, personal data included: for logic and the logged full view only. */
    raw: (id: number) =>
      db
        .selectFrom('loan')
        .select(['id', 'wheelchair_id', 'borrower_name', 'borrower_phone', 'borrower_no', 'started_at', 'due_date', 'returned_at', 'extended_at', 'created_at', 'created_by'])
        .where('id', '=', id)
        .executeTakeFirst(),

    open: async (today: string): Promise<LoanRow[]> =>
      (await loanQuery(db).where('l.returned_at', 'is', null).orderBy('l.due_date').orderBy('l.started_at').execute()).map((r) => toLoanRow(r, today)),

    async overdueWithContacts(today: string): Promise<OverdueLoan[]> {
      const loans = await loanQuery(db).where('l.returned_at', 'is', null).where('l.due_date', '<', today).orderBy('l.due_date').orderBy('l.started_at').execute();
      if (loans.length === 0) return [];
      const contacts = await contactQuery()
        .where('c.loan_id', 'in', loans.map((l) => l.id))
        .orderBy('c.contacted_at', 'desc')
        .orderBy('c.id', 'desc')
        .execute();
      return loans.map((r) => toOverdueLoan(r, today, contacts.filter((c) => c.loan_id === r.id).map(toContact)));
    },

    hasOpenLoan: async (wheelchairId: number) => (await openLoanOn(wheelchairId).executeTakeFirst()) !== undefined,

    /**
     * What a lend checks about the wheelchair's loans, in one statement (each is a round trip to an office
     * server): whether one is still out, and when the last came back (loan_wheelchair_returned's last entry).
     */
    async wheelchairLoans(wheelchairId: number): Promise<{ open: boolean; lastReturn: string | null }> {
      const row = await db
        .selectNoFrom((eb) => [
          openLoanOn(wheelchairId).limit(1).as('open_loan'),
          eb.selectFrom('loan').select((e) => e.fn.max('returned_at').as('at')).where('wheelchair_id', '=', wheelchairId).as('last_return'),
        ])
        .executeTakeFirstOrThrow();
      return { open: row.open_loan !== null, lastReturn: row.last_return ?? null };
    },

    countStartedOn: (day: string) => countBetween('started_at', day),
    countReturnedOn: (day: string) => countBetween('returned_at', day),

    /**
     * The number that stands for this person in the counts: the same phone digits as an earlier loan,
     * or, without a phone, the same name; anyone else (or no one named) is a new borrower.
     */
    async borrowerNo(name: string | null, phone: string | null): Promise<number> {
      // One statement: the earlier loan's number if there is one, else the next number (read only then).
      const { n } = await db
        .selectNoFrom((eb) => {
          const next = eb.selectFrom('loan').select((e) => e(e.fn.coalesce(e.fn.max('borrower_no'), e.lit(0)), '+', e.lit(1)).as('n'));
          const earlier = eb.selectFrom('loan').select('borrower_no').orderBy('id', 'desc').limit(1);
          if (phone) return eb.fn.coalesce(earlier.where('borrower_phone', '=', phone), next).as('n');
          if (name) return eb.fn.coalesce(earlier.where('borrower_name', '=', name).where('borrower_phone', 'is', null), next).as('n');
          return next.as('n');
        })
        .executeTakeFirstOrThrow();
      return Number(n);
    },

    /**
     * borrowerNo for many new loans at once (an old ledger brought in), by the same rule, from one read of
     * the loans rather than two queries a loan: a number handed out here is remembered, so the ledger's
     * rows of one person get one number. The loans must be inserted before anything else numbers one.
     */
    async borrowerNumbering(): Promise<(name: string | null, phone: string | null) => number> {
      const loans = await db.selectFrom('loan').select(['borrower_name', 'borrower_phone', 'borrower_no']).orderBy('id').execute();
      const byPhone = new Map<string, number>();
      const byName = new Map<string, number>();
      let last = 0;
      // In id order, so the latest loan of a phone or a name gives its number, as borrowerNo's `desc` does.
      for (const l of loans) {
        const no = Number(l.borrower_no);
        if (l.borrower_phone) byPhone.set(l.borrower_phone, no);
        else if (l.borrower_name) byName.set(l.borrower_name, no);
        last = Math.max(last, no);
      }
      return (name, phone) => {
        const known = phone ? byPhone : name ? byName : null;
        const key = phone ?? name ?? '';
        const found = known?.get(key);
        if (found !== undefined) return found;
        last += 1;
        known?.set(key, last);
        return last;
      };
    },

    insert: async (loan: NewLoan, author: Author): Promise<number> => (await db.insertInto('loan').values(loanColumns(loan, author)).returning('id').executeTakeFirstOrThrow()).id,

    /**
     * Many loans at once (an old ledger brought in), a few hundred a statement rather than a round trip
     * each; their ids in the order given. Both engines number a statement's rows in the order of its
     * VALUES, so the ids sorted are the loans' in order.
     */
    async insertMany(loans: NewLoan[], author: Author): Promise<number[]> {
      const ids: number[] = [];
      for (let i = 0; i < loans.length; i += INSERT_CHUNK) {
        const part = loans.slice(i, i + INSERT_CHUNK);
        const rows = await db.insertInto('loan').values(part.map((l) => loanColumns(l, author))).returning('id').execute();
        ids.push(...rows.map((r) => r.id).sort((a, b) => a - b));
      }
      return ids;
    },

    markReturned: async (r: LoanReturn, author: Author) =>
      Number(
        (
          await db
            .updateTable('loan')
            .set({ returned_at: r.returnedAt, return_condition: r.condition, return_note: r.note, received_by: r.receivedBy, ...updatedStamp(author) })
            .where('id', '=', r.id)
            .where('returned_at', 'is', null)
            .executeTakeFirst()
        ).numUpdatedRows,
      ) === 1,

    extend: async (id: number, dueDate: string, author: Author) => {
      const at = nowIso();
      const changed = await db
        .updateTable('loan')
        .set((eb) => ({ original_due_date: eb.ref('due_date'), due_date: dueDate, extended_at: at, extended_by: author.staffId, ...updatedStamp(author, at) }))
        .where('id', '=', id)
        .where('extended_at', 'is', null)
        .executeTakeFirst();
      return Number(changed.numUpdatedRows) === 1;
    },

    /** The person's earlier late loans, and the borrower numbers they were found under (for the 접속기록). */
    async earlierProblems(name: string | null, phone: string | null, today: string): Promise<{ warnings: BorrowerWarning[]; borrowerNos: number[] }> {
      const rows = phone
        ? await earlierLateLoans(today).where('l.borrower_phone', '=', phone).execute()
        : name
          ? await earlierLateLoans(today).where('l.borrower_name', '=', name).execute()
          : [];
      const borrowerNos = [...new Set(rows.map((r) => r.borrower_no))];
      const warnings = rows.map((r) => ({
        loanId: r.id,
        assetNumber: r.asset_number,
        startedAt: r.started_at,
        dueDate: r.due_date,
        returnedAt: r.returned_at,
        daysOverdue: loanState(r.due_date, r.returned_at, today).daysOverdue,
      }));
      return { warnings, borrowerNos };
    },

    async addContact(loanId: number, contactedAt: string, result: string, author: Author): Promise<LoanContact> {
      const { id } = await db
        .insertInto('loan_contact')
        .values({ loan_id: loanId, contacted_at: contactedAt, result, staff_id: author.staffId, ...createdOnlyStamp(author) })
        .returning('id')
        .executeTakeFirstOrThrow();
      return toContact(await contactQuery().where('c.id', '=', id).executeTakeFirstOrThrow());
    },
  };
  return repo;
}

export type LoanRepository = ReturnType<typeof loanRepository>;
