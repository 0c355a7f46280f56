import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionDetail } from '../../shared/contract/trainings';
import type { Role } from '../../shared/roles';
import { AppStateProvider } from '../../renderer/app/SessionContext';
import { AttendanceEditor } from '../../renderer/trainings/AttendanceEditor';
import { renderWithTheme } from './render';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/api/client', () => ({ call, onRecordsChanged: () => () => {}, onSessionRefusal: () => () => {} }));

const departments = [
  { id: 1, name: '민원회계과', active: true, staffCount: 2 },
  { id: 2, name: '세무과', active: true, staffCount: 1 },
];
const member = (id: number, name: string, departmentId: number, departmentName: string) => ({
  id,
  name,
  departmentId,
  departmentName,
  position: '주무관',
  active: true,
  role: 'desk' as const,
  hasPin: true,
  createdByName: null,
  updatedByName: null,
  updatedAt: '',
});
const staff = [member(1, '홍길동', 1, '민원회계과'), member(2, '성춘향', 1, '민원회계과'), member(3, '이몽룡', 2, '세무과')];
const session: SessionDetail = {
  id: 11,
  date: '2024-03-18',
  startTime: '14:00',
  endTime: '16:00',
  place: '대강당',
  attendance: [],
  headCounts: [],
  totals: { present: 0, late: 0, excused: 0, absent: 0, attended: 0 },
};

describe('recording attendance for a session', () => {
  beforeEach(() => call.mockReset());

  it('adds a whole department as 출석, lets one be marked 결석 and another added by 초성, and sends the list', async () => {
    call.mockResolvedValue({ ok: true, value: {} });
    renderWithTheme(<AttendanceEditor session={session} staff={staff} departments={departments} onSaved={() => {}} />);
    await userEvent.click(screen.getByRole('combobox', { name: '부서 전체 추가' }));
    await userEvent.click(await screen.findByRole('option', { name: /민원회계과/ }));
    expect(screen.getByText(/출석 2 · 지각 0 · 공가 0 · 결석 0/)).toBeTruthy();

    await userEvent.click(within(screen.getByRole('radiogroup', { name: '성춘향 출석 상태' })).getByText('결석'));
    await userEvent.type(screen.getByRole('combobox', { name: '직원 추가' }), 'ㅇㅁㄹ');
    await userEvent.click(await screen.findByRole('option', { name: '이몽룡 (세무과)' }));
    await userEvent.click(within(screen.getByRole('radiogroup', { name: '이몽룡 출석 상태' })).getByText('지각'));
    expect(screen.getByText(/출석 1 · 지각 1 · 공가 0 · 결석 1/)).toBeTruthy();
    expect(screen.getByText(/이수 2명/)).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: '출석 저장' }));
    expect(call).toHaveBeenCalledWith('trainings.recordAttendance', {
      sessionId: 11,
      entries: [
        { staffId: 1, status: 'present' },
        { staffId: 2, status: 'absent' },
        { staffId: 3, status: 'late' },
      ],
    });
  });

  // Recording attendance is a 팀장's (access.ts): a 담당자 sees the sheet, not a form to change it.
  const recorded = { ...session, attendance: [{ staffId: 2, staffName: '성춘향', departmentId: 1, departmentName: '민원회계과', status: 'absent' as const }] };
  /** The sheet inside the app's state, with `role` signed in. */
  const sheetFor = (role: Role) => {
    call.mockImplementation(async (channel: string) =>
      channel === 'session.current' ? { ok: true, value: { staffId: 1, name: '홍길동', departmentName: '민원회계과', role, locked: false } } : { ok: true, value: null },
    );
    renderWithTheme(
      <AppStateProvider>
        <AttendanceEditor session={recorded} staff={staff} departments={departments} onSaved={() => {}} />
      </AppStateProvider>,
    );
  };

  it("shows a 담당자 the session's attendance with every control disabled, says why, and offers no save", async () => {
    sheetFor('desk');
    expect(await screen.findByText(/팀장 또는 관리자만 할 수 있는 일입니다\. 지금 로그인한 사람은 담당자입니다\. 보기만 할 수 있습니다\./)).toBeTruthy();
    const absent = within(screen.getByRole('radiogroup', { name: '성춘향 출석 상태' })).getByRole('radio', { name: '결석' }) as HTMLInputElement;
    expect(absent.checked).toBe(true);
    expect(absent.matches(':disabled')).toBe(true);
    expect((screen.getByRole('combobox', { name: '직원 추가' }) as HTMLInputElement).matches(':disabled')).toBe(true);
    expect(screen.queryByRole('button', { name: '출석 저장' })).toBeNull();
  });

  it('gives a 팀장 the same sheet to change and save', async () => {
    sheetFor('teamLead');
    expect(await screen.findByRole('button', { name: '출석 저장' })).toBeTruthy();
    expect(screen.queryByText(/보기만 할 수 있습니다/)).toBeNull();
    expect((screen.getByRole('combobox', { name: '직원 추가' }) as HTMLInputElement).matches(':disabled')).toBe(false);
  });
});
