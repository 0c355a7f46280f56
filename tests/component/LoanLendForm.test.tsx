import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Wheelchair } from '../../shared/contract/loans';
import { AppStateProvider } from '../../renderer/app/SessionContext';
import { LendForm } from '../../renderer/loans/LendForm';
import { renderWithTheme } from './render';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/api/client', () => ({ call, onSessionRefusal: () => () => {} }));

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

describe('the lend form checks and shows every mistake at once', () => {
  beforeEach(() => call.mockReset());

  it('a short phone, a date that is no date and a half-typed time: three messages, nothing sent', async () => {
    mainAnswers({});
    renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: '연락처' }), '010-12');
    const date = screen.getByRole('textbox', { name: '대여일' });
    await user.clear(date);
    await user.type(date, '2026.13.1');
    await user.click(screen.getByRole('spinbutton', { name: '대여 시각 분' }));
    await user.keyboard('{Backspace}');
    await user.click(screen.getByRole('button', { name: '대여 저장 (Enter)' }));
    expect(await screen.findByText('연락처는 9~11자리 숫자로 입력하세요.')).toBeTruthy();
    expect(screen.getByText('대여일을 날짜로 알아볼 수 없습니다. 2024.07.05. 또는 20240705처럼 입력하세요.')).toBeTruthy();
    expect(screen.getByText('대여 시각은 24시간제로 시와 분을 입력하세요(예: 09:30).')).toBeTruthy();
    // What was typed stays as typed, so the message speaks of what is on screen.
    expect(date).toHaveProperty('value', '2026.13.1');
    expect(lendCalls()).toHaveLength(0);
  });

  it("puts each field of main's refusal beside its own field", async () => {
    mainAnswers({
      'loans.lend': {
        ok: false,
        error: {
          code: 'invalid_input',
          field: 'borrowerName',
          message: '대여자 성명은 50자 이내로 입력하세요.',
          issues: [
            { field: 'borrowerName', message: '대여자 성명은 50자 이내로 입력하세요.' },
            { field: 'note', message: '비고는 500자 이내로 입력하세요.' },
            { field: '', message: '요청에 알 수 없는 항목이 들어 있습니다.' },
          ],
        },
      },
    });
    renderForm();
    await userEvent.type(screen.getByRole('textbox', { name: '대여자 성명' }), '홍길동{Enter}');
    const name = await screen.findByText('대여자 성명은 50자 이내로 입력하세요.');
    const note = screen.getByText('비고는 500자 이내로 입력하세요.');
    expect(screen.getByRole('textbox', { name: '대여자 성명' }).getAttribute('aria-describedby')).toContain(name.id);
    expect(screen.getByRole('textbox', { name: '비고' }).getAttribute('aria-describedby')).toContain(note.id);
    expect(screen.getByRole('alert').textContent).toBe('요청에 알 수 없는 항목이 들어 있습니다.');
  });

  it('takes the date typed as 20261202 and the time as 1430, shows 2026.12.02.(수), and sends yyyy-MM-dd and HH:mm', async () => {
    mainAnswers({ 'loans.lend': { ok: true, value: { id: 1, assetNumber: 'W-04', dueDate: '2026-12-09', lentByName: null } } });
    const onSaved = renderForm();
    const user = userEvent.setup();
    const date = screen.getByRole('textbox', { name: '대여일' });
    await user.clear(date);
    await user.type(date, '20261202');
    await user.click(screen.getByRole('spinbutton', { name: '대여 시각 시' }));
    await user.keyboard('1430');
    expect(date).toHaveProperty('value', '2026.12.02.(수)');
    await user.click(screen.getByRole('radio', { name: '민원실 내 이용' }));
    await user.click(screen.getByRole('button', { name: '대여 저장 (Enter)' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(lendCalls()[0][1]).toMatchObject({ startDate: '2026-12-02', startTime: '14:30' });
  });

  it('counts as done at the desk when the office server is gone and the loan is kept on this PC: said in yellow, nothing lost', async () => {
    mainAnswers({ 'loans.lend': { ok: false, error: { code: 'queued', message: '사무실 서버에 연결할 수 없어 이 PC에 보관했습니다.' } } });
    const onSaved = vi.fn();
    const onKept = vi.fn();
    const shown = vi.spyOn(notifications, 'show');
    renderWithTheme(
      <AppStateProvider>
        <LendForm freeWheelchairs={free} staff={staff} onSaved={onSaved} onKept={onKept} onCancel={() => {}} />
      </AppStateProvider>,
    );
    await waitFor(() => expect(screen.getByRole('combobox', { name: '대여 직원' })).toHaveProperty('value', '김담당'));
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: '민원실 내 이용' }));
    await user.click(screen.getByRole('button', { name: '대여 저장 (Enter)' }));
    await waitFor(() => expect(onKept).toHaveBeenCalled());
    expect(onSaved).not.toHaveBeenCalled();
    expect(shown).toHaveBeenCalledWith(expect.objectContaining({ color: 'yellow', title: '이 PC에 보관했습니다' }));
  });
});
