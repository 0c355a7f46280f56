import {
  ACCESS_FLAGS,
  ACCESS_MONTH_LIMIT,
  ACCESS_RECORD_YEARS,
  accessMonthLabel,
  type AccessFlag,
  type AccessMonth,
  type AccessMonthFilter,
  type AccessRecordRow,
  type AccessReview,
} from '../../shared/contract/privacy';
import { deskNow } from '../../shared/korean/deskClock';
import { withParticle } from '../../shared/korean/particles';
import { UserFacingError } from '../../shared/result';
import { nowIso } from '../db/audit';
import { isConstraint } from '../db/constraintErrors';
import type { Db } from '../db/schema';
import { readTransaction, writeTransaction } from '../db/writeTransaction';
import type { Accessor } from './accessLog';
import { accessFlags } from './accessFlags';
import { deskStampOf, kstMonthInUtc } from './deskTime';

type Filter = Required<{ [K in keyof AccessMonthFilter]: Exclude<AccessMonthFilter[K], undefined> }>;

const monthOf = (deskDate: string) => deskDate.slice(0, 7);
const monthBefore = (month: string, n: number) => {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

/** 접속기록 점검: a month's access records with their marks, and the record that the month was checked. */
export function accessReviewRepository(db: Db) {
  const records = async (on: Db, month: string) => {
    const { start, end } = kstMonthInUtc(month);
    const rows = await on
      .selectFrom('access_record as r')
      .leftJoin('staff as s', 's.id', 'r.staff_id')
      .select(['r.id', 'r.accessed_at', 'r.staff_id', 's.name as staff_name', 'r.desk', 'r.action', 'r.screen', 'r.record_kind', 'r.record_id', 'r.row_count', 'r.reason'])
      .where('r.accessed_at', '>=', start)
      .where('r.accessed_at', '<', end)
      .orderBy('r.accessed_at', 'desc')
      .orderBy('r.id', 'desc')
      .execute();
    return rows.map(
      (r): AccessRecordRow => ({
        id: r.id,
        accessedAt: deskStampOf(r.accessed_at),
        staffId: r.staff_id,
        staffName: r.staff_name,
        desk: r.desk,
        action: r.action,
        screen: r.screen,
        recordKind: r.record_kind,
        recordId: r.record_id,
        rowCount: r.row_count,
        reason: r.reason,
        flags: [],
      }),
    );
  };

  const review = async (on: Db, month: string): Promise<AccessReview | null> => {
    const r = await on
      .selectFrom('access_review as v')
      .leftJoin('staff as s', 's.id', 'v.reviewed_by')
      .select(['v.month', 'v.reviewed_at', 'v.reviewed_by', 's.name as reviewer_name', 'v.reviewed_desk', 'v.record_count', 'v.flagged_count', 'v.note'])
      .where('v.month', '=', month)
      .executeTakeFirst();
    return r
      ? {
          month: r.month,
          reviewedAt: deskStampOf(r.reviewed_at),
          reviewedBy: r.reviewed_by,
          reviewerName: r.reviewer_name,
          reviewedDesk: r.reviewed_desk,
          recordCount: r.record_count,
          flaggedCount: r.flagged_count,
          note: r.note,
        }
      : null;
  };

  /** Every record of the month with its marks (read over the whole month, whatever is filtered). */
  const flaggedMonth = async (on: Db, month: string) => {
    const all = await records(on, month);
    const flags = accessFlags(all);
    return all.map((r) => ({ ...r, flags: flags.get(r.id) ?? [] }));
  };

  /** Months before this one, within the records kept, that have records and no review. */
  const unreviewedMonths = async (on: Db, thisMonth: string) => {
    const months = Array.from({ length: ACCESS_RECORD_YEARS * 12 }, (_, i) => monthBefore(thisMonth, i + 1));
    const reviewed = new Set((await on.selectFrom('access_review').select('month').where('month', 'in', months).execute()).map((r) => r.month));
    const open: string[] = [];
    for (const month of months.filter((m) => !reviewed.has(m))) {
      const { start, end } = kstMonthInUtc(month);
      const any = await on.selectFrom('access_record').select('id').where('accessed_at', '>=', start).where('accessed_at', '<', end).limit(1).executeTakeFirst();
      if (any) open.push(month);
    }
    return open;
  };

  return {
    month: (filter: Filter): Promise<AccessMonth> =>
      readTransaction(db, async (trx) => {
        const thisMonth = monthOf(deskNow().date);
        const all = await flaggedMonth(trx, filter.month);
        const shown = all.filter(
          (r) =>
            (filter.staffId === null || r.staffId === filter.staffId) &&
            (filter.action === null || r.action === filter.action) &&
            (filter.recordKind === null || r.recordKind === filter.recordKind) &&
            (filter.recordId === null || r.recordId === filter.recordId) &&
            (!filter.flaggedOnly || r.flags.length > 0),
        );
        const flagCounts = Object.fromEntries(ACCESS_FLAGS.map((f) => [f, all.filter((r) => r.flags.includes(f)).length])) as Record<AccessFlag, number>;
        const people = new Map<number | null, string>();
        for (const r of all) people.set(r.staffId, r.staffName ?? '(로그인 전 기록)');
        return {
          month: filter.month,
          rows: shown.slice(0, ACCESS_MONTH_LIMIT),
          total: shown.length,
          monthTotal: all.length,
          flaggedTotal: all.filter((r) => r.flags.length > 0).length,
          flagCounts,
          people: [...people].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'ko')),
          review: await review(trx, filter.month),
          monthOver: filter.month < thisMonth,
          unreviewedMonths: await unreviewedMonths(trx, thisMonth),
        };
      }),

    /** The month was checked: once, after it is over, by the person signed in, with how many records and marks it had. */
    async recordReview(month: string, note: string, who: Accessor): Promise<AccessReview> {
      if (month >= monthOf(deskNow().date)) {
        throw new UserFacingError('invalid_input', `${withParticle(accessMonthLabel(month), '은/는')} 아직 끝나지 않았습니다. 달이 끝난 뒤에 점검을 기록하세요.`, 'month');
      }
      try {
        return await writeTransaction(db, async (trx) => {
          const earlier = await review(trx, month);
          if (earlier) throw alreadyReviewed(month, earlier);
          const all = await flaggedMonth(trx, month);
          await trx
            .insertInto('access_review')
            .values({
              month,
              reviewed_at: nowIso(),
              reviewed_by: who.staffId,
              reviewed_desk: who.desk,
              record_count: all.length,
              flagged_count: all.filter((r) => r.flags.length > 0).length,
              note,
            })
            .execute();
          return (await review(trx, month))!;
        });
      } catch (error) {
        // Two administrators recording the same month at once: the second is told who did it.
        if (isConstraint(error, 'unique')) {
          const earlier = await review(db, month);
          if (earlier) throw alreadyReviewed(month, earlier);
        }
        throw error;
      }
    },
  };
}

const alreadyReviewed = (month: string, earlier: AccessReview) =>
  new UserFacingError('conflict', `${accessMonthLabel(month)} 접속기록은 이미 점검했습니다(${earlier.reviewerName ?? '알 수 없음'}, ${earlier.reviewedAt.replace(/-/g, '.')}).`, 'month');
