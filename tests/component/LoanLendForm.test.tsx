import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Wheelchair } from '../../shared/contract/loans';
import { AppStateProvider } from '../../renderer/app/SessionContext';
import { LendForm } from '../../renderer/loans/LendForm';
import { renderWithTheme } from './render';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/api/client', () => ({ call }));

const free: Wheelchair[] = [
  { id: 4, assetNumber: 'W-04', kind: 'manual', note: '', status: 'available', updatedAt: '' },
  { id: 7, assetNumber: 'W-07', kind: 'electric', note: '', status: 'available', updatedAt: '' },
];
const staff = [{ id: 3, name: '김담당' }];
const settings = { officeName: '', departmentName: '', teamName: '', extension: '', defaultLoanDays: 7, retentionYears: 3, uiFontSize: 16, termFrom: '2022-07', termTo: '2026-06' };

/** The main process as the form meets it: who is at the PC, the settings, and the answers under test. */
function mainAnswers(answers: Record<string, unknown>) {
  call.mockImplementation(async (channel: string) => {
    if (channel === 'session.current') return { ok: true, value: { staffId: 3, name: '김담당', departmentName: '민원회계과' } };
    if (channel === 'settings.get') return { ok: true, value: settings };
    if (channel in answers) return answers[channel];
    return { ok: true, value: [] };
  });
}

const renderForm = (onSaved = vi.fn()) => {
  renderWithTheme(
    <AppStateProvider>
      <LendForm freeWheelchairs={free} staff={staff} onSaved={onSaved} onCancel={() => {}} />
    </AppStateProvider>,
  );
  return onSaved;
};

const lendCalls = () => call.mock.calls.filter(([channel]) => channel === 'loans.lend');

describe('the quick lend form', () => {
  beforeEach(() => call.mockReset());

  it('is filled with the keyboard only: name, Tab, phone, Tab to consent, Space, Enter saves', async () => {
    const saved = { id: 9, assetNumber: 'W-04', dueDate: '2024-06-10', lentByName: '김담당' };
    mainAnswers({ 'loans.lend': { ok: true, value: saved } });
    const onSaved = renderForm();
    await waitFor(() => expect(screen.getByRole('combobox', { name: '대여 직원' })).toHaveProperty('value', '김담당'));
    const user = userEvent.setup();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: '대여자 성명' }));
    await user.keyboard('홍길동');
    await user.tab();
    await user.keyboard('010-1234-5678');
    await user.tab(); // 대여자 구분: 본인 (already chosen)
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: /개인정보 수집·이용 동의/ }));
    await user.keyboard(' ');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(lendCalls()[0][1]).toMatchObject({
      wheelchairId: 4,
      borrowerName: '홍길동',
      borrowerPhone: '010-1234-5678',
      relation: 'self',
      consent: true,
      idChecked: false,
      purpose: 'outside',
      lentBy: 3,
    });
    expect(onSaved.mock.calls[0][0]).toMatchObject({ fullName: '홍길동', fullPhone: '010-1234-5678' });
  });

  it("shows the main's refusal of personal data without consent beside the consent box, and stays open", async () => {
    mainAnswers({
      'loans.lend': { ok: false, error: { code: 'invalid_input', field: 'consent', message: '개인정보 수집·이용 동의를 받아야 대여자 성명과 연락처를 저장할 수 있습니다.' } },
    });
    const onSaved = renderForm();
    await userEvent.type(screen.getByRole('textbox', { name: '대여자 성명' }), '홍길동{Enter}');
    const message = await screen.findByText('개인정보 수집·이용 동의를 받아야 대여자 성명과 연락처를 저장할 수 있습니다.');
    const consent = screen.getByRole('checkbox', { name: /개인정보 수집·이용 동의/ });
    expect(consent.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("warns about the person's earlier late return as soon as the phone is typed", async () => {
    mainAnswers({
      'loans.borrowerHistory': {
        ok: true,
        value: [{ loanId: 2, assetNumber: 'W-01', startedAt: '2024-06-03 10:00', dueDate: '2024-06-10', returnedAt: '2024-06-14 10:00', daysOverdue: 4 }],
      },
    });
    renderForm();
    await userEvent.type(screen.getByRole('textbox', { name: '연락처' }), '01012345678');
    expect(await screen.findByText('이전 대여에서 반납이 늦었던 분입니다')).toBeTruthy();
    expect(screen.getByText(/W-01 · 6\.3\. 대여 · 반납 예정 6\.10\. · 6\.14\. 반납 \(4일 늦음\)/)).toBeTruthy();
  });

  it('shows the due date the record will get, past the substitute holiday of 2024-05-06', async () => {
    mainAnswers({});
    renderForm();
    fireEvent.change(screen.getByLabelText('대여일'), { target: { value: '2024-04-29' } });
    await waitFor(() => expect(screen.getByTestId('due-date').textContent).toBe('2024.05.07.(화)'));
    await userEvent.click(screen.getByRole('radio', { name: '민원실 내 이용' }));
    expect(screen.getByTestId('due-date').textContent).toBe('2024.04.29.(월)');
  });
});
