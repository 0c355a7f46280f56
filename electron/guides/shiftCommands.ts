import { deskToday } from '../../shared/korean/deskClock';
import type { ParsedInputOf } from '../../shared/contract/channel';
import { shiftStatusLabel, type GuideShift, type guidesContract, type ShiftStatus } from '../../shared/contract/guides';
import { monthDay } from '../../shared/korean/reportFormat';
import { UserFacingError } from '../../shared/result';
import type { Db } from '../db/connection';
import type { HelperRepository } from './helperRepository';
import { isOverlapViolation, type ShiftRepository } from './shiftRepository';
import { requireActive, requireFree, requireWorkingDay, slotWindow } from './shiftRules';
import { writeTransaction } from '../db/transactions';

type In<K extends keyof typeof guidesContract> = ParsedInputOf<(typeof guidesContract)[K]>;

const COUNTED: ShiftStatus[] = ['done', 'replaced'];

/** Every change to a shift: the rules first (with a Korean answer), then one transaction. */
export function shiftCommands(db: Db, helpers: HelperRepository, shifts: ShiftRepository, today: () => string = deskToday) {
  /** The trigger is the last line; if a race slips past the checks, the answer is still Korean. */
  const guarded = <T>(fn: () => T): T => {
    try {
      return writeTransaction(db, fn)();
    } catch (error) {
      if (isOverlapViolation(error)) throw new UserFacingError('conflict', '같은 도우미의 근무 시간이 겹칩니다. 달력을 새로 고친 뒤 다시 확인하세요.', 'date');
      throw error;
    }
  };

  const requirePlanned = (shift: GuideShift, action: string) => {
    if (shift.status !== 'planned') {
      throw new UserFacingError('conflict', `${monthDay(shift.date)} ${shift.helperName} 근무는 이미 처리되었습니다(${shiftStatusLabel[shift.status]}). ${action} 전에 상태를 예정으로 되돌리세요.`);
    }
  };

  return {
    save(input: In<'guides.saveShift'>, actorId: number | null): GuideShift {
      return guarded(() => {
        const helper = helpers.require(input.helperId);
        const window = slotWindow(input.slot, input.startTime, input.endTime);
        const fields = { date: input.date, slot: input.slot, ...window, post: input.post, helperId: input.helperId, note: input.note };
        requireWorkingDay(input.date, input.onNonWorkingDay);
        requireActive(helper, input.date);
        if (input.id === undefined) {
          requireFree(shifts, helper, fields);
          return shifts.require(shifts.insert(fields, actorId));
        }
        const current = shifts.require(input.id);
        if (current.status === 'replaced' && current.replacementHelperId === input.helperId) {
          throw new UserFacingError('conflict', '대체 도우미와 같은 사람으로 바꿀 수 없습니다. 상태를 먼저 예정으로 되돌리세요.', 'helperId');
        }
        // Whoever is expected at it after the edit must be free then; an absence expects nobody.
        if (current.status !== 'absent') {
          const expected = current.status === 'replaced' ? helpers.require(current.replacementHelperId!) : helper;
          requireFree(shifts, expected, fields, current.id);
        }
        shifts.update(current.id, fields, actorId);
        return shifts.require(current.id);
      });
    },

    move(input: In<'guides.moveShift'>, actorId: number | null): GuideShift {
      return guarded(() => {
        const shift = shifts.require(input.id);
        requirePlanned(shift, '옮기기');
        const helper = helpers.require(shift.helperId);
        requireWorkingDay(input.date, input.onNonWorkingDay);
        requireActive(helper, input.date);
        requireFree(shifts, helper, { ...shift, date: input.date }, shift.id);
        shifts.place(shift.id, { ...shift, date: input.date }, actorId);
        return shifts.require(shift.id);
      });
    },

    /** Two helpers trade shifts: each takes the other's date, times and post. */
    swap(input: In<'guides.swapShifts'>, actorId: number | null): GuideShift[] {
      return guarded(() => {
        const first = shifts.require(input.firstId, 'firstId');
        const second = shifts.require(input.secondId, 'secondId');
        requirePlanned(first, '맞바꾸기');
        requirePlanned(second, '맞바꾸기');
        if (first.helperId === second.helperId) {
          throw new UserFacingError('conflict', '같은 도우미의 근무끼리는 맞바꿀 수 없습니다. 옮기기를 쓰세요.', 'secondId');
        }
        const firstHelper = helpers.require(first.helperId);
        const secondHelper = helpers.require(second.helperId);
        requireActive(firstHelper, second.date, 'secondId');
        requireActive(secondHelper, first.date, 'secondId');
        requireFree(shifts, firstHelper, second, first.id, 'secondId');
        requireFree(shifts, secondHelper, first, second.id, 'secondId');
        // Moving places rather than helpers keeps every intermediate row free of overlaps for the trigger.
        shifts.place(first.id, second, actorId);
        shifts.place(second.id, first, actorId);
        return [shifts.require(first.id), shifts.require(second.id)];
      });
    },

    setStatus(input: In<'guides.setShiftStatus'>, actorId: number | null): GuideShift {
      return guarded(() => {
        const shift = shifts.require(input.id);
        if (input.status !== 'planned' && shift.date > today()) {
          throw new UserFacingError('conflict', `${monthDay(shift.date)} 근무는 아직 오지 않았습니다. 완료·결근·대체는 그날부터 표시할 수 있습니다.`, 'status');
        }
        if (input.status === 'replaced') {
          if (input.replacementHelperId === shift.helperId) {
            throw new UserFacingError('conflict', '대체 도우미는 원래 도우미와 다른 사람이어야 합니다.', 'replacementHelperId');
          }
          const replacement = helpers.require(input.replacementHelperId!, 'replacementHelperId');
          requireActive(replacement, shift.date, 'replacementHelperId');
          requireFree(shifts, replacement, shift, shift.id, 'replacementHelperId');
        } else if (input.status !== 'absent') {
          requireFree(shifts, helpers.require(shift.helperId), shift, shift.id, 'status');
        }
        shifts.setStatus(shift.id, input.status, input.replacementHelperId, actorId);
        return shifts.require(shift.id);
      });
    },

    remove(input: In<'guides.deleteShift'>): { id: number } {
      return guarded(() => {
        const shift = shifts.require(input.id);
        if (COUNTED.includes(shift.status)) {
          throw new UserFacingError('conflict', '완료·대체된 근무는 실적에 들어갑니다. 지우려면 먼저 상태를 예정으로 되돌리세요.');
        }
        shifts.delete(shift.id);
        return { id: shift.id };
      });
    },
  };
}

export type ShiftCommands = ReturnType<typeof shiftCommands>;
