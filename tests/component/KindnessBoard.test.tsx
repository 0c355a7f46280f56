import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { KindnessBoard, KindnessBoardEntry } from '../../shared/contract/kindness';
import { BoardTab } from '../../renderer/kindness/BoardTab';
import { renderWithTheme } from './render';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/api/client', () => ({ call, onRecordsChanged: () => () => {} }));

const nomination = (id: number, staffId: number, staffName: string, sourceLabel: string, evidence: string) => ({
  id, month: '2025-03', staffId, staffName, departmentName: '민원회계과', position: '주무관', source: 'resident_card' as const, sourceLabel, evidence,
  receivedOn: '2025-03-12', enteredById: 9, enteredByName: '김팀장',
});

const entry = (over: Partial<KindnessBoardEntry>): KindnessBoardEntry => ({
  staffId: 1, name: '홍길동', departmentName: '민원회계과', position: '주무관', nominations: [], ratings: [],
  nominationScore: 0, ratingScore: 0, score: 0, flags: [], pick: null, ...over,
});

const board = (over: Partial<KindnessBoard> = {}): KindnessBoard => ({
  month: '2025-03',
  state: { month: '2025-03', confirmed: false, confirmedAt: null, confirmedByName: null, unlocks: [] },
  criteria: [
    { id: 1, name: '사례 난이도', weight: 1, sortOrder: 1, active: true },
    { id: 2, name: '친절도', weight: 2, sortOrder: 2, active: true },
  ],
  sources: [{ source: 'resident_card', label: '주민 칭찬(칭찬카드)', weight: 3 }],
  rules: { recentMonths: 6, maxPerDepartment: 1, updatedAt: '2025-01-01T00:00:00Z', updatedByName: null },
  entries: [
    entry({
      staffId: 2, name: '성춘향', score: 11, nominationScore: 3, ratingScore: 8, ratings: [{ criterionId: 2, rating: 4 }],
      nominations: [nomination(1, 2, '성춘향', '주민 칭찬(칭찬카드)', '어르신 등본 발급을 끝까지 도움')],
    }),
    entry({
      staffId: 1, name: '홍길동', score: 3, nominationScore: 3,
      nominations: [nomination(2, 1, '홍길동', '주민 칭찬(칭찬카드)', '여권 안내 친절')],
      flags: [{ kind: 'recent', text: '최근 6개월 내 선정(2024년 11월)' }],
    }),
  ],
  ...over,
});

describe('the monthly board', () => {
  beforeEach(() => call.mockReset());

  it('shows nominees by score with their evidence, the formula, and why the rules flag a person', async () => {
    call.mockResolvedValue({ ok: true, value: board() });
    renderWithTheme(<BoardTab month="2025-03" />);
    const table = await screen.findByRole('table', { name: '월간 심사표' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[1].textContent)).toEqual(['성춘향민원회계과 · 주무관', '홍길동민원회계과 · 주무관']);
    expect(within(rows[0]).getByText('어르신 등본 발급을 끝까지 도움')).toBeTruthy();
    expect(within(rows[0]).getByText('추천 3 + 심사 8')).toBeTruthy();
    expect(screen.getByText(/점수 = 추천 점수/).textContent).toContain('친절도 ×2');
    expect(within(rows[1]).getByText('최근 6개월 내 선정(2024년 11월)')).toBeTruthy();
    expect(within(rows[1]).getByRole('button', { name: '홍길동 선정' }).textContent).toBe('예외 선정');
    expect(within(rows[0]).getByRole('button', { name: '성춘향 선정' }).textContent).toBe('선정');
  });

  it('picks a flagged person only with "규칙 예외로 선정" ticked, showing the flags and the refusal beside the box', async () => {
    const refusal = "홍길동 님은 선정 기준에 맞지 않습니다: 최근 6개월 내 선정(2024년 11월). 그래도 선정하려면 '규칙 예외로 선정'에 표시하고 선정 사유에 예외로 선정하는 이유를 적으세요.";
    call.mockImplementation(async (channel: string, input?: { exception?: boolean }) =>
      channel === 'kindness.board'
        ? { ok: true, value: board() }
        : input?.exception
          ? { ok: true, value: entry({ staffId: 1, name: '홍길동' }) }
          : { ok: false, error: { code: 'conflict', message: refusal, field: 'exception' } },
    );
    renderWithTheme(<BoardTab month="2025-03" />);
    await userEvent.click(await screen.findByRole('button', { name: '홍길동 선정' }));
    const dialog = await screen.findByRole('dialog', { name: '홍길동 선정' });
    expect(within(dialog).getByText('최근 6개월 내 선정(2024년 11월)')).toBeTruthy();
    await userEvent.type(within(dialog).getByRole('textbox', { name: /선정 사유/ }), '칭찬 최다로 예외 선정{Enter}');
    expect(call).toHaveBeenCalledWith('kindness.pick', { month: '2025-03', staffId: 1, reason: '칭찬 최다로 예외 선정', exception: false });
    const box = within(dialog).getByRole('checkbox', { name: '규칙 예외로 선정' });
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.closest('[class*="Checkbox-root"]')!.textContent).toContain(refusal);
    await userEvent.click(box);
    await userEvent.click(within(dialog).getByRole('button', { name: '예외로 선정' }));
    expect(call).toHaveBeenLastCalledWith('kindness.pick', { month: '2025-03', staffId: 1, reason: '칭찬 최다로 예외 선정', exception: true });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '홍길동 선정' })).toBeNull());
  });

  it('picks with a reason typed and Enter, sending the month, the person and the reason', async () => {
    call.mockImplementation(async (channel: string) =>
      channel === 'kindness.board' ? { ok: true, value: board() } : { ok: true, value: entry({ staffId: 2, name: '성춘향' }) },
    );
    renderWithTheme(<BoardTab month="2025-03" />);
    await userEvent.click(await screen.findByRole('button', { name: '성춘향 선정' }));
    const dialog = await screen.findByRole('dialog', { name: '성춘향 선정' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /선정 사유/ }), '칭찬카드 최다{Enter}');
    expect(call).toHaveBeenCalledWith('kindness.pick', { month: '2025-03', staffId: 2, reason: '칭찬카드 최다', exception: false });
    expect(within(dialog).queryByRole('checkbox')).toBeNull();
  });

  it('shows a confirmed month as locked, with who confirmed it, "선정 없음", the unlock log, and asks a reason to unlock', async () => {
    const confirmed = board({
      entries: [],
      state: {
        month: '2025-03', confirmed: true, confirmedAt: '2025-03-31T06:00:00Z', confirmedByName: '김팀장',
        unlocks: [{ unlockedAt: '2025-03-30T01:00:00Z', unlockedByName: '김팀장', reason: '늦게 온 칭찬카드 반영' }],
      },
    });
    call.mockImplementation(async (channel: string) =>
      channel === 'kindness.board'
        ? { ok: true, value: confirmed }
        : { ok: false, error: { code: 'invalid_input', message: '확정 해제 사유를 입력하세요.', field: 'reason' } },
    );
    renderWithTheme(<BoardTab month="2025-03" />);
    expect((await screen.findByText(/2025년 3월 확정됨/)).parentElement!.textContent).toContain('선정 없음');
    expect(screen.getByText(/늦게 온 칭찬카드 반영/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '확정 해제' }));
    const dialog = await screen.findByRole('dialog', { name: '2025년 3월 확정 해제' });
    await userEvent.click(within(dialog).getByRole('button', { name: '확정 해제' }));
    // The contract's own check answers on the spot: nothing is sent without a reason.
    expect(await within(dialog).findByText('확정 해제 사유를 입력하세요.')).toBeTruthy();
    expect(call).not.toHaveBeenCalledWith('kindness.unlockMonth', expect.anything());
    await userEvent.type(within(dialog).getByRole('textbox', { name: /확정 해제 사유/ }), '늦게 온 추천 반영{Enter}');
    expect(call).toHaveBeenCalledWith('kindness.unlockMonth', { month: '2025-03', reason: '늦게 온 추천 반영' });
    expect(await within(dialog).findByText('확정 해제 사유를 입력하세요.')).toBeTruthy();
  });
});
