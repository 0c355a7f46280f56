import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dateWithWeekday, deskNow } from '../../shared/korean/deskClock';
import { AppStateProvider } from '../../renderer/app/SessionContext';
import { DeskForms } from '../../renderer/app/DeskForms';
import { renderWithTheme } from './render';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/api/client', () => ({ call, onRecordsChanged: () => () => {}, onSessionRefusal: () => () => {} }));

const answers: Record<string, unknown> = {
  'session.current': { staffId: 1, name: '홍길동', departmentName: '민원회계과' },
  'settings.get': { officeName: '', departmentName: '', teamName: '', extension: '', defaultLoanDays: 7, retentionYears: 3, uiFontSize: 16, termFrom: '2022-07', termTo: '2026-06' },
  'interpretation.defaults': { language: 'vi', methodId: 2 },
  'interpretation.methods.list': [
    { id: 1, name: '민원통역관(직원)', active: true, useCount: 0 },
    { id: 2, name: '1345 외국인종합안내센터 3자 통화', active: true, useCount: 5 },
  ],
  'staff.list': [{ id: 1, name: '홍길동', departmentId: 1, departmentName: '민원회계과', position: '', active: true }],
  'interpretation.interpreters.list': [],
};

describe('the quick entry (F3)', () => {
  beforeEach(() => {
    call.mockReset();
    call.mockImplementation(async (channel: string) => ({ ok: true, value: answers[channel] }));
  });

  it('opens from any page with the usual language and way, now, and the person at the PC', async () => {
    renderWithTheme(
      <AppStateProvider>
        <DeskForms />
      </AppStateProvider>,
    );
    await waitFor(() => expect(call).toHaveBeenCalledWith('session.current', {}));
    // The shell's key: the form's own code may not have arrived yet (it follows the first page).
    await userEvent.keyboard('{F3}');
    const dialog = await screen.findByRole('dialog', { name: '통역 요청 기록' });
    expect(dialog).toBeTruthy();
    await waitFor(() => expect((screen.getByRole('combobox', { name: /^언어/ }) as HTMLInputElement).value).toBe('베트남어'));
    await waitFor(() => expect((screen.getByRole('combobox', { name: /지원 방법/ }) as HTMLInputElement).value).toBe('1345 외국인종합안내센터 3자 통화'));
    await waitFor(() => expect((screen.getByRole('combobox', { name: /처리 직원/ }) as HTMLInputElement).value).toBe('홍길동 (민원회계과)'));
    expect((screen.getByRole('textbox', { name: /^날짜/ }) as HTMLInputElement).value).toBe(dateWithWeekday(deskNow().date));
    expect((screen.getByRole('spinbutton', { name: '시각 시' }) as HTMLInputElement).value).toMatch(/^\d{2}$/);
    expect((screen.getByRole('spinbutton', { name: '시각 분' }) as HTMLInputElement).value).toMatch(/^\d{2}$/);
    // The usual language and way repeat from the last visitors on purpose, and the form says so.
    expect(screen.getAllByText('최근 90일 가장 많이 쓴 것으로 채워 둠')).toHaveLength(2);
    expect((screen.getByRole('radio', { name: '처리 완료' }) as HTMLInputElement).checked).toBe(true);

    // The language box has focus and no list covering the form: one Esc closes it.
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: /^언어/ }));
    expect(screen.queryByRole('listbox')).toBeNull();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('keeps a key pressed before the forms have arrived, and opens the form when they do', async () => {
    renderWithTheme(
      <AppStateProvider>
        <DeskForms />
      </AppStateProvider>,
    );
    // At once, in the same moment the shell mounts: the forms are still being fetched.
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'F3', bubbles: true }));
    expect(await screen.findByRole('dialog', { name: '통역 요청 기록' })).toBeTruthy();
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
  });

  it('gives F2 the lend form and F4 the return form, from anywhere', async () => {
    call.mockImplementation(async (channel: string) => ({
      ok: true,
      value: channel === 'loans.board' ? { today: '2026-12-02', open: [], free: [], inRepair: [], overdueCount: 0, lentToday: 0, returnedToday: 0 } : answers[channel],
    }));
    renderWithTheme(
      <AppStateProvider>
        <DeskForms />
      </AppStateProvider>,
    );
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'F2', bubbles: true }));
    expect(await screen.findByRole('dialog', { name: '휠체어 대여 (F2)' })).toBeTruthy();
    await waitFor(() => expect(call).toHaveBeenCalledWith('loans.board', {}));
  });
});
