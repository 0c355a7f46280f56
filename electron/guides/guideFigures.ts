import type { DateRange, GuideFigures } from '../../shared/figures';
import type { Db } from '../db/schema';

/** 안내 도우미 for the pledge report: `2024년 247일 운영, 연인원 494명`. */
export async function guideFigures(db: Db, range: DateRange): Promise<GuideFigures> {
  const stood = db
    .selectFrom('guide_shift')
    .where('date', '>=', range.from)
    .where('date', '<=', range.to)
    .where('status', 'in', ['done', 'replaced']);
  const [days, personDays] = await Promise.all([
    stood.select((eb) => eb.fn.count<number>('date').distinct().as('n')).executeTakeFirstOrThrow(),
    // 연인원: one per person per day they stood at the desk; for a replaced shift that is the replacement.
    db
      .selectFrom(
        stood
          .select((eb) => [eb.fn.coalesce('replacement_helper_id', 'helper_id').as('person'), 'date'])
          .distinct()
          .as('d'),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { days: Number(days.n), personDays: Number(personDays.n) };
}
