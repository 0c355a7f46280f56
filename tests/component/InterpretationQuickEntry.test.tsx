import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dateWithWeekday, deskNow } from '../../shared/korean/deskClock';
import { AppStateProvider } from '../../renderer/app/SessionContext';
import { InterpretationQuickEntry } from '../../renderer/interpretation/InterpretationQuickEntry';
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
        <InterpretationQuickEntry />
      </AppStateProvider>,
    );
    await waitFor(() => expect(call).toHaveBeenCalledWith('session.current', {}));
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
});
