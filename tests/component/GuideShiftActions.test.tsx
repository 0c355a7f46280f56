import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { GuideHelper, GuideShift } from '../../shared/contract/guides';
import { ShiftActions } from '../../renderer/guides/ShiftActions';
import { renderWithTheme } from './render';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/api/client', () => ({ call }));

const helper = (id: number, name: string): GuideHelper => ({ id, name, contact: '', kind: 'volunteer', activeFrom: '2025-01-01', activeTo: null, quotaHoursPerDay: null, quotaDaysPerMonth: null, note: '' });
const helpers = [helper(1, '김순자'), helper(2, '박영수'), helper(3, '이말순')];
const shift = (id: number, helperId: number, date: string, over: Partial<GuideShift> = {}): GuideShift => ({
  id, date, slot: 'morning', startTime: '09:00', endTime: '12:00', post: '1층 안내데스크', helperId, helperName: helpers[helperId - 1].name,
  status: 'planned', replacementHelperId: null, replacementName: null, note: '', minutes: 180, ...over,
});
const mine = shift(10, 1, '2025-03-04');
const others = [mine, shift(11, 1, '2025-03-05'), shift(12, 2, '2025-03-06'), shift(13, 3, '2025-03-07', { status: 'done' })];

describe('acting on a shift', () => {
  beforeEach(() => {
    call.mockReset();
    call.mockResolvedValue({ ok: true, value: {} });
  });

  it('marks it done, or replaced by the helper chosen', async () => {
    const onChanged = vi.fn();
    renderWithTheme(<ShiftActions shift={mine} helpers={helpers} others={others} onChanged={onChanged} onEdit={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: '완료' }));
    expect(call).toHaveBeenLastCalledWith('guides.setShiftStatus', { id: 10, status: 'done', replacementHelperId: null });
    await userEvent.click(screen.getByRole('combobox', { name: '대체 도우미' }));
    expect(screen.queryByRole('option', { name: '김순자' })).toBeNull();
    await userEvent.click(await screen.findByRole('option', { name: '이말순' }));
    await userEvent.click(screen.getByRole('button', { name: '대체 처리' }));
    expect(call).toHaveBeenLastCalledWith('guides.setShiftStatus', { id: 10, status: 'replaced', replacementHelperId: 3 });
    expect(onChanged).toHaveBeenCalledTimes(2);
  });

  it('offers as swap partners only other helpers’ planned shifts', async () => {
    renderWithTheme(<ShiftActions shift={mine} helpers={helpers} others={others} onChanged={() => {}} onEdit={() => {}} />);
    await userEvent.click(screen.getByRole('combobox', { name: '맞바꿀 근무' }));
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['3.6.(목) 오전 09:00–12:00 박영수 · 1층 안내데스크 (예정)']);
    await userEvent.click(options[0]);
    await userEvent.click(screen.getByRole('button', { name: '맞바꾸기' }));
    expect(call).toHaveBeenLastCalledWith('guides.swapShifts', { firstId: 10, secondId: 12 });
  });

  it('keeps a refusal on screen beside its field', async () => {
    call.mockResolvedValue({ ok: false, error: { code: 'conflict', message: '3.8.은(는) 주말입니다. 휴일에 배치하려면 \'휴일 근무\'를 선택하세요.', field: 'date' } });
    const onChanged = vi.fn();
    renderWithTheme(<ShiftActions shift={mine} helpers={helpers} others={others} onChanged={onChanged} onEdit={() => {}} />);
    await userEvent.clear(screen.getByLabelText('옮길 날짜'));
    await userEvent.type(screen.getByLabelText('옮길 날짜'), '2025-03-08');
    await userEvent.click(screen.getByRole('button', { name: '옮기기' }));
    expect(call).toHaveBeenLastCalledWith('guides.moveShift', { id: 10, date: '2025-03-08', onNonWorkingDay: false });
    expect(await screen.findByText("3.8.은(는) 주말입니다. 휴일에 배치하려면 '휴일 근무'를 선택하세요.")).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: '휴일 근무 (주말)' })).toBeTruthy();
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('offers no move or swap once the shift is done, only a way back to planned', async () => {
    renderWithTheme(<ShiftActions shift={{ ...mine, status: 'done' }} helpers={helpers} others={others} onChanged={() => {}} onEdit={() => {}} />);
    expect(screen.queryByRole('button', { name: '옮기기' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '예정으로 되돌리기' }));
    expect(call).toHaveBeenLastCalledWith('guides.setShiftStatus', { id: 10, status: 'planned', replacementHelperId: null });
  });
});
