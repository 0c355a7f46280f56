import type { Insertable } from 'kysely';
import type { Database, Db } from '../../../electron/db/schema';
import { writeTransaction } from '../../../electron/db/writeTransaction';
import { LANGUAGE_CODES, type Outcome, type RequestStatus } from '../../../shared/interpretationLanguages';
import { addDays } from '../../../shared/korean/holidays';

/** Rows per INSERT: well under both engines' parameter limits. */
const BATCH = 1000;
export const TASKS = ['전입신고', '여권', '가족관계증명', '인감', '외국인등록', '주민등록등·초본', '출생신고', '혼인신고', '세금·지방세'];
/** Weighted the way a hall near an industrial area sees them: Vietnamese and Chinese first. */
const LANGUAGE_WEIGHTS = [12, 14, 3, 18, 6, 5, 6, 3, 4, 4, 4, 3, 3, 15];

/** A small deterministic generator, so every run measures the same data. */
function generator(seed: number) {
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(items: readonly T[], weights?: number[]): T => {
    if (!weights) return items[Math.floor(random() * items.length)];
    let r = random() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < items.length; i++) if ((r -= weights[i]) < 0) return items[i];
    return items.at(-1)!;
  };
  return { random, pick };
}

/**
 * `count` interpretation requests spread evenly over `years` years from `firstDay`, written straight
 * to the table in one transaction (methods 1–6 are the ones migration 004 lays down).
 */
export async function generateRequests(db: Db, firstDay: string, years: number, count: number, staffIds: number[]) {
  const { random, pick } = generator(20240705);
  const days = years * 365 + Math.floor(years / 4);
  const rows: Insertable<Database['interpretation_request']>[] = [];
  for (let i = 0; i < count; i++) {
    const date = addDays(firstDay, Math.floor((i / count) * days));
    const language = pick(LANGUAGE_CODES, LANGUAGE_WEIGHTS);
    const method = language === 'ksl' ? pick([4, 5]) : pick([1, 2, 3, 6], [5, 3, 1, 2]);
    const roll = random();
    const [status, outcome, booked] = (
      roll < 0.82 ? ['완료', '처리 완료', 0] : roll < 0.9 ? ['완료', '다른 기관 안내', 0] : roll < 0.95 ? ['완료', '미처리', 0] : roll < 0.98 ? ['완료', '처리 완료', 1] : ['취소', null, 1]
    ) as [RequestStatus, Outcome | null, number];
    const time = `${String(9 + Math.floor(random() * 9)).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}`;
    const staff = status === '완료' ? pick(staffIds) : null;
    rows.push({
      requested_on: date, requested_time: time, language, method_id: method, task: pick(TASKS), minutes: 5 + Math.floor(random() * 40),
      people: random() < 0.8 ? 1 : 2, status, outcome, booked, staff_id: staff, created_at: 'x', updated_at: 'x',
    });
  }
  await writeTransaction(db, async (trx) => {
    for (let i = 0; i < rows.length; i += BATCH) await trx.insertInto('interpretation_request').values(rows.slice(i, i + BATCH)).execute();
  });
  return rows.length;
}
