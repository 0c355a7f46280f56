import { deskNow } from '../../shared/korean/deskClock';
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TrainingsDashboardCard } from '../../renderer/trainings/TrainingsDashboardCard';
import { renderWithTheme } from './render';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/api/client', () => ({ call, onRecordsChanged: () => () => {} }));

const year = Number(deskNow().date.slice(0, 4));
const answers = (kindnessTrainings: number) => (channel: string) => {
  const value: Record<string, unknown> = {
    'trainings.yearLine': {
      text: kindnessTrainings ? `${year}년 3개부서 42명(3.18.~3.20.)` : `${year}년 실시 기록 없음`,
      figures: { kind: 'kindness', trainings: kindnessTrainings, departments: 3, people: 42, firstDate: null, lastDate: null },
    },
    'trainings.list': [],
    'healing.yearLine': { text: `${year}년 : 1회, 20명 참여(5.17. 태종대, 20명)`, programs: [] },
  };
  return Promise.resolve({ ok: true, value: value[channel] });
};

describe('the dashboard card for trainings and healing', () => {
  beforeEach(() => call.mockReset());

  it('warns while this year has no 친절교육 yet', async () => {
    call.mockImplementation(answers(0));
    renderWithTheme(<TrainingsDashboardCard />);
    expect(await screen.findByText(`${year}년 친절교육을 아직 실시하지 않았습니다`)).toBeTruthy();
    expect(await screen.findByText(`${year}년 : 1회, 20명 참여(5.17. 태종대, 20명)`)).toBeTruthy();
  });

  it("shows the year's line once a 친절교육 has been held, without the warning", async () => {
    call.mockImplementation(answers(1));
    renderWithTheme(<TrainingsDashboardCard />);
    expect(await screen.findByText(`${year}년 3개부서 42명(3.18.~3.20.)`)).toBeTruthy();
    expect(screen.queryByText(/아직 실시하지 않았습니다/)).toBeNull();
  });
});
