import path from 'node:path';
import { getChoseong } from 'es-hangul';
import { openDatabase } from '../../electron/db/connection';
import { ledgerRepository } from '../../electron/loans/ledgerRepository';
import { loanCounts, loanFigures } from '../../electron/loans/loanFigures';
import { ledgerFilter } from '../../shared/contract/loans';
import { addDays, nextWorkingDay } from '../../shared/korean/holidays';
import { tempDir } from '../helpers/tempCore';
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

/** Ten years of a busy desk: ~14 loans a day, 40 wheelchairs, 1 in 15 borrowers coming back, some with no phone. */
function generate(db: ReturnType<typeof openDatabase>) {
  const rnd = random(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const at = '2016-01-01T00:00:00Z';
  db.exec(`INSERT INTO department (id, name, created_at, updated_at) VALUES (1, '민원회계과', '${at}', '${at}');
           INSERT INTO staff (id, name, department_id, created_at, updated_at) VALUES (1, '김담당', 1, '${at}', '${at}');`);
  const addWheelchair = db.prepare(`INSERT INTO wheelchair (id, asset_number, kind, status, created_at, updated_at) VALUES (?, ?, ?, 'available', ?, ?)`);
  const addLoan = db.prepare(`
    INSERT INTO loan (wheelchair_id, borrower_name, borrower_phone, name_choseong, borrower_relation, borrower_no, consent_at,
                      id_checked, purpose, started_at, due_date, lent_by, returned_at, return_condition, received_by, created_at, updated_at)
    VALUES (@wheelchair, @name, @phone, @choseong, @relation, @borrowerNo, @consent, 1, @purpose, @startedAt, @dueDate, 1,
            @returnedAt, 'good', 1, @at, @at)`);
  const regulars: { name: string; phone: string | null }[] = [];
  const numbers = new Map<string, number>();
  let count = 0;
  db.transaction(() => {
    for (let w = 1; w <= WHEELCHAIRS; w++) addWheelchair.run(w, `W-${String(w).padStart(3, '0')}`, w % 10 === 0 ? 'electric' : 'manual', at, at);
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
        addLoan.run({
          wheelchair: (count % WHEELCHAIRS) + 1,
          name: person.name,
          phone: person.phone,
          choseong: getChoseong(person.name).replace(/\s/g, '') || null,
          relation: rnd() < 0.2 ? 'guardian' : 'self',
          borrowerNo: numbers.get(key),
          consent: at,
          purpose: outside ? 'outside' : 'in_hall',
          startedAt,
          dueDate,
          returnedAt: `${returnDay} 18:30`,
          at,
        });
        count++;
      }
    }
  })();
  return count;
}

export async function run() {
  const db = openDatabase(path.join(tempDir('minwon-bench-loans-'), 'bench.sqlite'));
  const started = performance.now();
  const loans = generate(db);
  console.log(`${loans.toLocaleString('ko-KR')} loans over ten years generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  db.pragma('optimize');

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
  db.close();
}
