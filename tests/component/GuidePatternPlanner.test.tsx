import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { GuideHelper } from '../../shared/contract/guides';
import { PatternPlanner } from '../../renderer/guides/PatternPlanner';
import { renderWithTheme } from './render';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/api/client', () => ({ call }));

const kim: GuideHelper = { id: 7, name: '김순자', contact: '', kind: 'seniorJob', activeFrom: '2025-01-01', activeTo: null, quotaHoursPerDay: 3, quotaDaysPerMonth: 10, note: '' };
const preview = {
  create: [
    { date: '2025-03-04', slot: 'morning', startTime: '09:00', endTime: '12:00' },
    { date: '2025-03-05', slot: 'morning', startTime: '09:00', endTime: '12:00' },
  ],
  skipped: [{ date: '2025-03-03', slot: 'morning', startTime: '09:00', endTime: '12:00', reason: '대체공휴일(3ㆍ1절)' }],
};

async function pickKim() {
  await userEvent.click(screen.getByRole('combobox', { name: /도우미/ }));
  await userEvent.click(await screen.findByRole('option', { name: '김순자' }));
}

describe('planning a month from a pattern', () => {
  beforeEach(() => call.mockReset());

  it('previews the month with the holidays it skips, then lays down exactly that plan', async () => {
    call.mockImplementation(async (channel: string) => (channel === 'guides.previewPattern' || channel === 'guides.applyPattern' ? { ok: true, value: preview } : { ok: false }));
    const onApplied = vi.fn();
    renderWithTheme(<PatternPlanner month="2025-03" helpers={[kim]} onApplied={onApplied} onCancel={() => {}} />);
    await pickKim();
    await userEvent.click(screen.getByRole('checkbox', { name: /오후 13:00–18:00/ }));
    await userEvent.click(screen.getByRole('button', { name: '미리 보기' }));

    const expected = { from: '2025-03-01', until: '2025-03-31', weekdays: [1, 2, 3, 4, 5], slots: ['morning', 'afternoon'], post: '1층 안내데스크', helperId: 7, includeNonWorkingDays: false };
    expect(call).toHaveBeenCalledWith('guides.previewPattern', expected);
    const region = await screen.findByRole('region', { name: '배치 미리 보기' });
    expect(region.textContent).toContain('새로 만들 근무 2건 (2일 · 인정 6시간)');
    expect(region.textContent).toContain('3.3.(월) 오전 — 대체공휴일(3ㆍ1절)');

    await userEvent.click(screen.getByRole('button', { name: '2건 배치' }));
    expect(call).toHaveBeenLastCalledWith('guides.applyPattern', expected);
    expect(onApplied).toHaveBeenCalledWith(2);
  });

  it('drops the preview when the pattern changes, so nothing unseen is confirmed', async () => {
    call.mockResolvedValue({ ok: true, value: preview });
    renderWithTheme(<PatternPlanner month="2025-03" helpers={[kim]} onApplied={() => {}} onCancel={() => {}} />);
    await pickKim();
    await userEvent.click(screen.getByRole('button', { name: '미리 보기' }));
    await screen.findByRole('button', { name: '2건 배치' });
    await userEvent.click(screen.getByRole('checkbox', { name: '금' }));
    expect(screen.queryByRole('region', { name: '배치 미리 보기' })).toBeNull();
    expect(screen.getByRole('button', { name: '미리 보기' })).toBeTruthy();
  });

  it('plans for N weeks instead of to a date, and shows the main process’s refusal beside its field', async () => {
    call.mockResolvedValue({ ok: false, error: { code: 'conflict', message: '김순자 도우미는 3.10.부터 활동하지 않습니다.', field: 'helperId' } });
    renderWithTheme(<PatternPlanner month="2025-03" helpers={[kim]} onApplied={() => {}} onCancel={() => {}} />);
    await pickKim();
    await userEvent.click(screen.getByRole('radio', { name: 'N주 동안' }));
    fireEvent.change(screen.getByLabelText('시작일'), { target: { value: '2025-03-10' } });
    await userEvent.click(screen.getByRole('button', { name: '미리 보기' }));
    expect(call).toHaveBeenCalledWith('guides.previewPattern', expect.objectContaining({ from: '2025-03-10', weeks: 4, helperId: 7 }));
    expect(call.mock.calls[0][1]).not.toHaveProperty('until');
    const message = await screen.findByText('김순자 도우미는 3.10.부터 활동하지 않습니다.');
    expect(screen.getByRole('combobox', { name: /도우미/ }).getAttribute('aria-describedby')).toContain(message.id);
  });

  it('checks the pattern before asking main: no helper and no weekday are both marked at once', async () => {
    renderWithTheme(<PatternPlanner month="2025-03" helpers={[kim]} onApplied={() => {}} onCancel={() => {}} />);
    for (const day of ['월', '화', '수', '목', '금']) await userEvent.click(screen.getByRole('checkbox', { name: day }));
    await userEvent.click(screen.getByRole('button', { name: '미리 보기' }));
    expect(await screen.findByText('도우미를 선택하세요.')).toBeTruthy();
    expect(screen.getByText('요일을 하나 이상 선택하세요.')).toBeTruthy();
    expect(call).not.toHaveBeenCalled();
  });
});
