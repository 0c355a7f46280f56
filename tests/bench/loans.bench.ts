import { getChoseong } from 'es-hangul';
import { sql, type Insertable } from 'kysely';
import type { Database, Db } from '../../electron/db/schema';
import { writeTransaction } from '../../electron/db/writeTransaction';
import { ledgerRepository } from '../../electron/loans/ledgerRepository';
import { loanCounts, loanFigures } from '../../electron/loans/loanFigures';
import { ledgerFilter } from '../../shared/contract/loans';
import { addDays, nextWorkingDay } from '../../shared/korean/holidays';
import { tempCore } from '../helpers/tempCore';
import { timed } from './timing';

const SURNAMES = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황', '안', '송', '류', '남궁'];
const GIVEN = ['민준', '서연', '도윤', '지우', '하준', '서윤', '은주', '영수', '옥순', '말순', '길동', '춘향', '정숙', '상철', '미경', '현우', '수빈', '지민', '경자', '순자'];
const FOREIGN = ['Nguyen Van An', 'John Smith', '王芳', 'Bat-Erdene'];
const WHEELCHAIRS = 40;
const FIRST_DAY = '2016-01-01';
const LAST_DAY = '2025-12-31';
const LOANS_PER_DAY = 14;

/** mulberry32: a small deterministic random source, so every run measures the same data. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Rows per INSERT: one statement shape for the whole run, well under both engines' parameter limits. */
const BATCH = 500;

/** Ten years of a busy desk: ~14 loans a day, 40 wheelchairs, 1 in 15 borrowers coming back, some with no phone. */
async function generate(db: Db) {
  const rnd = random(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const at = '2016-01-01T00:00:00Z';
  const regulars: { name: string; phone: string | null }[] = [];
  const numbers = new Map<string, number>();
  let count = 0;
  await writeTransaction(db, async (trx) => {
    await trx.insertInto('department').values({ id: 1, name: '민원회계과', created_at: at, updated_at: at }).execute();
    await trx.insertInto('staff').values({ id: 1, name: '김담당', department_id: 1, created_at: at, updated_at: at }).execute();
    await trx
      .insertInto('wheelchair')
      .values(
        Array.from({ length: WHEELCHAIRS }, (_, i) => ({
          asset_number: `W-${String(i + 1).padStart(3, '0')}`,
          kind: (i + 1) % 10 === 0 ? ('electric' as const) : ('manual' as const),
          status: 'available' as const,
          created_at: at,
          updated_at: at,
        })),
      )
      .execute();
    const wheelchairIds = (await trx.selectFrom('wheelchair').select('id').orderBy('id').execute()).map((w) => w.id);
    let batch: Insertable<Database['loan']>[] = [];
    const flush = async () => {
      if (batch.length) await trx.insertInto('loan').values(batch).execute();
      batch = [];
    };
    for (let day = FIRST_DAY; day <= LAST_DAY; day = addDays(day, 1)) {
      for (let i = 0; i < LOANS_PER_DAY; i++) {
        const again = regulars.length > 0 && rnd() < 1 / 15;
        const person = again
          ? pick(regulars)
          : {
              name: rnd() < 0.02 ? pick(FOREIGN) : pick(SURNAMES) + pick(GIVEN),
              phone: rnd() < 0.75 ? `010${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}` : null,
            };
        if (!again && regulars.length < 5000) regulars.push(person);
        const key = person.phone ?? `name:${person.name}`;
        if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
        const outside = rnd() < 0.6;
        const hour = String(9 + (i % 9)).padStart(2, '0');
        const startedAt = `${day} ${hour}:${String(Math.floor(rnd() * 60)).padStart(2, '0')}`;
        const dueDate = outside ? nextWorkingDay(addDays(day, 7)) : day;
        const returnDay = outside ? addDays(day, Math.floor(rnd() * 10) + 1) : day;
        batch.push({
          wheelchair_id: wheelchairIds[count % WHEELCHAIRS],
          borrower_name: person.name,
          borrower_phone: person.phone,
          name_choseong: getChoseong(person.name).replace(/\s/g, '') || null,
          borrower_relation: rnd() < 0.2 ? 'guardian' : 'self',
          borrower_no: numbers.get(key)!,
          consent_at: at,
          id_checked: 1,
          purpose: outside ? 'outside' : 'in_hall',
          started_at: startedAt,
          due_date: dueDate,
          lent_by: 1,
          returned_at: `${returnDay} 18:30`,
          return_condition: 'good',
          received_by: 1,
          created_at: at,
          updated_at: at,
        });
        if (batch.length === BATCH) await flush();
        count++;
      }
    }
    await flush();
  });
  return count;
}

/** The ledger's and the report's queries on ten years of loans, on the engine the run is on (SQLite unless MINWON_TEST_ENGINE says otherwise). */
export async function run() {
  const app = await tempCore();
  const db = app.db;
  const started = performance.now();
  const loans = await generate(db);
  console.log(`${loans.toLocaleString('ko-KR')} loans over ten years generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  // Both engines read ANALYZE alike: the planner gets the tables' statistics, as an office database has them.
  await sql`ANALYZE`.execute(db);

  const ledger = ledgerRepository(db);
  const today = '2026-01-05';
  // The ledger channel's own input parsing gives the defaults the screen sends (first page of 100).
  const open = (input: object) => ledger.ledger(ledgerFilter.parse(input), today);
  const year = { from: '2024-01-01', to: '2024-12-31' };

  const page = await timed('ledger: one year, first page (as the screen opens)', () => open(year));
  console.log(`  → ${page.rows.length} rows shown of ${page.total.toLocaleString('ko-KR')}`);
  const all = await timed('ledger: one year, every row (print / export)', () => open({ ...year, limit: 10_000 }));
  console.log(`  → ${all.rows.length.toLocaleString('ko-KR')} rows`);
  const byChoseong = await timed('search: 초성 ㄱㄱㄷ in one year', () => open({ ...year, search: 'ㄱㄱㄷ' }));
  console.log(`  → ${byChoseong.total} matches`);
  const byChoseongAll = await timed('search: 초성 ㅎㅊㅎ over ten years', () => open({ from: FIRST_DAY, to: LAST_DAY, search: 'ㅎㅊㅎ' }));
  console.log(`  → ${byChoseongAll.total} matches`);
  const byPhone = await timed('search: phone digits 1234 over ten years', () => open({ from: FIRST_DAY, to: LAST_DAY, search: '1234' }));
  console.log(`  → ${byPhone.total} matches`);
  await timed('search: overdue-returned in one year', () => open({ ...year, state: 'returnedLate' }));
  const counts = await timed('monthly counts for one year (loans.figures)', () => loanCounts(db, year));
  console.log(`  → ${counts.monthly.map((m) => m.loans).join(', ')}`);
  const figures = await timed('report figures for one year (loanFigures)', () => loanFigures(db, year));
  console.log(`  → ${figures.loans} loans, ${figures.borrowers} distinct borrowers`);
  await timed('monthly counts for ten years', () => loanCounts(db, { from: FIRST_DAY, to: LAST_DAY }));
  await app.close();
}
