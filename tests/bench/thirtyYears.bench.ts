import { tempCore } from '../helpers/tempCore';
import { plainLedgerSearch } from './plainSearch';
import { generateLoans, WHEELCHAIRS } from './data/loanData';
import { generateRequests } from './data/requestData';
import { timed } from './timing';
import { settled } from './settled';

const FIRST_DAY = '1996-01-01';
const LAST_DAY = '2025-12-31';
const YEARS = 30;

/**
 * Thirty years of a busy hall (≈153,000 loans, ≈165,000 interpretation requests): the desk's searches
 * over every year, each beside the plain SQL that gives the same page and total through the same search
 * index, and the desk's writes
 * (lend, return, an interpretation request) on a database that size.
 */
export async function run() {
  const app = await tempCore();
  const started = performance.now();
  const data = await generateLoans(app.db, FIRST_DAY, LAST_DAY);
  const requests = await generateRequests(app.db, FIRST_DAY, YEARS, 165_000, [data.staffId]);
  await settled(app.db);
  console.log(`30년치: 대여 ${data.loans.toLocaleString('ko-KR')}건, 통역 ${requests.toLocaleString('ko-KR')}건 생성 ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await app.signInAs(data.staffId);

  const all = { from: FIRST_DAY, to: LAST_DAY };
  for (const [label, search] of [
    ['search: 초성 ㅎㅊㅎ over thirty years', 'ㅎㅊㅎ'],
    ['search: phone digits 1234 over thirty years', '1234'],
  ] as const) {
    // Fifteen turns: a few milliseconds each, and five left the median to the first, cold ones.
    const page = await timed(label, () => app.must('loans.ledger', { ...all, search }), {
      repeats: 15,
      plain: () => plainLedgerSearch(app.db, { ...all, search, limit: 100 }),
      plainLabel: 'plain SQL, same page',
    });
    console.log(`  → ${page.rows.length} rows shown of ${page.total}`);
  }
  // A word one request in nine holds (18,000 of them): the list and its counts read every one it finds.
  // A word nobody wrote: the two-character pieces (migration 019) say so without reading a request.
  await timed('search: 통역 "인감" over thirty years', () => app.must('interpretation.requests.list', { ...all, task: '인감' }), 3);
  await timed('search: 통역 "아포스티유" (none) over thirty years', () => app.must('interpretation.requests.list', { ...all, task: '아포스티유' }), 5);

  // Writes at the desk: each lend takes the next free wheelchair, each return brings one of them back.
  let next = 0;
  const lent: number[] = [];
  await timed('desk write: lend (thirty years)', async () => {
    const loan = await app.must('loans.lend', {
      wheelchairId: data.wheelchairIds[next++ % WHEELCHAIRS],
      borrowerName: '홍길동',
      borrowerPhone: '010-1234-5678',
      consent: true,
      idChecked: true,
      purpose: 'outside',
    });
    lent.push(loan.id);
  });
  await timed('desk write: return (thirty years)', () => app.must('loans.return', { loanId: lent.shift()! }));
  await timed('desk write: interpretation request (thirty years)', () =>
    app.must('interpretation.requests.save', { date: LAST_DAY, language: 'vi', methodId: 1, task: '여권', outcome: '처리 완료' }),
  );
  await app.close();
}
