import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { RequestForm } from '../../renderer/interpretation/RequestForm';
import type { RequestValues } from '../../renderer/interpretation/requestValues';
import { renderWithTheme } from './render';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/api/client', () => ({ call, onRecordsChanged: () => () => {} }));

const methods = [
  { id: 1, name: '민원통역관(직원)', active: true, useCount: 3 },
  { id: 2, name: '1345 외국인종합안내센터 3자 통화', active: true, useCount: 9 },
  { id: 9, name: '옛 통역 전화', active: false, useCount: 4 },
];
const staff = [{ id: 1, name: '홍길동', departmentId: 1, departmentName: '민원회계과', position: '', active: true }];
const lee = { staffId: 5, name: '이철수', departmentName: '세무과', staffActive: true, languages: [{ language: 'vi', label: '베트남어', level: '상' }], availability: '평일 오전', active: true };

const walkIn: RequestValues = {
  date: '2024-07-05', time: '10:30', language: 'en', languageNote: '', nationality: '', methodId: '1', task: '', minutes: '',
  people: 1, status: '완료', outcome: '처리 완료', staffId: '1', interpreterId: null, note: '',
};
/** What the channel receives for the walk-in above. */
const sent = { ...walkIn, methodId: 1, minutes: null, staffId: 1 };
const open = (values: RequestValues, usual = false) => ({ values, usual });

const answer = (channel: string, input: { language?: string }) => {
  if (channel === 'interpretation.methods.list') return { ok: true, value: methods };
  if (channel === 'staff.list') return { ok: true, value: staff };
  if (channel === 'interpretation.interpreters.list') return { ok: true, value: input.language === 'vi' ? [lee] : [] };
  return { ok: false, error: { code: 'unexpected', message: '예상하지 못한 호출' } };
};

describe('the interpretation request form', () => {
  beforeEach(() => {
    call.mockReset();
    call.mockImplementation(async (channel: string, input: { language?: string }) => answer(channel, input));
  });

  it('logs a walk-in with the keyboard only: 초성 for the language, Tab, the task, Enter', async () => {
    const onSaved = vi.fn();
    const saved = { id: 7, languageLabel: '베트남어', task: '전입신고' };
    renderWithTheme(<RequestForm opening={open(walkIn)} onSaved={onSaved} onCancel={() => {}} />);
    const language = screen.getByRole('combobox', { name: /언어/ });
    await userEvent.click(language);
    await userEvent.keyboard('{Control>}a{/Control}ㅂㅌ{Enter}');
    await waitFor(() => expect((language as HTMLInputElement).value).toBe('베트남어'));
    expect(await screen.findByText(/베트남어 가능 특약관: 이철수\(상, 평일 오전\)/)).toBeTruthy();

    call.mockImplementation(async (channel: string, input: { language?: string }) =>
      channel === 'interpretation.requests.save' ? { ok: true, value: saved } : answer(channel, input),
    );
    await userEvent.tab(); // 지원 방법 keeps its default
    await userEvent.tab();
    await userEvent.keyboard('전입{Enter}'); // picks 전입신고 from the list
    await userEvent.keyboard('{Enter}'); // saves
    await waitFor(() => expect(call).toHaveBeenCalledWith('interpretation.requests.save', { ...sent, language: 'vi', task: '전입신고' }));
    expect(onSaved).toHaveBeenCalledWith(saved);
  });

  it('keeps a free-text task that is not in the list', async () => {
    renderWithTheme(<RequestForm opening={open(walkIn)} onSaved={() => {}} onCancel={() => {}} />);
    await userEvent.type(screen.getByRole('combobox', { name: /민원 업무/ }), '건축 민원 문의{Enter}');
    await waitFor(() => expect(call).toHaveBeenCalledWith('interpretation.requests.save', expect.objectContaining({ task: '건축 민원 문의' })));
  });

  it("shows the main process's refusal beside the field and keeps the form open", async () => {
    call.mockImplementation(async (channel: string, input: { language?: string }) =>
      channel === 'interpretation.requests.save'
        ? { ok: false, error: { code: 'invalid_input', field: 'staffId', message: '처리 직원을 선택하세요.' } }
        : answer(channel, input),
    );
    const onSaved = vi.fn();
    renderWithTheme(<RequestForm opening={open({ ...walkIn, staffId: null, task: '여권' })} onSaved={onSaved} onCancel={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: '저장' }));
    expect(await screen.findByText('처리 직원을 선택하세요.')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: /처리 직원/ }).getAttribute('aria-invalid')).toBe('true');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('offers a retired way only on the record that already uses it', async () => {
    renderWithTheme(<RequestForm opening={open({ ...walkIn, id: 3, methodId: '9', task: '여권' })} onSaved={() => {}} onCancel={() => {}} />);
    await waitFor(() => expect((screen.getByRole('combobox', { name: /지원 방법/ }) as HTMLInputElement).value).toBe('옛 통역 전화 (사용 안 함)'));
  });

  it('asks for no outcome on a booking', async () => {
    renderWithTheme(<RequestForm opening={open(walkIn)} onSaved={() => {}} onCancel={() => {}} />);
    expect(screen.getByRole('radio', { name: '다른 기관 안내' })).toBeTruthy();
    await userEvent.click(screen.getByRole('radio', { name: '예약' }));
    expect(screen.queryByRole('radio', { name: '다른 기관 안내' })).toBeNull();
    await userEvent.type(screen.getByRole('combobox', { name: /민원 업무/ }), '혼인 상담{Enter}');
    await waitFor(() => expect(call).toHaveBeenCalledWith('interpretation.requests.save', expect.objectContaining({ status: '예약', outcome: null })));
  });
});
