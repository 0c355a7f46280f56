import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { GuideHelper } from '../../shared/contract/guides';
import { ShiftForm } from '../../renderer/guides/ShiftForm';
import { renderWithTheme } from './render';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/api/client', () => ({ call }));

const helper = (id: number, name: string, activeFrom = '2025-01-01', activeTo: string | null = null): GuideHelper => ({
  id, name, contact: '', kind: 'volunteer', activeFrom, activeTo, quotaHoursPerDay: null, quotaDaysPerMonth: null, note: '',
});
const helpers = [helper(1, '김순자'), helper(2, '박영수'), helper(3, '이말순', '2025-04-01')];

describe('the shift form', () => {
  beforeEach(() => call.mockReset());

  it('opens on the clicked date, offers only helpers active that day, and saves with Enter', async () => {
    call.mockResolvedValue({ ok: true, value: { id: 9 } });
    const onSaved = vi.fn();
    renderWithTheme(<ShiftForm helpers={helpers} editing={null} initialDate="2025-03-04" onSaved={onSaved} onCancel={() => {}} />);
    expect((screen.getByLabelText(/근무일/) as HTMLInputElement).value).toBe('2025.03.04.(화)');
    await userEvent.click(screen.getByRole('radio', { name: '오후' }));
    await userEvent.click(screen.getByRole('combobox', { name: /도우미/ }));
    expect(screen.queryByRole('option', { name: '이말순' })).toBeNull();
    await userEvent.click(await screen.findByRole('option', { name: '박영수' }));
    await userEvent.type(screen.getByRole('textbox', { name: /메모/ }), '신규 교육{Enter}');
    expect(call).toHaveBeenCalledWith('guides.saveShift', {
      id: undefined, date: '2025-03-04', slot: 'afternoon', post: '1층 안내데스크', helperId: 2, note: '신규 교육', onNonWorkingDay: false,
    });
    expect(onSaved).toHaveBeenCalled();
  });

  it('names the holiday and asks before putting a shift on it', async () => {
    call.mockResolvedValue({ ok: true, value: { id: 9 } });
    renderWithTheme(<ShiftForm helpers={helpers} editing={null} initialDate="2025-03-03" onSaved={() => {}} onCancel={() => {}} />);
    const holiday = screen.getByRole('checkbox', { name: '휴일 근무 (대체공휴일(3ㆍ1절))' });
    fireEvent.change(screen.getByLabelText(/근무일/), { target: { value: '2025-03-04' } });
    expect(screen.queryByRole('checkbox', { name: /휴일 근무/ })).toBeNull();
    fireEvent.change(screen.getByLabelText(/근무일/), { target: { value: '2025-03-03' } });
    await userEvent.click(screen.getByRole('checkbox', { name: /휴일 근무/ }));
    expect(holiday).toBeTruthy();
    await userEvent.click(screen.getByRole('combobox', { name: /도우미/ }));
    await userEvent.click(await screen.findByRole('option', { name: '김순자' }));
    await userEvent.click(screen.getByRole('button', { name: '저장' }));
    expect(call).toHaveBeenCalledWith('guides.saveShift', expect.objectContaining({ date: '2025-03-03', onNonWorkingDay: true }));
  });

  it('sends typed times for a custom slot and shows a refusal beside the date', async () => {
    call.mockResolvedValue({ ok: false, error: { code: 'conflict', message: '김순자 도우미는 3.4. 09:00–12:00에 이미 현관 근무가 있습니다.', field: 'date' } });
    renderWithTheme(<ShiftForm helpers={helpers} editing={null} initialDate="2025-03-04" onSaved={() => {}} onCancel={() => {}} />);
    await userEvent.click(screen.getByRole('radio', { name: '시간 지정' }));
    await userEvent.click(screen.getByRole('spinbutton', { name: '시작 시각 시' }));
    await userEvent.keyboard('1030');
    await userEvent.click(screen.getByRole('spinbutton', { name: '종료 시각 시' }));
    await userEvent.keyboard('1400');
    await userEvent.click(screen.getByRole('combobox', { name: /도우미/ }));
    await userEvent.click(await screen.findByRole('option', { name: '김순자' }));
    await userEvent.click(screen.getByRole('button', { name: '저장' }));
    expect(call).toHaveBeenCalledWith('guides.saveShift', expect.objectContaining({ slot: 'custom', startTime: '10:30', endTime: '14:00', helperId: 1 }));
    const message = await screen.findByText('김순자 도우미는 3.4. 09:00–12:00에 이미 현관 근무가 있습니다.');
    expect(screen.getByLabelText(/근무일/).getAttribute('aria-describedby')).toContain(message.id);
  });
});
