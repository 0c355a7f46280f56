import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HealingProgram } from '../../shared/contract/healing';
import type { StaffMember } from '../../shared/contract/staff';
import { HealingForm } from '../../renderer/trainings/healing/HealingForm';
import { renderWithTheme } from './render';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/api/client', () => ({ call, onRecordsChanged: () => () => {} }));

const person = (id: number, name: string): StaffMember => ({ id, name, departmentId: 1, departmentName: '민원회계과', position: '', active: true, role: 'desk', hasPin: true, createdByName: null, updatedByName: null, updatedAt: '' });
const staff = [person(1, '홍길동'), person(2, '성춘향'), person(3, '이몽룡')];
const saved = { id: 5 } as HealingProgram;

const renderForm = (editing: HealingProgram | null = null, onSaved = vi.fn()) => {
  renderWithTheme(<HealingForm editing={editing} initialDate="2024-05-17" staff={staff} onSaved={onSaved} onCancel={() => {}} />);
  return onSaved;
};
const saveCalls = () => call.mock.calls.filter(([channel]) => channel === 'healing.save');
const box = (name: RegExp) => screen.getByRole('textbox', { name }) as HTMLInputElement;

describe('the healing program form', () => {
  beforeEach(() => {
    call.mockReset();
    call.mockResolvedValue({ ok: true, value: saved });
  });

  it('starts on the day clicked, takes place, activity, count and cost, and saves with Enter', async () => {
    const onSaved = renderForm();
    expect(box(/날짜/).value).toBe('2024.05.17.(금)');
    const user = userEvent.setup();
    await user.type(box(/장소/), '태종대');
    await user.type(screen.getByRole('combobox', { name: /활동/ }), '요트');
    await user.type(box(/참여 인원/), '20');
    await user.clear(box(/비용/));
    await user.type(box(/비용/), '450000');
    expect(box(/비용/).value).toBe('450,000원');
    await user.type(box(/장소/), '{Enter}');
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
    expect(saveCalls()[0][1]).toEqual({
      id: undefined, date: '2024-05-17', place: '태종대', activity: '요트', participants: 20, participantStaffIds: [], costWon: 450000, note: '',
    });
  });

  it('marks every missing field at once and sends nothing', async () => {
    renderWithTheme(<HealingForm editing={null} staff={staff} onSaved={() => {}} onCancel={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: '저장' }));
    expect(await screen.findByText('날짜를 입력하세요.')).toBeTruthy();
    expect(screen.getByText('장소를 입력하세요.')).toBeTruthy();
    expect(screen.getByText('활동을 입력하세요.')).toBeTruthy();
    expect(screen.getByText('참여 인원을 숫자로 입력하세요.')).toBeTruthy();
    expect(box(/장소/).getAttribute('aria-invalid')).toBe('true');
    expect(saveCalls()).toHaveLength(0);
  });

  it('says why a minus sign or a decimal point is not taken, and never changes the count by itself', async () => {
    renderForm();
    const count = box(/참여 인원/);
    await userEvent.type(count, '-');
    expect(await screen.findByText('참여 인원은 1명 이상이어야 합니다.')).toBeTruthy();
    expect(count.value).toBe('');
    expect(count.getAttribute('aria-invalid')).toBe('true');
    await userEvent.type(count, '2.');
    expect(await screen.findByText('참여 인원은 정수로 입력하세요.')).toBeTruthy();
    expect(count.value).toBe('2명');
    await userEvent.click(screen.getByRole('button', { name: '저장' }));
    await waitFor(() => expect(saveCalls()).toHaveLength(0));
  });

  it('raises the count to the people named on the list, and keeps a larger count typed', async () => {
    renderForm();
    const user = userEvent.setup();
    await user.type(box(/참여 인원/), '10');
    await user.click(screen.getAllByLabelText(/참여 직원/)[0]);
    await user.click(await screen.findByRole('option', { name: '홍길동 (민원회계과)' }));
    expect(box(/참여 인원/).value).toBe('10명');
    await user.clear(box(/참여 인원/));
    await user.click(screen.getAllByLabelText(/참여 직원/)[0]);
    await user.click(await screen.findByRole('option', { name: '성춘향 (민원회계과)' }));
    expect(box(/참여 인원/).value).toBe('2명');
  });

  it('takes a line break in the memo instead of saving', async () => {
    renderForm();
    const memo = screen.getByRole('textbox', { name: /메모/ }) as HTMLTextAreaElement;
    await userEvent.type(memo, '우천 시 실내{Enter}강당으로 이동');
    expect(memo.value).toBe('우천 시 실내\n강당으로 이동');
    expect(saveCalls()).toHaveLength(0);
  });

  it("puts main's refusal beside the count it is about, and says so once saved", async () => {
    call.mockResolvedValueOnce({
      ok: false,
      error: { code: 'invalid_input', field: 'participants', message: '참여 인원은 명단에 고른 직원 수보다 적을 수 없습니다.', issues: [{ field: 'participants', message: '참여 인원은 명단에 고른 직원 수보다 적을 수 없습니다.' }] },
    });
    const program: HealingProgram = {
      id: 5, date: '2024-05-17', place: '태종대', activity: '요트', participants: 20, participantStaff: [], costWon: 0, note: '', photos: [], createdByName: null, updatedByName: null,
    };
    renderForm(program);
    await userEvent.click(screen.getByRole('button', { name: '저장' }));
    const message = await screen.findByText('참여 인원은 명단에 고른 직원 수보다 적을 수 없습니다.');
    expect(box(/참여 인원/).getAttribute('aria-describedby')).toContain(message.id);
    expect(screen.queryByText('저장했습니다.')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '저장' }));
    expect(await screen.findByText('저장했습니다.')).toBeTruthy();
    expect(saveCalls()[1][1]).toMatchObject({ id: 5 });
  });
});
