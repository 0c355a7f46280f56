import { slotTimes, type GuideHelper, type ShiftSlot } from '../../shared/contract/guides';
import { fullDate, monthDay } from '../../shared/korean/reportFormat';
import { holidayNames, isWorkingDay } from '../../shared/korean/holidays';
import { UserFacingError } from '../../shared/result';
import { activeOn } from './helperRepository';
import type { ShiftRepository } from './shiftRepository';

/** The times a slot stands for: the hall's standard ones, or those typed for a custom slot. */
export function slotWindow(slot: ShiftSlot, startTime?: string, endTime?: string): { startTime: string; endTime: string } {
  if (slot === 'custom') return { startTime: startTime!, endTime: endTime! };
  return { startTime: slotTimes[slot].start, endTime: slotTimes[slot].end };
}

/** Why the hall is closed that day, in the words the calendar shows: '설날', '대체공휴일', '주말'. */
export const closedReason = (date: string) => holidayNames(date).join('·') || '주말';

export function requireWorkingDay(date: string, onNonWorkingDay: boolean, field = 'date') {
  if (!onNonWorkingDay && !isWorkingDay(date)) {
    throw new UserFacingError('conflict', `${monthDay(date)}은(는) ${closedReason(date)}입니다. 휴일에 배치하려면 '휴일 근무'를 선택하세요.`, field);
  }
}

export function requireActive(helper: GuideHelper, date: string, field = 'date') {
  if (!activeOn(helper, date)) {
    const until = helper.activeTo ? fullDate(helper.activeTo) : '';
    throw new UserFacingError('conflict', `${monthDay(date)}은(는) ${helper.name} 도우미의 활동 기간(${fullDate(helper.activeFrom)}~${until})이 아닙니다.`, field);
  }
}

/** A person cannot be at two posts at once; the database trigger holds the same line. */
export async function requireFree(
  shifts: ShiftRepository,
  helper: GuideHelper,
  when: { date: string; startTime: string; endTime: string },
  exceptId = 0,
  field = 'date',
) {
  const other = await shifts.overlapping(helper.id, when, exceptId);
  if (other) {
    throw new UserFacingError(
      'conflict',
      `${helper.name} 도우미는 ${monthDay(other.date)} ${other.startTime}–${other.endTime}에 이미 ${other.post} 근무가 있습니다.`,
      field,
    );
  }
}
