import { deskToday } from '../../shared/korean/deskClock';
import type { ParsedInputOf } from '../../shared/contract/channel';
import { shiftStatusLabel, type GuideShift, type guidesContract, type ShiftStatus } from '../../shared/contract/guides';
import { monthDay } from '../../shared/korean/reportFormat';
import { UserFacingError } from '../../shared/result';
import type { Author } from '../db/audit';
import type { Db } from '../db/schema';
import { writeTransaction } from '../db/writeTransaction';
import { helperRepository, type HelperRepository } from './helperRepository';
import { isOverlapViolation, shiftRepository, type ShiftRepository } from './shiftRepository';
import { requireActive, requireFree, requireWorkingDay, slotWindow } from './shiftRules';

type In<K extends keyof typeof guidesContract> = ParsedInputOf<(typeof guidesContract)[K]>;

const COUNTED: ShiftStatus[] = ['done', 'replaced'];

/** Every change to a shift: the rules first (with a Korean answer), then one transaction. */
export function shiftCommands(db: Db, today: () => string = deskToday) {
  /**
   * The checks and the write in one transaction, on repositories made from it. The trigger is the
   * last line; if a race slips past the checks, the answer is still Korean.
   */
  const guarded = async <T>(fn: (helpers: HelperRepository, shifts: ShiftRepository) => Promise<T>): Promise<T> => {
    try {
      return await writeTransaction(db, (trx) => fn(helperRepository(trx), shiftRepository(trx)));
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
    save(input: In<'guides.saveShift'>, author: Author): Promise<GuideShift> {
      return guarded(async (helpers, shifts) => {
        const helper = await helpers.require(input.helperId);
        const window = slotWindow(input.slot, input.startTime, input.endTime);
        const fields = { date: input.date, slot: input.slot, ...window, post: input.post, helperId: input.helperId, note: input.note };
        requireWorkingDay(input.date, input.onNonWorkingDay);
        requireActive(helper, input.date);
        if (input.id === undefined) {
          await requireFree(shifts, helper, fields);
          return shifts.require(await shifts.insert(fields, author));
        }
        const current = await shifts.require(input.id);
        if (current.status === 'replaced' && current.replacementHelperId === input.helperId) {
          throw new UserFacingError('conflict', '대체 도우미와 같은 사람으로 바꿀 수 없습니다. 상태를 먼저 예정으로 되돌리세요.', 'helperId');
        }
        // Whoever is expected at it after the edit must be free then; an absence expects nobody.
        if (current.status !== 'absent') {
          const expected = current.status === 'replaced' ? await helpers.require(current.replacementHelperId!) : helper;
          await requireFree(shifts, expected, fields, current.id);
        }
        await shifts.update(current.id, fields, author);
        return shifts.require(current.id);
      });
    },

    move(input: In<'guides.moveShift'>, author: Author): Promise<GuideShift> {
      return guarded(async (helpers, shifts) => {
        const shift = await shifts.require(input.id);
        requirePlanned(shift, '옮기기');
        const helper = await helpers.require(shift.helperId);
        requireWorkingDay(input.date, input.onNonWorkingDay);
        requireActive(helper, input.date);
        await requireFree(shifts, helper, { ...shift, date: input.date }, shift.id);
        await shifts.place(shift.id, { ...shift, date: input.date }, author);
        return shifts.require(shift.id);
      });
    },

    /** Two helpers trade shifts: each takes the other's date, times and post. */
    swap(input: In<'guides.swapShifts'>, author: Author): Promise<GuideShift[]> {
      return guarded(async (helpers, shifts) => {
        const first = await shifts.require(input.firstId, 'firstId');
        const second = await shifts.require(input.secondId, 'secondId');
        requirePlanned(first, '맞바꾸기');
        requirePlanned(second, '맞바꾸기');
        if (first.helperId === second.helperId) {
          throw new UserFacingError('conflict', '같은 도우미의 근무끼리는 맞바꿀 수 없습니다. 옮기기를 쓰세요.', 'secondId');
        }
        const firstHelper = await helpers.require(first.helperId);
        const secondHelper = await helpers.require(second.helperId);
        requireActive(firstHelper, second.date, 'secondId');
        requireActive(secondHelper, first.date, 'secondId');
        await requireFree(shifts, firstHelper, second, first.id, 'secondId');
        await requireFree(shifts, secondHelper, first, second.id, 'secondId');
        // Moving places rather than helpers keeps every intermediate row free of overlaps for the trigger.
        await shifts.place(first.id, second, author);
        await shifts.place(second.id, first, author);
        return [await shifts.require(first.id), await shifts.require(second.id)];
      });
    },

    setStatus(input: In<'guides.setShiftStatus'>, author: Author): Promise<GuideShift> {
      return guarded(async (helpers, shifts) => {
        const shift = await shifts.require(input.id);
        if (input.status !== 'planned' && shift.date > today()) {
          throw new UserFacingError('conflict', `${monthDay(shift.date)} 근무는 아직 오지 않았습니다. 완료·결근·대체는 그날부터 표시할 수 있습니다.`, 'status');
        }
        if (input.status === 'replaced') {
          if (input.replacementHelperId === shift.helperId) {
            throw new UserFacingError('conflict', '대체 도우미는 원래 도우미와 다른 사람이어야 합니다.', 'replacementHelperId');
          }
          const replacement = await helpers.require(input.replacementHelperId!, 'replacementHelperId');
          requireActive(replacement, shift.date, 'replacementHelperId');
          await requireFree(shifts, replacement, shift, shift.id, 'replacementHelperId');
        } else if (input.status !== 'absent') {
          await requireFree(shifts, await helpers.require(shift.helperId), shift, shift.id, 'status');
        }
        await shifts.setStatus(shift.id, input.status, input.replacementHelperId, author);
        return shifts.require(shift.id);
      });
    },

    remove(input: In<'guides.deleteShift'>): Promise<{ id: number }> {
      return guarded(async (_helpers, shifts) => {
        const shift = await shifts.require(input.id);
        if (COUNTED.includes(shift.status)) {
          throw new UserFacingError('conflict', '완료·대체된 근무는 실적에 들어갑니다. 지우려면 먼저 상태를 예정으로 되돌리세요.');
        }
        await shifts.delete(shift.id);
        return { id: shift.id };
      });
    },
  };
}

export type ShiftCommands = ReturnType<typeof shiftCommands>;
