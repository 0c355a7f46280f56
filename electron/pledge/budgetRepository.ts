import type { BudgetSheet } from '../../shared/contract/pledge';
import { budgetTable, termYears } from '../../shared/pledge/budgetTable';
import { budgetSourceLabel, type BudgetAmount, type BudgetSource } from '../../shared/pledge/records';
import { UserFacingError } from '../../shared/result';
import { nowIso } from '../db/audit';
import type { Db } from '../db/connection';
import { writeTransaction } from '../db/transactions';

/** 사업비 현황: planned amounts in 백만원 per source and term year (and 임기후); totals are computed, never stored. */
export function budgetRepository(db: Db) {
  const stmt = {
    amounts: db.prepare(`SELECT source, year, amount FROM pledge_budget WHERE card_id = ? ORDER BY source, year`),
    clear: db.prepare(`DELETE FROM pledge_budget WHERE card_id = ?`),
    insert: db.prepare(`INSERT INTO pledge_budget (card_id, source, year, amount, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)`),
  };

  const repo = {
    amounts: (cardId: number): BudgetAmount[] => stmt.amounts.all(cardId) as BudgetAmount[],

    sheet(card: { id: number; termFrom: string; termTo: string }): BudgetSheet {
      const years = termYears(card.termFrom, card.termTo);
      const amounts = repo.amounts(card.id);
      return { years, amounts, table: budgetTable(amounts, years) };
    },

    /** The whole table at once, as the user edits it: one transaction, so totals never show half a save. */
    save(card: { id: number; termFrom: string; termTo: string }, amounts: BudgetAmount[], actor: number | null): BudgetSheet {
      const years = termYears(card.termFrom, card.termTo);
      const seen = new Set<string>();
      amounts.forEach((a, i) => {
        if (a.year !== null && !years.includes(a.year)) {
          throw new UserFacingError('invalid_input', `${a.year}년은 임기(${years[0]}~${years.at(-1)}년) 밖입니다. 임기 뒤의 금액은 임기후에 입력하세요.`, `amounts.${i}.year`);
        }
        const cell = `${a.source}:${a.year}`;
        if (seen.has(cell)) {
          throw new UserFacingError('invalid_input', `${budgetSourceLabel[a.source as BudgetSource]} ${a.year ?? '임기후'} 금액이 두 번 입력되었습니다.`, `amounts.${i}.amount`);
        }
        seen.add(cell);
      });
      const now = nowIso();
      writeTransaction(db, () => {
        stmt.clear.run(card.id);
        for (const a of amounts) if (a.amount > 0) stmt.insert.run(card.id, a.source, a.year, a.amount, now, actor);
      })();
      return repo.sheet(card);
    },
  };
  return repo;
}
