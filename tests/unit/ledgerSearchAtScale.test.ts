import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerRepository } from '../../electron/loans/ledgerRepository';
import { ledgerFilter } from '../../shared/contract/loans';
import { generateLoans } from '../bench/data/loanData';
import { statementsSent } from '../helpers/statementsSent';
import { tempCore, type TempCore } from '../helpers/tempCore';
import { testEngine } from '../helpers/testDatabase';

/** A node of PostgreSQL's EXPLAIN (FORMAT JSON), with the fields read here. */
interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  Plans?: PlanNode[];
}
const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

/**
 * On PostgreSQL, at a size where the planner's choices show (ten years of a busy desk, ≈51,000 loans,
 * analysed): the ledger's searches read the loans their index offers, and the index offers few. On the
 * few rows of ledgerSearchPlan.test.ts every plan looks alike. The database is made as the README says,
 * LC_CTYPE 'C', under which pg_trgm takes no trigram from Hangul.
 */
describe.runIf(testEngine() === 'postgres')('the ledger search on PostgreSQL, ten years of loans', () => {
  let app: TempCore;
  let loans: number;
  beforeAll(async () => {
    app = await tempCore();
    loans = (await generateLoans(app.db, '2016-01-01', '2025-12-31')).loans;
    await sql`ANALYZE`.execute(app.db);
  }, 60_000);
  afterAll(() => app?.close());

  // 초성 of three and of two letters, a phone's last digits, a name: each names a handful of the loans.
  it.each(['ㅎㅊㅎ', 'ㄱㅁ', '1234', '남궁길동'])('%s: no loan is read but those the index offers, and it offers few', async (search) => {
    const filter = ledgerFilter.parse({ from: '2016-01-01', to: '2025-12-31', search });
    // The candidates the index offers, the page, the count (and for digits, the wheelchairs first).
    const statements = (await statementsSent(app.db, (db) => ledgerRepository(db).ledger(filter, '2025-12-31'))).filter((q) => /\bloan\b/.test(q.sql));
    expect(statements.length).toBeGreaterThanOrEqual(3);
    for (const q of statements) {
      // At this size reading every loan is still cheap, so the planner may choose it for a plan that at
      // thirty years it would not; with that priced out, what is left is the plan the size would bring.
      const plan = await app.db.transaction().execute(async (trx) => {
        await sql`SET LOCAL enable_seqscan = off`.execute(trx);
        const { rows } = await trx.executeQuery<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(CompiledQuery.raw(`EXPLAIN (ANALYZE, FORMAT JSON) ${q.sql}`, [...q.parameters]));
        return rows[0]['QUERY PLAN'][0].Plan;
      });
      const nodes = nodesOf(plan);
      const shown = JSON.stringify(nodes.map((n) => [n['Node Type'], n['Relation Name'] ?? n['Index Name'] ?? '', n['Actual Rows'], n['Actual Loops']]));
      // Every read of the loan table or one of its indexes, over all its loops: the loans offered, the page, the count.
      const loanReads = nodes.filter((n) => n['Relation Name'] === 'loan' || n['Index Name']?.startsWith('loan'));
      expect(loanReads.length, shown).toBeGreaterThan(0);
      for (const read of loanReads) expect(read['Actual Rows'] * read['Actual Loops'], shown).toBeLessThan(loans / 10);
    }
  });
});
