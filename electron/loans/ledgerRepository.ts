import type { Expression, SqlBool } from 'kysely';
import type { LedgerFilter, LedgerPage, LoanRow } from '../../shared/contract/loans';
import { addDays } from '../../shared/korean/holidays';
import type { Db } from '../db/schema';
import { queryPages } from '../db/snapshotRead';
import { readTransaction } from '../db/writeTransaction';
import { ledgerSearch, personSearch, searchTerms } from './ledgerSearch';
import { loansWithWheelchairs, toLoanRow, withLoanColumns } from './loanRows';

export { searchTerms } from './ledgerSearch';

type LedgerPeriod = Pick<LedgerFilter, 'from' | 'to' | 'state' | 'search'>;

/**
 * One query shape for every filter: the period always bounds the scan through the started_at index,
 * and the state and the search (resolved by ledgerSearch first) narrow it.
 */
function matchingLoans(db: Db, filter: LedgerPeriod, today: string, search: Expression<SqlBool> | null) {
  return loansWithWheelchairs(db)
    .where('l.started_at', '>=', filter.from)
    .where('l.started_at', '<', addDays(filter.to, 1))
    .$if(filter.state === 'open', (q) => q.where('l.returned_at', 'is', null))
    .$if(filter.state === 'overdue', (q) => q.where('l.returned_at', 'is', null).where('l.due_date', '<', today))
    .$if(filter.state === 'returned', (q) => q.where('l.returned_at', 'is not', null))
    .$if(filter.state === 'returnedLate', (q) => q.where((eb) => eb(eb.fn('substr', ['l.returned_at', eb.lit(1), eb.lit(10)]), '>', eb.ref('l.due_date'))))
    .$if(search !== null, (q) => q.where(search!));
}

const searchOf = (db: Db, filter: LedgerPeriod) => ledgerSearch(db, searchTerms(filter.search));

const countMatching = async (db: Db, filter: LedgerPeriod, today: string, search: Expression<SqlBool> | null) =>
  Number((await matchingLoans(db, filter, today, search).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

/** The ledger's order, on the screen, on paper and in the file: newest first, and by number within a minute. */
const newestFirst = (loans: ReturnType<typeof loansWithWheelchairs>) => loans.orderBy('l.started_at', 'desc').orderBy('l.id', 'desc');

/** The ledger (대여 대장): loans of a period, filtered and searched, newest first, a page at a time. */
export function ledgerRepository(db: Db) {
  return {
    /**
     * The page and the total are read at one moment, so "3건" and the rows shown agree. The page's loans
     * are picked first by number alone (the order needs only the start), then only those are read whole
     * with their wheelchair and staff: a search matching hundreds of loans joins and carries a page of them,
     * not all of them, through the sort.
     */
    ledger: (filter: LedgerFilter, today: string): Promise<LedgerPage> =>
      readTransaction(db, async (trx) => {
        const search = await searchOf(trx, filter);
        const page = newestFirst(matchingLoans(trx, filter, today, search)).select('l.id').limit(filter.limit).offset(filter.offset);
        const rows = await withLoanColumns(newestFirst(loansWithWheelchairs(trx).where('l.id', 'in', page))).execute();
        return { rows: rows.map((r) => toLoanRow(r, today)), total: await countMatching(trx, filter, today, search) };
      }),

    count: async (filter: LedgerPeriod, today: string) => countMatching(db, filter, today, await searchOf(db, filter)),

    /**
     * Every loan of the filter as the ledger shows them (masked), in its order, at most `max`: a page at a time
     * from one query, for a file of the whole ledger. Inside snapshotRead only (queryPages).
     */
    async *allPages(filter: LedgerPeriod, today: string, max: number): AsyncIterable<LoanRow[]> {
      const search = await searchOf(db, filter);
      yield* queryPages(db, withLoanColumns(newestFirst(matchingLoans(db, filter, today, search))).limit(max), (r) => toLoanRow(r, today));
    },

    /**
     * Whom a search by name or whole phone found among the filter's loans: their borrower numbers, for
     * the 접속기록. Null when the search looks up nobody (empty, 초성, a phone's last digits, an asset).
     */
    async personSearched(filter: LedgerPeriod, today: string): Promise<{ action: 'search_name' | 'search_phone'; borrowerNos: number[] } | null> {
      const person = personSearch(db, searchTerms(filter.search));
      if (!person) return null;
      const found = await matchingLoans(db, filter, today, await searchOf(db, filter)).where(person.where).select('l.borrower_no').distinct().orderBy('l.borrower_no').execute();
      return { action: person.action, borrowerNos: found.map((r) => r.borrower_no) };
    },
  };
}

export type LedgerRepository = ReturnType<typeof ledgerRepository>;
