import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { KindnessConfig } from '../../shared/contract/kindness';
import { CriteriaTab } from '../../renderer/kindness/CriteriaTab';
import { renderWithTheme } from './render';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/api/client', () => ({ call, onRecordsChanged: () => () => {} }));

const config: KindnessConfig = {
  sources: [
    { source: 'resident_card', label: '주민 칭찬(칭찬카드)', weight: 3 },
    { source: 'peer', label: '동료·부서장 추천', weight: 2 },
  ],
  criteria: [
    { id: 1, name: '사례 난이도', weight: 1, sortOrder: 1, active: true },
    { id: 2, name: '친절도', weight: 1, sortOrder: 2, active: true },
  ],
  rules: { recentMonths: 6, maxPerDepartment: 1, updatedAt: '2025-01-01T00:00:00Z', updatedByName: '김팀장' },
};

describe('the 기준 설정 tab', () => {
  beforeEach(() => {
    call.mockReset();
    call.mockImplementation(async (channel: string, input: unknown) =>
      channel === 'kindness.config' ? { ok: true, value: config } : { ok: true, value: { ...(input as object), id: 3 } },
    );
  });

  it('changes a criterion weight and saves it with Enter', async () => {
    renderWithTheme(<CriteriaTab />);
    const weight = await screen.findByRole('textbox', { name: '친절도 가중치' });
    await userEvent.clear(weight);
    await userEvent.type(weight, '3{Enter}');
    expect(call).toHaveBeenCalledWith('kindness.saveCriterion', { id: 2, name: '친절도', weight: 3, sortOrder: 2, active: true });
  });

  it('adds a new criterion at the end of the list, switched on', async () => {
    renderWithTheme(<CriteriaTab />);
    const table = await screen.findByRole('table', { name: '심사 항목' });
    await userEvent.type(within(table).getByRole('textbox', { name: '새 심사 항목 항목명' }), '민원 처리 신속성{Enter}');
    expect(call).toHaveBeenCalledWith('kindness.saveCriterion', { name: '민원 처리 신속성', weight: 1, sortOrder: 3, active: true });
  });

  it('saves the rules: not picked within N months, at most K per department', async () => {
    renderWithTheme(<CriteriaTab />);
    const months = await screen.findByRole('textbox', { name: /재선정 제한 기간/ });
    await userEvent.clear(months);
    await userEvent.type(months, '12');
    await userEvent.click(screen.getByRole('button', { name: '기준 저장' }));
    expect(call).toHaveBeenCalledWith('kindness.saveRules', { recentMonths: 12, maxPerDepartment: 1 });
    expect(screen.getByText('마지막 변경: 김팀장')).toBeTruthy();
  });
});
