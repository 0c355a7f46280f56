import type { BudgetSheet } from '../../shared/contract/pledge';
import { budgetTable, termYears } from '../../shared/pledge/budgetTable';
import { budgetSourceLabel, type BudgetAmount, type BudgetSource } from '../../shared/pledge/records';
import { UserFacingError } from '../../shared/result';
import { updatedStamp, type Author } from '../db/audit';
import type { Db } from '../db/schema';
import { writeTransaction } from '../db/writeTransaction';

type Card = { id: number; termFrom: string; termTo: string };

/** 사업비 현황: planned amounts in 백만원 per source and term year (and 임기후); totals are computed, never stored. */
export function budgetRepository(db: Db) {
  const repo = {
    /** In source order, then year with 임기후 (null) first: SQLite's order, asked of PostgreSQL too. */
    amounts: async (cardId: number): Promise<BudgetAmount[]> =>
      (
        await db
          .selectFrom('pledge_budget')
          .select(['source', 'year', 'amount'])
          .where('card_id', '=', cardId)
          .orderBy('source')
          .orderBy('year', (ob) => ob.asc().nullsFirst())
          .execute()
      ).map((r) => ({ ...r, source: r.source as BudgetSource })),

    async sheet(card: Card): Promise<BudgetSheet> {
      const years = termYears(card.termFrom, card.termTo);
      const amounts = await repo.amounts(card.id);
      return { years, amounts, table: budgetTable(amounts, years) };
    },

    /**
     * The whole table at once, as the user edits it: one transaction, so totals never show half a save.
     * The card's cells are cleared and the non-zero ones written again, rather than upserted cell by
     * cell: a cell set to 0 then simply goes, and no conflict target is needed on the unique index
     * (card_id, source, coalesce(year, 0)), which the two engines would spell differently.
     */
    async save(card: Card, amounts: BudgetAmount[], author: Author): Promise<BudgetSheet> {
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
      const stamp = updatedStamp(author);
      return writeTransaction(db, async (trx) => {
        await trx.deleteFrom('pledge_budget').where('card_id', '=', card.id).execute();
        const kept = amounts.filter((a) => a.amount > 0).map((a) => ({ card_id: card.id, source: a.source, year: a.year, amount: a.amount, ...stamp }));
        if (kept.length) await trx.insertInto('pledge_budget').values(kept).execute();
        return budgetRepository(trx).sheet(card);
      });
    },
  };
  return repo;
}
