import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GuideHelper } from '../../shared/contract/guides';
import { MonthRoster } from '../../renderer/guides/MonthRoster';
import { ShiftForm } from '../../renderer/guides/ShiftForm';
import { renderWithTheme } from './render';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/api/client', () => ({ call, onRecordsChanged: () => () => {} }));

const helper: GuideHelper = {
  id: 1, name: '김순자', contact: '', kind: 'seniorJob', activeFrom: '2025-01-01', activeTo: null, quotaHoursPerDay: 3, quotaDaysPerMonth: 10, note: '',
};
const shift = (id: number, date: string) => ({
  id, date, slot: 'full', startTime: '09:00', endTime: '18:00', post: '1층 안내데스크', helperId: 1, helperName: '김순자',
  status: 'planned', replacementHelperId: null, replacementName: null, note: '', minutes: 480,
});
const summaries: Record<string, unknown> = {
  '2025-03': {
    month: '2025-03', workingDays: 19, uncoveredDays: ['2025-03-31'],
    totals: [{ helperId: 1, name: '김순자', kind: 'seniorJob', quotaHoursPerDay: 3, quotaDaysPerMonth: 10, plannedDays: 1, plannedMinutes: 480, doneDays: 0, doneMinutes: 0, absences: 0 }],
  },
  '2025-04': { month: '2025-04', workingDays: 22, uncoveredDays: ['2025-04-02'], totals: [] },
};

describe('the guides roster', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-31T01:00:00Z'));
    call.mockReset();
    call.mockImplementation(async (channel: string, input: { month?: string; from?: string }) => {
      if (channel === 'guides.monthSummary') return { ok: true, value: summaries[input.month!] };
      if (channel === 'guides.shifts') return { ok: true, value: [shift(7, '2025-04-01')] };
      return { ok: true, value: [] };
    });
  });
  afterEach(() => vi.useRealTimers());

  it('shows a week across two months with both months’ gaps flagged, and adds a shift on the clicked day', async () => {
    renderWithTheme(<MonthRoster helpers={[helper]} />);
    expect(await screen.findByRole('group', { name: '2025년 3월 근무표' })).toBeTruthy();
    await userEvent.click(screen.getByRole('radio', { name: '주' }));
    const week = await screen.findByRole('group', { name: '3월 30일 (일) ~ 4월 5일 (토) 근무표' });
    expect(call).toHaveBeenCalledWith('guides.shifts', { from: '2025-03-30', to: '2025-04-05' });
    expect(await within(week).findByText('종일 09:00–18:00 김순자 · 1층 안내데스크')).toBeTruthy();
    expect(await within(week).findAllByText('미배치')).toHaveLength(2);
    await userEvent.click(within(week).getByRole('button', { name: '4월 2 일 (수) 근무 추가' }));
    const form = await screen.findByRole('dialog', { name: /근무 추가 · 4월 2일 \(수\)/ });
    expect((within(form).getByLabelText(/근무일/) as HTMLInputElement).value).toBe('2025.04.02.(수)');
    await userEvent.click(within(form).getByRole('button', { name: '취소' }));
    await userEvent.click(screen.getByRole('button', { name: '다음 주' }));
    expect(await screen.findByRole('group', { name: '4월 6일 (일) ~ 4월 12일 (토) 근무표' })).toBeTruthy();
  });

  it('tells the coordinator how hours are counted, beside the quotas', async () => {
    renderWithTheme(<MonthRoster helpers={[helper]} />);
    expect(await screen.findByText(/점심시간\(12:00–13:00\)을 빼고 셉니다.*종일 09:00–18:00 = 8시간/)).toBeTruthy();
  });
});

describe('the shift form’s hour count', () => {
  it('shows the hours a slot counts for, lunch left out, and follows typed times', async () => {
    renderWithTheme(<ShiftForm helpers={[helper]} editing={null} initialDate="2025-03-04" onSaved={() => {}} onCancel={() => {}} />);
    const note = screen.getByRole('note', { name: '인정 시간' });
    expect(note.textContent).toBe('09:00–12:00 · 인정 3시간');
    await userEvent.click(screen.getByRole('radio', { name: '종일' }));
    expect(note.textContent).toBe('09:00–18:00 · 인정 8시간 (점심시간 12:00–13:00 제외)');
    await userEvent.click(screen.getByRole('radio', { name: '시간 지정' }));
    expect(note.textContent).toBe('10:00–15:00 · 인정 4시간 (점심시간 12:00–13:00 제외)');
  });
});
