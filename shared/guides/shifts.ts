// A shift's slots and states, apart from the guides channels' schemas so the dashboard reads them without zod.

export const SHIFT_SLOTS = ['morning', 'afternoon', 'full', 'custom'] as const;
export type ShiftSlot = (typeof SHIFT_SLOTS)[number];
/** The hall's standard slots; `custom` takes the times typed on the form. */
export const slotTimes: Record<Exclude<ShiftSlot, 'custom'>, { start: string; end: string }> = {
  morning: { start: '09:00', end: '12:00' },
  afternoon: { start: '13:00', end: '18:00' },
  full: { start: '09:00', end: '18:00' },
};
export const slotLabel: Record<ShiftSlot, string> = { morning: '오전', afternoon: '오후', full: '종일', custom: '시간 지정' };

export const SHIFT_STATUSES = ['planned', 'done', 'absent', 'replaced'] as const;
export type ShiftStatus = (typeof SHIFT_STATUSES)[number];
export const shiftStatusLabel: Record<ShiftStatus, string> = { planned: '예정', done: '완료', absent: '결근', replaced: '대체' };
