import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppStateProvider } from '../../renderer/app/SessionContext';
import { CardForm } from '../../renderer/pledge/CardForm';
import { renderWithTheme } from './render';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/api/client', () => ({ call, onRecordsChanged: () => () => {}, onSessionRefusal: () => () => {} }));

const settings = {
  officeName: '○○구청', departmentName: '민원회계과', teamName: '행정여권팀', extension: '3456',
  defaultLoanDays: 7, retentionYears: 3, uiFontSize: 16, termFrom: '2026-07', termTo: '2030-06',
};

describe('a new pledge card', () => {
  it("starts from the office's settings: team, extension and the mayor's term", async () => {
    call.mockImplementation(async (channel: string) => {
      const answers: Record<string, unknown> = {
        'settings.get': settings,
        'session.current': { staffId: null, name: null, departmentName: null },
        'departments.list': [{ id: 1, name: '민원회계과', active: true, staffCount: 3 }],
      };
      return { ok: true, value: answers[channel] };
    });
    renderWithTheme(
      <AppStateProvider>
        <CardForm card={null} onSaved={() => {}} />
      </AppStateProvider>,
    );
    expect(((await screen.findByLabelText(/시장 임기 시작/)) as HTMLInputElement).value).toBe('2026-07');
    expect((screen.getByLabelText(/시장 임기 종료/) as HTMLInputElement).value).toBe('2030-06');
    expect((screen.getByLabelText(/^팀/) as HTMLInputElement).value).toBe('행정여권팀');
  });
});
