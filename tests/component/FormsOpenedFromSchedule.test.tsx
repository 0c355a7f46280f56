import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppStateProvider } from '../../renderer/app/SessionContext';
import { InterpretationPage } from '../../renderer/interpretation/InterpretationPage';
import { TrainingsPage } from '../../renderer/trainings/TrainingsPage';
import { renderWithTheme } from './render';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/api/client', () => ({ call, onRecordsChanged: () => () => {}, onSessionRefusal: () => () => {} }));

const answers: Record<string, unknown> = {
  'session.current': { staffId: 1, name: '홍길동' },
  'settings.get': null,
  'staff.list': [{ id: 1, name: '홍길동', departmentId: 1, departmentName: '민원회계과', position: '', active: true }],
  'interpretation.defaults': { language: 'vi', methodId: 1 },
  'interpretation.methods.list': [{ id: 1, name: '민원통역관(직원)', active: true, useCount: 3 }],
  'trainings.yearLine': { text: '' },
  'healing.yearLine': { text: '' },
};

/** What the 일정 view does when a day's 교육 등록, 힐링프로그램 등록 or 통역 예약 is chosen. */
const arriveFromSchedule = (hash: string) => window.history.replaceState(null, '', hash);

describe('a form opened from the 일정 view on the day clicked there', () => {
  beforeEach(() => {
    call.mockReset();
    call.mockImplementation(async (channel: string) => ({ ok: true, value: channel in answers ? answers[channel] : [] }));
    arriveFromSchedule('#/');
  });

  it('opens a new training with its first session on that day, and takes the day out of the address so a reload does not reopen it', async () => {
    arriveFromSchedule('#/trainings?newTraining=2025-03-04');
    renderWithTheme(<TrainingsPage />);
    const dialog = await screen.findByRole('dialog', { name: '교육 등록' });
    expect((within(dialog).getByLabelText(/1회차 날짜/) as HTMLInputElement).value).toBe('2025.03.04.(화)');
    expect(window.location.hash).toBe('#/trainings');
  });

  it('opens a new healing program on that day, with that year’s programs behind it', async () => {
    arriveFromSchedule('#/trainings?newHealing=2025-03-04');
    renderWithTheme(<TrainingsPage />);
    const dialog = await screen.findByRole('dialog', { name: '힐링프로그램 등록' });
    expect((await within(dialog).findByLabelText(/날짜/) as HTMLInputElement).value).toBe('2025.03.04.(화)');
    expect(screen.getByRole('tab', { name: '힐링프로그램', selected: true })).toBeTruthy();
    expect(call).toHaveBeenCalledWith('healing.list', { year: 2025 });
    expect(window.location.hash).toBe('#/trainings');
  });

  it('also answers a day sent while the page is already open', async () => {
    window.history.replaceState(null, '', '#/trainings');
    renderWithTheme(<TrainingsPage />);
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => {
      arriveFromSchedule('#/trainings?newTraining=2025-04-10');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    const dialog = await screen.findByRole('dialog', { name: '교육 등록' });
    expect((within(dialog).getByLabelText(/1회차 날짜/) as HTMLInputElement).value).toBe('2025.04.10.(목)');
  });

  it('opens nothing for a day that is not on the calendar, and drops it from the address', async () => {
    arriveFromSchedule('#/trainings?newTraining=2025-02-30');
    renderWithTheme(<TrainingsPage />);
    await screen.findByRole('tab', { name: '교육 목록' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(window.location.hash).toBe('#/trainings');
  });

  it('opens a booking on that day in the booking calendar, showing its month', async () => {
    arriveFromSchedule('#/interpretation?book=2025-03-04');
    renderWithTheme(
      <AppStateProvider>
        <InterpretationPage />
      </AppStateProvider>,
    );
    const dialog = await screen.findByRole('dialog', { name: '통역 예약' });
    expect((within(dialog).getByRole('textbox', { name: /날짜/ }) as HTMLInputElement).value).toBe('2025.03.04.(화)');
    expect(screen.getByRole('tab', { name: '예약 달력', selected: true })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '2025년 3월' })).toBeTruthy();
    expect(window.location.hash).toBe('#/interpretation');
  });
});
