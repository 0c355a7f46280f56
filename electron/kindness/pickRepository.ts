import type { KindnessMonthState, KindnessPickRecord } from '../../shared/contract/kindness';
import { createdStamp, updatedStamp, type Author } from '../db/audit';
import type { Db } from '../db/schema';

export interface PickRow {
  id: number;
  month: string;
  staff_id: number;
  name: string;
  department_id: number;
  department_name: string;
  position: string;
  reason: string;
  rule_exception: string | null;
  picked_by_name: string | null;
  confirmed: number;
  kind: 'picked' | 'imported';
}

export const toPickRecord = (r: PickRow): KindnessPickRecord => ({
  id: r.id,
  month: r.month,
  staffId: r.staff_id,
  name: r.name,
  departmentName: r.department_name,
  position: r.position,
  reason: r.reason,
  exception: r.rule_exception,
  imported: r.kind === 'imported',
});

/** Who picks, confirms or unlocks: always a named person at a desk. */
export type NamedAuthor = Author & { staffId: number };

/** Owns kindness_pick, kindness_month and kindness_unlock_log: who was picked and whether the month is closed. */
export function pickRepository(db: Db) {
  const picks = () =>
    db
      .selectFrom('kindness_pick as p')
      .innerJoin('staff as s', 's.id', 'p.staff_id')
      .leftJoin('staff as c', 'c.id', 'p.created_by')
      .leftJoin('kindness_month as m', 'm.month', 'p.month')
      .select((eb) => [
        'p.id',
        'p.month',
        'p.staff_id',
        's.name',
        'p.department_id',
        'p.department_name',
        'p.position',
        'p.reason',
        'p.rule_exception',
        'c.name as picked_by_name',
        eb.fn.coalesce('m.confirmed', eb.lit(0)).as('confirmed'),
        'p.kind',
      ]);

  const month = (m: string) =>
    db
      .selectFrom('kindness_month as m')
      .leftJoin('staff as s', 's.id', 'm.confirmed_by')
      .select(['m.month', 'm.confirmed', 'm.confirmed_at', 's.name as confirmed_by_name'])
      .where('m.month', '=', m)
      .executeTakeFirst();

  const repo = {
    byMonth: (m: string): Promise<PickRow[]> => picks().where('p.month', '=', m).orderBy('p.department_name').orderBy('s.name').execute(),

    /** Picks from fromMonth to toMonth (both 'yyyy-MM', both included), confirmed or not. */
    between: (fromMonth: string, toMonth: string): Promise<PickRow[]> =>
      picks()
        .where((eb) => eb.between('p.month', fromMonth, toMonth))
        .orderBy('p.month')
        .orderBy('p.department_name')
        .orderBy('s.name')
        .execute(),

    insert: (
      pick: {
        month: string;
        staffId: number;
        departmentId: number;
        departmentName: string;
        position: string;
        reason: string;
        ruleException: string | null;
        /** A past pick from the office's own list (가져옴): it needs no nomination (migration 016). */
        kind?: 'picked' | 'imported';
      },
      author: NamedAuthor,
    ) =>
      db
        .insertInto('kindness_pick')
        .values({
          month: pick.month,
          staff_id: pick.staffId,
          department_id: pick.departmentId,
          department_name: pick.departmentName,
          position: pick.position,
          reason: pick.reason,
          rule_exception: pick.ruleException,
          kind: pick.kind ?? 'picked',
          ...createdStamp(author),
        })
        .execute(),

    remove: async (m: string, staffId: number): Promise<number> =>
      Number((await db.deleteFrom('kindness_pick').where('month', '=', m).where('staff_id', '=', staffId).executeTakeFirst()).numDeletedRows),

    isConfirmed: async (m: string) => (await month(m))?.confirmed === 1,

    /** Months confirmed between the two months (a reopened month has its row, unconfirmed). */
    async confirmedBetween(fromMonth: string, toMonth: string): Promise<Set<string>> {
      const rows = await db
        .selectFrom('kindness_month')
        .select('month')
        .where((eb) => eb.between('month', fromMonth, toMonth))
        .where('confirmed', '=', 1)
        .execute();
      return new Set(rows.map((r) => r.month));
    },

    async monthState(m: string): Promise<KindnessMonthState> {
      const row = await month(m);
      const unlocks = await db
        .selectFrom('kindness_unlock_log as l')
        .innerJoin('staff as s', 's.id', 'l.unlocked_by')
        .select(['l.unlocked_at', 's.name as unlocked_by_name', 'l.reason'])
        .where('l.month', '=', m)
        .orderBy('l.unlocked_at')
        .orderBy('l.id')
        .execute();
      const confirmed = row?.confirmed === 1;
      return {
        month: m,
        confirmed,
        confirmedAt: confirmed ? (row?.confirmed_at ?? null) : null,
        confirmedByName: confirmed ? (row?.confirmed_by_name ?? null) : null,
        unlocks: unlocks.map((u) => ({ unlockedAt: u.unlocked_at, unlockedByName: u.unlocked_by_name, reason: u.reason })),
      };
    },

    async confirm(m: string, author: NamedAuthor) {
      const stamp = updatedStamp(author);
      const confirmed = { confirmed: 1, confirmed_at: stamp.updated_at, confirmed_by: author.staffId, ...stamp };
      // A month reopened before has its row already: confirming again overwrites it.
      await db
        .insertInto('kindness_month')
        .values({ month: m, ...confirmed })
        .onConflict((oc) => oc.column('month').doUpdateSet(confirmed))
        .execute();
    },

    /** The log row goes first: the database refuses to reopen a month without one at the same moment. */
    async unlock(m: string, reason: string, author: NamedAuthor) {
      const stamp = updatedStamp(author);
      await db.insertInto('kindness_unlock_log').values({ month: m, unlocked_at: stamp.updated_at, unlocked_by: author.staffId, reason }).execute();
      await db.updateTable('kindness_month').set({ confirmed: 0, ...stamp }).where('month', '=', m).execute();
    },

    /** Years with a nomination or a month row, oldest first. */
    async yearsWithRecords(): Promise<number[]> {
      const year = (table: 'kindness_nomination' | 'kindness_month') =>
        db.selectFrom(table).select((eb) => eb.fn<string>('substr', ['month', eb.lit(1), eb.lit(4)]).as('year'));
      const rows = await year('kindness_nomination').union(year('kindness_month')).execute();
      return rows.map((r) => Number(r.year)).sort((a, b) => a - b);
    },
  };
  return repo;
}

export type PickRepository = ReturnType<typeof pickRepository>;
