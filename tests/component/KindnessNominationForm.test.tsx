import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NominationForm } from '../../renderer/kindness/NominationForm';
import { renderWithTheme } from './render';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/api/client', () => ({ call }));

const person = (id: number, name: string, departmentName: string) => ({
  id, name, departmentId: 1, departmentName, position: '주무관', active: true, role: 'desk' as const, hasPin: true, createdByName: null, updatedByName: null, updatedAt: '',
});
const staff = [person(1, '홍길동', '민원회계과'), person(2, '성춘향', '세무과'), person(9, '김팀장', '민원회계과')];

describe('the nomination form', () => {
  beforeEach(() => call.mockReset());

  it('finds the person by 초성, keeps the person at the PC as the one who entered it, and saves with Enter', async () => {
    call.mockResolvedValue({ ok: true, value: { staffName: '홍길동' } });
    const onSaved = vi.fn();
    renderWithTheme(<NominationForm month="2025-03" staff={staff} currentStaffId={9} editing={null} onSaved={onSaved} />);
    await userEvent.type(screen.getByRole('combobox', { name: /추천 대상 직원/ }), 'ㅎㄱㄷ');
    await userEvent.click(await screen.findByRole('option', { name: '홍길동 (민원회계과·주무관)' }));
    const date = screen.getByLabelText(/접수일/);
    await userEvent.clear(date);
    await userEvent.type(date, '2025-03-12');
    await userEvent.type(screen.getByRole('textbox', { name: /추천 내용/ }), '홈페이지 칭찬: 전입신고 안내{Enter}');
    expect(call).toHaveBeenCalledWith('kindness.saveNomination', {
      id: undefined, month: '2025-03', staffId: 1, source: 'resident_homepage', evidence: '홈페이지 칭찬: 전입신고 안내', receivedOn: '2025-03-12', enteredById: 9,
    });
    expect(onSaved).toHaveBeenCalled();
  });

  it("puts the main's Korean refusal beside the field it is about", async () => {
    call.mockResolvedValue({ ok: false, error: { code: 'invalid_input', message: '추천 대상 직원을 선택하세요.', field: 'staffId' } });
    renderWithTheme(<NominationForm month="2025-03" staff={staff} currentStaffId={null} editing={null} onSaved={() => {}} />);
    await userEvent.type(screen.getByRole('textbox', { name: /추천 내용/ }), '동료 추천{Enter}');
    expect(await screen.findByText('추천 대상 직원을 선택하세요.')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: /추천 대상 직원/ }).getAttribute('aria-invalid')).toBe('true');
  });
});
