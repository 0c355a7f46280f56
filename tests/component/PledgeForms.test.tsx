import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AwardsTab } from '../../renderer/pledge/AwardsTab';
import { BudgetTab } from '../../renderer/pledge/BudgetTab';
import { CertificationForm } from '../../renderer/pledge/CertificationForm';
import { CommunicationTab } from '../../renderer/pledge/CommunicationTab';
import { budgetTable } from '../../shared/pledge/budgetTable';
import { renderWithTheme } from './render';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/api/client', () => ({ call, onRecordsChanged: () => () => {} }));

/** Answers list queries with `lists[channel]`, and commands with `answer`. */
const answering = (lists: Record<string, unknown>, answer: unknown = { ok: true, value: {} }) =>
  call.mockImplementation(async (channel: string) => (channel in lists ? { ok: true, value: lists[channel] } : answer));

describe('a round of 국민행복민원실', () => {
  beforeEach(() => {
    call.mockReset().mockResolvedValue({ ok: true, value: {} });
  });

  it('offers the usual four steps and saves only those given a date', async () => {
    const onDone = vi.fn();
    renderWithTheme(<CertificationForm cardId={1} editing={null} onDone={onDone} />);
    await userEvent.type(screen.getByRole('textbox', { name: '재인증 신청 날짜' }), '2024-06-03');
    await userEvent.type(screen.getByRole('textbox', { name: '우수기관 선정 날짜' }), '2024-09-10{Enter}');
    expect(call).toHaveBeenCalledWith('pledge.saveCertification', {
      cardId: 1,
      id: undefined,
      name: '국민행복민원실 재인증',
      validYears: 3,
      milestones: [
        { kind: 'application', label: '', date: '2024-06-03', datePrecision: 'day' },
        { kind: 'selection', label: '', date: '2024-09-10', datePrecision: 'day' },
      ],
    });
    expect(onDone).toHaveBeenCalled();
  });

  it('dates a step to its month when 월까지만 is ticked beside it', async () => {
    renderWithTheme(<CertificationForm cardId={1} editing={null} onDone={() => {}} />);
    await userEvent.click(screen.getByRole('checkbox', { name: '현판식 개최 월까지만' }));
    await userEvent.type(screen.getByRole('textbox', { name: '현판식 개최 날짜' }), '2022-11-01{Enter}');
    expect(call).toHaveBeenCalledWith(
      'pledge.saveCertification',
      expect.objectContaining({ milestones: [{ kind: 'plaque', label: '', date: '2022-11-01', datePrecision: 'month' }] }),
    );
  });

  it("puts a step's refusal on that step's row", async () => {
    call.mockResolvedValue({ ok: false, error: { code: 'invalid_input', message: '단계 날짜가 달력에 없는 날짜입니다.', field: 'milestones.0.date' } });
    renderWithTheme(<CertificationForm cardId={1} editing={null} onDone={() => {}} />);
    await userEvent.type(screen.getByRole('textbox', { name: '현장 실사 날짜' }), '2024-02-30{Enter}');
    expect(await screen.findByText('단계 날짜가 달력에 없는 날짜입니다.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: '현장 실사 날짜' }).getAttribute('aria-invalid')).toBe('true');
  });
});

describe('수상·대외평가', () => {
  beforeEach(() => {
    call.mockReset();
  });

  it('lists an award known to its month as `2022.11월`, and saves a new one to its month when 월까지만 is ticked', async () => {
    const known = { id: 1, cardId: 1, title: '민원행정 우수기관', awardedBy: '부산광역시', outcome: '선정', date: '2022-11-01', datePrecision: 'month' };
    answering({ 'pledge.awards': [known] }, { ok: true, value: known });
    renderWithTheme(<AwardsTab cardId={1} />);
    const list = await screen.findByRole('table', { name: '수상·대외평가' });
    expect(await within(list).findByText('2022.11월')).toBeTruthy();
    await userEvent.type(screen.getByRole('textbox', { name: /수상·선정 내용/ }), '친절 민원실');
    await userEvent.click(screen.getByRole('checkbox', { name: '월까지만' }));
    await userEvent.click(screen.getByRole('button', { name: '추가' }));
    expect(call).toHaveBeenCalledWith('pledge.saveAward', expect.objectContaining({ title: '친절 민원실', datePrecision: 'month' }));
  });
});

describe('구민소통 entries', () => {
  beforeEach(() => {
    call.mockReset();
  });

  it('asks for the outlet of a press item, and shows the refusal beside it', async () => {
    answering({ 'pledge.communications': [] }, { ok: false, error: { code: 'invalid_input', message: '보도한 언론사를 입력하세요.', field: 'outlet' } });
    renderWithTheme(<CommunicationTab cardId={1} />);
    const title = await screen.findByRole('textbox', { name: /제목/ });
    await userEvent.type(title, '구청 민원실 재인증{Enter}');
    const outlet = screen.getByRole('textbox', { name: /언론사/ });
    expect(await screen.findByText('보도한 언론사를 입력하세요.')).toBeTruthy();
    expect(outlet.getAttribute('aria-invalid')).toBe('true');
  });

  it('lists a press item with a button to cite it among the references', async () => {
    answering({
      'pledge.communications': [{ id: 4, cardId: 1, date: '2024-11-28', category: 'press', title: '구청 민원실 재인증', details: '', outlet: '부산일보', referenced: false }],
    });
    renderWithTheme(<CommunicationTab cardId={1} />);
    const row = (await screen.findByText('2024.11.28.')).closest('tr')!;
    expect(within(row).getByText('부산일보')).toBeTruthy();
    await userEvent.click(within(row).getByRole('button', { name: '구청 민원실 재인증 참고자료에 싣기' }));
    expect(call).toHaveBeenCalledWith('pledge.citePress', { cardId: 1, communicationId: 4 });
  });
});

describe('사업비', () => {
  beforeEach(() => {
    call.mockReset();
  });

  it('works out the totals as amounts are typed, and saves the amounts only', async () => {
    const years = [2022, 2023, 2024, 2025, 2026];
    answering({ 'pledge.budget': { years, amounts: [], table: budgetTable([], years) } });
    renderWithTheme(<BudgetTab cardId={1} />);
    await userEvent.type(await screen.findByRole('textbox', { name: '구비 2024년' }), '10');
    await userEvent.type(screen.getByRole('textbox', { name: '시비 2024년' }), '20');
    await userEvent.type(screen.getByRole('textbox', { name: '구비 임기후' }), '5');
    const total = within(screen.getByRole('table', { name: '사업비 현황' })).getByText('계').closest('tr')!;
    expect([...total.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['계', '35', '30', '-', '-', '30', '-', '-', '5']);
    await userEvent.click(screen.getByRole('button', { name: '사업비 저장' }));
    expect(call).toHaveBeenCalledWith('pledge.saveBudget', {
      cardId: 1,
      amounts: [
        { source: 'city', year: 2024, amount: 20 },
        { source: 'district', year: 2024, amount: 10 },
        { source: 'district', year: null, amount: 5 },
      ],
    });
  });
});
