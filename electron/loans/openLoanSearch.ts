import type { CoreDeps } from '../coreDeps';
import type { Handlers } from '../ipc/handlerTypes';
import { ledgerSearch, searchTerms } from './ledgerSearch';
import { loansWithWheelchairs } from './loanRows';

/**
 * The return and extend pickers' search, on the open loans only. It reads the search box the way the
 * ledger does (초성, digits, or name and asset number), so the desk types the same thing in both places.
 * The renderer only ever sees masked names, which is why the match is made here.
 */
export function openLoanSearchHandlers({ db }: Pick<CoreDeps, 'db'>): Handlers<'loans.findOpen'> {
  return {
    'loans.findOpen': async ({ search }) => {
      const condition = ledgerSearch(db, searchTerms(search));
      if (condition === null) return [];
      const rows = await loansWithWheelchairs(db)
        .select('l.id')
        .where('l.returned_at', 'is', null)
        .where(condition)
        // The board's order, so the first match is the one the board shows first.
        .orderBy('l.due_date')
        .orderBy('l.started_at')
        .execute();
      return rows.map((r) => r.id);
    },
  };
}
