import type { ParsedInputOf } from '../../shared/contract/channel';
import type { GuideShift, guidesContract, PatternPreview, PatternShift } from '../../shared/contract/guides';
import { addDays, datesBetween, isWorkingDay } from '../../shared/korean/holidays';
import { UserFacingError } from '../../shared/result';
import type { Author } from '../db/audit';
import type { Db } from '../db/schema';
import { writeTransaction } from '../db/writeTransaction';
import { activeOn, helperRepository, type HelperRepository } from './helperRepository';
import { shiftRepository, type ShiftRepository } from './shiftRepository';
import { closedReason, slotWindow } from './shiftRules';

export type PatternIn = ParsedInputOf<(typeof guidesContract)['guides.previewPattern']>;

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const overlaps = (a: PatternShift, b: PatternShift) => a.date === b.date && a.startTime < b.endTime && b.startTime < a.endTime;

/** The last day a pattern covers: its end date, or the day before the same weekday N weeks on. */
export const patternEnd = (p: PatternIn) => p.until ?? addDays(p.from, p.weeks! * 7 - 1);

/**
 * Lays a recurring pattern over its dates: the chosen weekdays and slots, skipping days the hall is
 * closed (unless asked not to), days outside the helper's active period and slots the helper is
 * already expected at. The preview and the apply use this one function, so what was shown is what is made.
 */
export async function planPattern(helpers: HelperRepository, shifts: ShiftRepository, p: PatternIn): Promise<PatternPreview> {
  const helper = await helpers.require(p.helperId);
  const end = patternEnd(p);
  // The helper's shifts in the period are read once, not asked per day and slot: one round trip to an office server.
  const existing = await shifts.expectedOf(helper.id, p.from, end);
  const preview: PatternPreview = { create: [], skipped: [] };
  const slots = [...new Set(p.slots)];
  for (const date of datesBetween(p.from, end)) {
    if (!p.weekdays.includes(weekday(date))) continue;
    for (const slot of slots) {
      const shift: PatternShift = { date, slot, ...slotWindow(slot, p.startTime, p.endTime) };
      const reason = !p.includeNonWorkingDays && !isWorkingDay(date)
        ? closedReason(date)
        : !activeOn(helper, date)
          ? '활동 기간 밖'
          : skipForExisting(existing, shift) ?? (preview.create.some((c) => overlaps(c, shift)) ? '이 배치의 다른 시간대와 겹침' : null);
      if (reason) preview.skipped.push({ ...shift, reason });
      else preview.create.push(shift);
    }
  }
  return preview;
}

function skipForExisting(existing: GuideShift[], shift: PatternShift): string | null {
  const other = existing.find((s) => overlaps(s, shift));
  return other ? `이미 근무 있음(${other.post} ${other.startTime}–${other.endTime})` : null;
}

/** Creates the whole plan in one transaction: a month is laid down entirely or not at all. */
export function applyPattern(db: Db, p: PatternIn, author: Author): Promise<PatternPreview> {
  return writeTransaction(db, async (trx) => {
    const shifts = shiftRepository(trx);
    const plan = await planPattern(helperRepository(trx), shifts, p);
    if (plan.create.length === 0) throw new UserFacingError('conflict', '새로 만들 근무가 없습니다. 기간·요일·시간대를 확인하세요.', 'from');
    await shifts.insertMany(plan.create.map((s) => ({ ...s, post: p.post, helperId: p.helperId, note: '' })), author);
    return plan;
  });
}
