import { getChoseong } from 'es-hangul';
import type { Insertable } from 'kysely';
import type { Database, Db } from '../../../electron/db/schema';
import { writeTransaction } from '../../../electron/db/writeTransaction';
import { addDays, nextWorkingDay } from '../../../shared/korean/holidays';
import { random } from './random';

const SURNAMES = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황', '안', '송', '류', '남궁'];
const GIVEN = ['민준', '서연', '도윤', '지우', '하준', '서윤', '은주', '영수', '옥순', '말순', '길동', '춘향', '정숙', '상철', '미경', '현우', '수빈', '지민', '경자', '순자'];
const FOREIGN = ['Nguyen Van An', 'John Smith', '王芳', 'Bat-Erdene'];
const NOTES = ['', '', '', '', '', '', '', '', '보호자 동행', '오후 반납 예정', '바퀴 소음 있음', '발판 헐거움'];
export const WHEELCHAIRS = 40;
const LOANS_PER_DAY = 14;
/** Rows per INSERT: one statement shape for the whole run, well under both engines' parameter limits. */
const BATCH = 500;

export interface LoanData {
  loans: number;
  staffId: number;
  wheelchairIds: number[];
}

/**
 * Years of a busy desk written straight to the tables: ~14 loans a day, 40 wheelchairs, 1 in 15
 * borrowers coming back, some with no phone, one loan in six with a note. Every loan is returned, so
 * every wheelchair is free when the data is done. `staffId` is the member of staff who lent them all.
 */
export async function generateLoans(db: Db, firstDay: string, lastDay: string): Promise<LoanData> {
  const rnd = random(42);
  // Notes from a source of their own, so the other columns are the same data as before notes were added.
  const noteRnd = random(7);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const at = `${firstDay}T00:00:00Z`;
  const regulars: { name: string; phone: string | null }[] = [];
  const numbers = new Map<string, number>();
  let count = 0;
  return writeTransaction(db, async (trx) => {
    const department = await trx.insertInto('department').values({ name: '벤치민원과', created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow();
    const { id: staffId } = await trx
      .insertInto('staff')
      .values({ name: '김담당', department_id: department.id, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
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
    for (let day = firstDay; day <= lastDay; day = addDays(day, 1)) {
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
          lent_by: staffId,
          note: NOTES[Math.floor(noteRnd() * NOTES.length)],
          returned_at: `${returnDay} 18:30`,
          return_condition: 'good',
          received_by: staffId,
          created_at: at,
          updated_at: at,
        });
        if (batch.length === BATCH) await flush();
        count++;
      }
    }
    await flush();
    return { loans: count, staffId, wheelchairIds };
  });
}
