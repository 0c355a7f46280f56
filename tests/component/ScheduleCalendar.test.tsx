import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SchedulePage } from '../../renderer/schedule/SchedulePage';
import { renderWithTheme } from './render';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/api/client', () => ({ call, onRecordsChanged: () => () => {} }));

const shift = {
  id: 1, date: '2025-03-04', slot: 'morning', startTime: '09:00', endTime: '12:00', post: '1층 안내데스크', helperId: 1, helperName: '김순자',
  status: 'planned', replacementHelperId: null, replacementName: null, note: '', minutes: 180,
};
const answers: Record<string, unknown> = {
  'guides.helpers': [{ id: 1, name: '김순자', contact: '', kind: 'seniorJob', activeFrom: '2025-01-01', activeTo: null, quotaHoursPerDay: 3, quotaDaysPerMonth: 10, note: '' }],
  'guides.shifts': [shift],
  'trainings.sessionsBetween': [{ trainingId: 3, sessionId: 5, title: '친절교육', kindLabel: '친절교육', date: '2025-03-18', startTime: '14:00', endTime: '16:00', place: '대회의실' }],
  'healing.programsBetween': [{ id: 2, date: '2025-03-21', place: '태종대', activity: '숲길 걷기', participants: 20 }],
  'interpretation.bookings': [
    { id: 4, date: '2025-03-12', time: '10:30', languageLabel: '베트남어', methodLabel: '전화', taskLabel: '전입신고', status: '예약' },
    { id: 5, date: '2025-03-13', time: '11:00', languageLabel: '영어', methodLabel: '대면', taskLabel: '여권', status: '취소' },
  ],
};

describe('the combined 일정 view', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-12T01:00:00Z'));
    call.mockReset();
    call.mockImplementation(async (channel: string) => ({ ok: true, value: answers[channel] ?? [] }));
  });
  afterEach(() => vi.useRealTimers());

  it('shows shifts, trainings, healing programs and booked interpretation together, holidays named', async () => {
    renderWithTheme(<SchedulePage />);
    const calendar = screen.getByRole('group', { name: '2025년 3월 일정' });
    expect(await within(calendar).findByRole('button', { name: /3월 4일 \(화\) 안내 도우미 오전 09:00–12:00 김순자/ })).toBeTruthy();
    expect(within(calendar).getByRole('button', { name: /교육 14:00–16:00 친절교육 \(친절교육\) · 대회의실/ })).toBeTruthy();
    expect(within(calendar).getByRole('button', { name: /힐링프로그램 숲길 걷기 · 태종대 · 20명/ })).toBeTruthy();
    expect(within(calendar).getByRole('button', { name: /통역 예약 10:30 베트남어 전화/ })).toBeTruthy();
    expect(within(calendar).queryByRole('button', { name: /영어/ })).toBeNull();
    expect(within(calendar).getByText('대체공휴일(3ㆍ1절)')).toBeTruthy();
    expect(call).toHaveBeenCalledWith('interpretation.bookings', { from: '2025-02-23', to: '2025-04-05' });
  });

  it('filters by kind', async () => {
    renderWithTheme(<SchedulePage />);
    await screen.findByRole('button', { name: /김순자/ });
    await userEvent.click(screen.getByRole('checkbox', { name: '안내 도우미' }));
    expect(screen.queryByRole('button', { name: /김순자/ })).toBeNull();
    expect(screen.getByRole('button', { name: /친절교육/ })).toBeTruthy();
    await userEvent.click(screen.getByRole('checkbox', { name: '교육' }));
    expect(screen.queryByRole('button', { name: /친절교육/ })).toBeNull();
  });

  it('switches to the week of today with full details, and moves week by week', async () => {
    renderWithTheme(<SchedulePage />);
    await userEvent.click(screen.getByRole('radio', { name: '주' }));
    expect(await screen.findByRole('group', { name: '3월 9일 (일) ~ 3월 15일 (토) 일정' })).toBeTruthy();
    expect(await screen.findByText('통역 예약 10:30 베트남어 전화 · 전입신고 (예약)')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '이전 주' }));
    expect(await screen.findByText('안내 도우미 오전 09:00–12:00 김순자 · 1층 안내데스크')).toBeTruthy();
  });

  it('opens the shift form on the clicked date, and sends other kinds to their own form on that date', async () => {
    renderWithTheme(<SchedulePage />);
    await userEvent.click(screen.getByRole('button', { name: '3월 20 일 (목) 일정 추가' }));
    await userEvent.click(await screen.findByRole('button', { name: '안내 도우미 근무 추가' }));
    const form = await screen.findByRole('dialog', { name: /근무 추가 · 3월 20일 \(목\)/ });
    expect((within(form).getByLabelText(/근무일/) as HTMLInputElement).value).toBe('2025.03.20.(목)');
    await userEvent.click(within(form).getByRole('button', { name: '취소' }));

    await userEvent.click(screen.getByRole('button', { name: '3월 21 일 (금) 일정 추가' }));
    await userEvent.click(await screen.findByRole('button', { name: '힐링프로그램 등록' }));
    expect(window.location.hash).toBe('#/trainings?newHealing=2025-03-21');

    await userEvent.click(screen.getByRole('button', { name: '3월 4 일 (화) 일정 추가' }));
    await userEvent.click(await screen.findByRole('button', { name: '통역 예약' }));
    expect(window.location.hash).toBe('#/interpretation?book=2025-03-04');
  });
});
