import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TrainingForm } from '../../renderer/trainings/TrainingForm';
import { renderWithTheme } from './render';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/api/client', () => ({ call, onRecordsChanged: () => () => {} }));

describe('the training form', () => {
  beforeEach(() => call.mockReset());

  it('starts on the date picked on the calendar, takes a second session, and saves with Enter', async () => {
    call.mockResolvedValue({ ok: true, value: { id: 7 } });
    const onSaved = vi.fn();
    renderWithTheme(<TrainingForm editing={null} initialDate="2024-03-18" onSaved={onSaved} onCancel={() => {}} />);
    expect(screen.getByLabelText(/1회차 날짜/)).toHaveProperty('value', '2024.03.18.(월)');
    await userEvent.type(screen.getByRole('textbox', { name: /교육명/ }), '2024년 직원 친절교육');
    await userEvent.type(screen.getByRole('textbox', { name: /강사/ }), '김강사');
    await userEvent.type(screen.getByRole('textbox', { name: /1회차 장소/ }), '대강당');
    await userEvent.click(screen.getByRole('button', { name: '회차 추가' }));
    fireEvent.change(screen.getByLabelText(/2회차 날짜/), { target: { value: '2024-03-20' } });
    await userEvent.type(screen.getByRole('textbox', { name: /교육명/ }), '{Enter}');

    await vi.waitFor(() => expect(call).toHaveBeenCalled());
    expect(call).toHaveBeenCalledWith('trainings.save', {
      id: undefined,
      title: '2024년 직원 친절교육',
      kind: 'kindness',
      instructor: '김강사',
      attendanceMode: 'person',
      note: '',
      sessions: [
        { id: undefined, date: '2024-03-18', startTime: '14:00', endTime: '16:00', place: '대강당' },
        // A new session copies the time and place of the one above it: most trainings repeat them.
        { id: undefined, date: '2024-03-20', startTime: '14:00', endTime: '16:00', place: '대강당' },
      ],
    });
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith({ id: 7 }));
  });

  it("shows the main process's Korean refusal beside the session field it is about", async () => {
    call.mockResolvedValue({ ok: false, error: { code: 'invalid_input', message: '종료 시각은 시작 시각보다 늦어야 합니다.', field: 'sessions.0.endTime' } });
    const onSaved = vi.fn();
    renderWithTheme(<TrainingForm editing={null} initialDate="2024-03-18" onSaved={onSaved} onCancel={() => {}} />);
    await userEvent.type(screen.getByRole('textbox', { name: /교육명/ }), '친절교육{Enter}');
    const message = await screen.findByText('종료 시각은 시작 시각보다 늦어야 합니다.');
    expect(screen.getByRole('spinbutton', { name: '1회차 종료 시' }).getAttribute('aria-describedby')).toContain(message.id);
    expect(onSaved).not.toHaveBeenCalled();
  });
});
