import { CompiledQuery, sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerRepository } from '../../electron/loans/ledgerRepository';
import { loanIdsMatching } from '../../electron/loans/searchIndex';
import { ledgerFilter, type LedgerFilter } from '../../shared/contract/loans';
import { statementsSent } from '../helpers/statementsSent';
import { clerkCore } from '../helpers/clerkCore';
import type { TempCore } from '../helpers/tempCore';
import { testEngine } from '../helpers/testDatabase';

let app: TempCore;
beforeAll(async () => {
  app = await clerkCore();
  for (const assetNumber of ['W-01', 'W-02']) await app.must('loans.saveWheelchair', { assetNumber, kind: 'manual' });
  const people = [['홍길동', '010-1234-5678'], ['성춘향', '02-555-1234'], ['Kim Lee', '010-9876-5432']] as const;
  for (const [i, [borrowerName, borrowerPhone]] of people.entries()) {
    const loan = await app.must('loans.lend', { wheelchairId: 1, borrowerName, borrowerPhone, consent: true, purpose: 'outside', startDate: `2024-06-0${i + 1}`, startTime: '10:00' });
    await app.must('loans.return', { loanId: loan.id, returnDate: `2024-06-0${i + 1}`, returnTime: '16:00' });
  }
});
afterAll(() => app?.close());

/** The statements the ledger runs for a filter, as sent to the database (SQL and parameters). */
async function ledgerStatements(filter: Partial<LedgerFilter>): Promise<CompiledQuery[]> {
  const seen = await statementsSent(app.db, (db) => ledgerRepository(db).ledger(ledgerFilter.parse({ from: '1996-01-01', to: '2025-12-31', ...filter }), '2025-12-31'));
  return seen.filter((q) => /from "loan" as "l"/.test(q.sql));
}

const explain = async (q: CompiledQuery, prefix: string, db: Kysely<any> = app.db) =>
  (await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(`${prefix} ${q.sql}`, [...q.parameters]))).rows;

// 3+ characters go through the trigram index, 1–2 through the partial B-trees; every mode and length.
const searches = ['ㅎㄱㄷ', 'ㅎㄱ', 'ㅎ', '5678', '12', '1', '홍길동', '길동', 'w-0', 'kim l', ''];
const states = ['all', 'open', 'overdue', 'returned', 'returnedLate'] as const;

describe('the ledger search', () => {
  it('finds the same loans through the index, long and short fragments alike', async () => {
    const names = async (search: string) => (await app.must('loans.ledger', { from: '2024-01-01', to: '2024-12-31', search })).rows.map((r) => r.borrowerName);
    expect(await names('ㅎㄱㄷ')).toEqual(['홍*동']);
    expect(await names('ㅎㄱ')).toEqual(['홍*동']);
    expect(await names('ㅊ')).toEqual(['성*향']);
    expect(await names('9876')).toEqual(['K*****e']);
    expect(await names('55')).toEqual(['성*향']);
    expect(await names('kim lee')).toEqual(['K*****e']);
    expect(await names('춘')).toEqual(['성*향']);
    expect((await names('W-01')).length).toBe(3);
    expect(await names('ㅇㅁㄹ')).toEqual([]);
    expect(await names('"')).toEqual([]);
  });

  it.runIf(testEngine() === 'sqlite')('never reads the whole loan table on SQLite, whatever the filter (EXPLAIN QUERY PLAN)', async () => {
    for (const search of searches) {
      for (const state of states) {
        const statements = await ledgerStatements({ search, state });
        expect(statements).toHaveLength(2);
        for (const q of statements) {
          const plan = (await explain(q, 'EXPLAIN QUERY PLAN')).map((r) => String(r.detail));
          const shown = `${search || '(빈 검색)'} / ${state}:\n${plan.join('\n')}`;
          // A SCAN of the loan table reads every loan of every year; only a covering index may be read whole.
          expect(plan.filter((line) => /^SCAN (l|loan)\b/.test(line) && !/USING COVERING INDEX/.test(line)), shown).toEqual([]);
          if (!search) continue;
          // A search starts from the loans its index offers and reads each by id, not the period's every loan.
          expect(plan, shown).toContain('SEARCH l USING INTEGER PRIMARY KEY (rowid=?)');
          if ([...search].length >= 3 && !/^[a-z]-/.test(search)) expect(plan.join('\n'), shown).toMatch(/SCAN loan_search VIRTUAL TABLE INDEX/);
        }
      }
    }
  });

  it.runIf(testEngine() === 'postgres')('offers its candidates through the pg_trgm indexes on PostgreSQL (EXPLAIN)', async () => {
    // (The name's index is left out: on three rows the planner prices reading loan_name whole below it.)
    const cases = [['name_choseong', 'ㅎㄱㄷ', 'loan_search_choseong'], ['borrower_phone', '5678', 'loan_search_phone']] as const;
    for (const [column, fragment, index] of cases) {
      const candidates = sql`${loanIdsMatching(app.db, column, fragment)}`.compile(app.db);
      // On the test's few rows a plain scan is cheapest; with it priced out, the plan shows whether the
      // trigram index can serve the LIKE at all (one it cannot serve would stay a disabled scan).
      const plan = await app.db.transaction().execute(async (trx) => {
        await sql`SET LOCAL enable_seqscan = off`.execute(trx);
        return (await explain(candidates, 'EXPLAIN', trx)).map((r) => String(r['QUERY PLAN'])).join('\n');
      });
      expect(plan, plan).toContain(`Bitmap Index Scan on ${index}`);
    }
  });
});
