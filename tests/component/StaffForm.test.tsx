import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { StaffForm } from '../../renderer/staff/StaffForm';
import { renderWithTheme } from './render';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/api/client', () => ({ call }));

const departments = [{ id: 3, name: '민원회계과', active: true, staffCount: 0 }];

describe('the staff form', () => {
  beforeEach(() => {
    call.mockReset();
  });

  it("shows the main process's Korean refusal beside the field it is about, and keeps the form open", async () => {
    call.mockResolvedValue({ ok: false, error: { code: 'conflict', message: "같은 부서에 '홍길동' 직원이 이미 있습니다.", field: 'name' } });
    const onSaved = vi.fn();
    renderWithTheme(<StaffForm departments={departments} editing={null} onSaved={onSaved} onCancel={() => {}} />);
    await userEvent.click(screen.getByRole('combobox', { name: /부서/ }));
    await userEvent.click(await screen.findByRole('option', { name: '민원회계과' }));
    await userEvent.type(screen.getByRole('textbox', { name: /이름/ }), '홍길동{Enter}');
    const message = await screen.findByText("같은 부서에 '홍길동' 직원이 이미 있습니다.");
    expect(screen.getByRole('textbox', { name: /이름/ }).getAttribute('aria-invalid')).toBe('true');
    expect(message.id).toBe(screen.getByRole('textbox', { name: /이름/ }).getAttribute('aria-describedby')?.split(' ').find((id) => id === message.id));
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('marks a missing name and a missing department at once, before asking main', async () => {
    renderWithTheme(<StaffForm departments={departments} editing={null} onSaved={() => {}} onCancel={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: '저장' }));
    expect(await screen.findByText('이름을 입력하세요.')).toBeTruthy();
    expect(screen.getByText('부서를 선택하세요.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /이름/ }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('combobox', { name: /부서/ }).getAttribute('aria-invalid')).toBe('true');
    expect(call).not.toHaveBeenCalled();
  });

  it('sends what was typed with the keyboard, Enter saving', async () => {
    const saved = { id: 1, name: '홍길동', departmentId: 3, departmentName: '민원회계과', position: '주무관', active: true };
    call.mockResolvedValue({ ok: true, value: saved });
    const onSaved = vi.fn();
    renderWithTheme(<StaffForm departments={departments} editing={null} onSaved={onSaved} onCancel={() => {}} />);
    await userEvent.type(screen.getByRole('textbox', { name: /이름/ }), '홍길동');
    await userEvent.click(screen.getByRole('combobox', { name: /부서/ }));
    await userEvent.click(await screen.findByRole('option', { name: '민원회계과' }));
    await userEvent.type(screen.getByRole('textbox', { name: /직위/ }), '주무관{Enter}');
    expect(call).toHaveBeenCalledWith('staff.save', { id: undefined, name: '홍길동', departmentId: 3, position: '주무관', active: true });
    expect(onSaved).toHaveBeenCalledWith(saved);
  });
});
