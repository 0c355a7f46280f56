import { deskToday } from '../../shared/korean/deskClock';
import type { CoreDeps } from '../coreDeps';
import type { Handlers } from '../ipc/handlerTypes';
import { accessLog, accessorOf } from '../privacy/accessLog';
import { ledgerSearch, personSearch, searchTerms } from './ledgerSearch';
import { loansWithWheelchairs } from './loanRows';

/**
 * The return and extend pickers' search, on the open loans only. It reads the search box the way the
 * ledger does (초성, digits, or name and asset number), so the desk types the same thing in both places.
 * The renderer only ever sees masked names, which is why the match is made here. A search by a whole
 * name or phone confirms that this person has a wheelchair out, so, as in the ledger, it is kept in the
 * 접속기록: whom it found (the borrower's number), once per person and day.
 */
export function openLoanSearchHandlers({ db }: Pick<CoreDeps, 'db'>): Handlers<'loans.findOpen'> {
  const access = accessLog(db);
  return {
    'loans.findOpen': async ({ search }, ctx) => {
      const terms = searchTerms(search);
      const condition = await ledgerSearch(db, terms);
      if (condition === null) return [];
      const rows = await loansWithWheelchairs(db)
        .select('l.id')
        .where('l.returned_at', 'is', null)
        .where(condition)
        // The board's order, so the first match is the one the board shows first.
        .orderBy('l.due_date')
        .orderBy('l.started_at')
        .execute();
      // Only the loans the name or the whole phone itself found (an asset number names nobody).
      const person = personSearch(db, terms);
      if (person && rows.length > 0) {
        const found = await loansWithWheelchairs(db).select('l.borrower_no').where('l.returned_at', 'is', null).where(person.where).distinct().execute();
        const entries = found.map((r) => ({ action: person.action, screen: 'return_picker', recordKind: 'borrower' as const, recordId: r.borrower_no }));
        await access.recordOncePerDay(entries, accessorOf(ctx), deskToday());
      }
      return rows.map((r) => r.id);
    },
  };
}
