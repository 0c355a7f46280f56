import type { AccessAction, AccessRecordKind } from '../../shared/contract/privacy';
import { UserFacingError } from '../../shared/result';
import { nowIso } from '../db/audit';
import type { Db } from '../db/schema';
import { writeTransaction } from '../db/writeTransaction';
import type { HandlerContext } from '../ipc/handlerTypes';
import { kstDayInUtc } from './deskTime';

/** The signed-in person at a desk: the only one who may see a visitor's personal data. */
export interface Accessor {
  staffId: number;
  desk: string;
}

export const NOBODY_SIGNED_IN = '대여자의 개인정보를 보려면 먼저 로그인하세요. 누가 보았는지 접속기록에 남습니다.';

/** Who is accessing: refused in Korean when nobody is signed in, since the access record must name someone. */
export function accessorOf(ctx: HandlerContext): Accessor {
  if (!ctx.actor) throw new UserFacingError('forbidden', NOBODY_SIGNED_IN);
  return { staffId: ctx.actor.id, desk: ctx.desk };
}

export interface AccessEntry {
  action: AccessAction;
  screen: string;
  recordKind: AccessRecordKind;
  recordId: number | null;
  rowCount?: number | null;
  reason?: string;
}

const rowOf = (entry: AccessEntry, who: Accessor, at: string) => ({
  accessed_at: at,
  staff_id: who.staffId,
  desk: who.desk,
  action: entry.action,
  screen: entry.screen,
  record_kind: entry.recordKind,
  record_id: entry.recordId,
  row_count: entry.rowCount ?? null,
  reason: entry.reason ?? '',
});

/** Writes the 접속기록 (access_record, migration 012). Each call is its own write, or joins the caller's transaction. */
export function accessLog(db: Db) {
  return {
    async record(entries: AccessEntry[], who: Accessor): Promise<void> {
      if (entries.length === 0) return;
      const at = nowIso();
      await writeTransaction(db, (trx) => trx.insertInto('access_record').values(entries.map((e) => rowOf(e, who, at))).execute());
    },

    /**
     * One record per person, action, screen and record on a desk day (Korean date), however often it
     * happens that day. The overdue list shows phones on every reload, and a search runs again on every
     * page and keystroke: the first time in a day is the access that matters, and a record per reload
     * would bury the deliberate views under noise.
     */
    async recordOncePerDay(entries: AccessEntry[], who: Accessor, day: string): Promise<void> {
      if (entries.length === 0) return;
      const { start, end } = kstDayInUtc(day);
      await writeTransaction(db, async (trx) => {
        const seen = await trx
          .selectFrom('access_record')
          .select(['action', 'screen', 'record_kind', 'record_id'])
          .where('staff_id', '=', who.staffId)
          .where('accessed_at', '>=', start)
          .where('accessed_at', '<', end)
          .where('action', 'in', [...new Set(entries.map((e) => e.action))])
          .execute();
        const key = (e: { action: string; screen: string; record_kind: string; record_id: number | null }) => `${e.action}|${e.screen}|${e.record_kind}|${e.record_id}`;
        const already = new Set(seen.map(key));
        const at = nowIso();
        const fresh = entries
          .map((e) => rowOf(e, who, at))
          .filter((r) => {
            if (already.has(key(r))) return false;
            already.add(key(r));
            return true;
          });
        if (fresh.length > 0) await trx.insertInto('access_record').values(fresh).execute();
      });
    },
  };
}

export type AccessLog = ReturnType<typeof accessLog>;
