import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PerformanceSection, SectionLine } from '../../shared/pledge/section';
import { SectionLines } from '../../renderer/pledge/SectionLines';
import { SectionOutputs } from '../../renderer/pledge/SectionOutputs';
import { LineRecords } from '../../renderer/pledge/LineRecords';
import { PledgeDashboardCard } from '../../renderer/pledge/PledgeDashboardCard';
import { SectionTab } from '../../renderer/pledge/SectionTab';
import type { PledgeCard } from '../../shared/pledge/records';
import { renderWithTheme } from './render';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/api/client', () => ({ call, onRecordsChanged: () => () => {} }));
const saveFile = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/api/saveFile', () => ({ saveFile }));

const line = (key: string, level: SectionLine['level'], text: string, hidden = false): SectionLine => ({ key, level, text, source: null, figures: [], hidden });
const lines = [
  line('cert:1', '○', '국민행복민원실 재인증 : 2024. 9월'),
  line('cert:1:milestones', '▷', '재인증 신청(6.3.), 현장 실사(7.22.)'),
  line('services', '○', '친절민원시책 추진'),
  line('services:desk', '▷', '외국어 및 수어 통역지원, 휠체어 무료 대여, 민원 안내 도우미 운영-상시운영'),
  line('services:wheelchair', '-', '휠체어 대여 : 2024년 112건'),
];

describe('arranging the generated lines', () => {
  beforeEach(() => {
    call.mockReset().mockResolvedValue({ ok: true, value: { saved: 5 } });
  });

  it('moves a heading up together with the lines under it, and saves the order with the card', async () => {
    renderWithTheme(<SectionLines cardId={1} lines={lines} selectedKey={null} onSelect={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: '위로: ○ 친절민원시책 추진' }));
    expect(call).toHaveBeenCalledWith('pledge.saveLayout', {
      cardId: 1,
      lines: ['services', 'services:desk', 'services:wheelchair', 'cert:1', 'cert:1:milestones'].map((key) => ({ key, hidden: false })),
    });
  });

  it('cannot move the first line up, or a line out from under its heading', () => {
    renderWithTheme(<SectionLines cardId={1} lines={lines} selectedKey={null} onSelect={() => {}} />);
    expect(screen.getByRole('button', { name: '위로: ○ 국민행복민원실 재인증 : 2024. 9월' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: '위로: ▷ 외국어 및 수어 통역지원, 휠체어 무료 대여, 민원 안내 도우미 운영-상시운영' })).toHaveProperty('disabled', true);
  });

  it('hides a heading with its lines, and offers to show a hidden line again', async () => {
    renderWithTheme(<SectionLines cardId={1} lines={lines.map((l) => (l.key === 'cert:1:milestones' ? { ...l, hidden: true } : l))} selectedKey={null} onSelect={() => {}} />);
    expect(screen.getByRole('button', { name: '보이기: ▷ 재인증 신청(6.3.), 현장 실사(7.22.)' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '숨기기: ○ 친절민원시책 추진' }));
    const sent = call.mock.calls[0][1].lines as { key: string; hidden: boolean }[];
    expect(sent.filter((l) => l.hidden).map((l) => l.key)).toEqual(['cert:1:milestones', 'services', 'services:desk', 'services:wheelchair']);
  });

  it('picks a line with a click, to show its records', async () => {
    const onSelect = vi.fn();
    renderWithTheme(<SectionLines cardId={1} lines={lines} selectedKey={null} onSelect={onSelect} />);
    await userEvent.click(screen.getByText('- 휠체어 대여 : 2024년 112건'));
    expect(onSelect).toHaveBeenCalledWith('services:wheelchair');
  });
});

describe('taking the section out', () => {
  const section = { text: '추진실적 (2024.01.01.~2025.06.30.)\n○ 친절민원시책 추진' } as PerformanceSection;
  const period = { cardId: 1, from: '2024-01-01', to: '2025-06-30', asOf: '2025-07-10' };

  it('copies the text with one click', async () => {
    const user = userEvent.setup();
    renderWithTheme(<SectionOutputs section={section} period={period} onPrint={() => {}} />);
    await user.click(screen.getByRole('button', { name: '텍스트 복사' }));
    expect(await navigator.clipboard.readText()).toBe(section.text);
  });

  it('saves the whole card as HWPX, 한글\'s own format, first among the files, for the same period', async () => {
    const file = { fileName: '공약카드_열린구정2-1_2024-01-01_2025-06-30.hwpx', mimeType: 'application/hwp+zip', contentBase64: 'UEsDBA==' };
    call.mockReset().mockResolvedValue({ ok: true, value: file });
    saveFile.mockReset();
    renderWithTheme(<SectionOutputs section={section} period={period} onPrint={() => {}} />);
    const files = screen.getAllByRole('button', { name: /저장$/ }).map((b) => b.textContent);
    expect(files).toEqual(['HWPX 저장', 'PDF 저장', 'DOCX 저장', 'XLSX 저장']);
    await userEvent.click(screen.getByRole('button', { name: 'HWPX 저장' }));
    expect(call).toHaveBeenCalledWith('pledge.exportHwpx', period);
    await waitFor(() => expect(saveFile).toHaveBeenCalledWith(file));
  });

  it('opens the printable card for the same period', async () => {
    const onPrint = vi.fn();
    renderWithTheme(<SectionOutputs section={section} period={period} onPrint={onPrint} />);
    await userEvent.click(screen.getByRole('button', { name: '인쇄용 보기' }));
    expect(onPrint).toHaveBeenCalledWith(period);
  });
});

describe('the dashboard card', () => {
  beforeEach(() => {
    call.mockReset();
  });

  it('counts down to the next round', async () => {
    call.mockResolvedValue({ ok: true, value: { roundName: '국민행복민원실 재인증', selectedOn: '2024-09-10', validUntil: '2027-09-09', dueOn: '2027-09-10', daysLeft: 432 } });
    renderWithTheme(<PledgeDashboardCard />);
    expect(await screen.findByText('다음 재인증까지 D-432')).toBeTruthy();
    expect(screen.getByText('국민행복민원실 재인증 2024.09.10. 선정 · 2027.09.09.까지 유효')).toBeTruthy();
  });

  it('says where to enter the certification when none is recorded', async () => {
    call.mockResolvedValue({ ok: true, value: null });
    renderWithTheme(<PledgeDashboardCard />);
    await waitFor(() => expect(screen.getByText(/기록된 인증이 없습니다/)).toBeTruthy());
  });
});

describe('the records behind a line', () => {
  beforeEach(() => {
    call.mockReset();
  });

  it("lists a year of the area's own records, and the next year on asking", async () => {
    // The view asks three channels: the area's ledger, and the earlier totals counted beside it and the
    // imported rows' sources (none of either here).
    call.mockImplementation(async (channel: string, input: { from: string }) =>
      channel === 'earlierTotals.list' || channel === 'imports.sourcesOf'
        ? { ok: true, value: [] }
        : {
            ok: true,
            value: {
              total: 1,
              rows: [{ id: 1, startedAt: `${input.from.slice(0, 4)}-03-04 10:00`, assetNumber: 'W-01', borrowerName: '홍*동', returnedAt: `${input.from.slice(0, 4)}-03-05 15:00` }],
            },
          },
    );
    const wheelchair: SectionLine = {
      ...line('services:wheelchair', '-', '휠체어 대여 : 2024년 3건 / 2025년 6월 현재 1건'),
      source: { area: 'loans', from: '2024-01-01', to: '2025-06-30' },
      figures: [{ label: '2024년 대여', value: '3건' }],
    };
    renderWithTheme(<LineRecords cardId={1} line={wheelchair} />);
    const records = await screen.findByRole('table', { name: '근거 기록' });
    expect(call).toHaveBeenCalledWith('loans.ledger', { from: '2024-01-01', to: '2024-12-31', limit: 500 });
    expect(within(records).getByText('2024-03-04')).toBeTruthy();
    expect(within(screen.getByRole('table', { name: '줄의 수치' })).getByText('3건')).toBeTruthy();
    await userEvent.click(screen.getByText('2025년'));
    await waitFor(() => expect(call).toHaveBeenCalledWith('loans.ledger', { from: '2025-01-01', to: '2025-06-30', limit: 500 }));
    expect(await screen.findByText('2025-03-04')).toBeTruthy();
  });

  it('shows beside the records the earlier total (이전 집계) the line counted that year, with its source', async () => {
    const total = { id: 7, area: 'loans', item: '', period: '2023', cardId: null, count: 31, people: null, departments: null, source: '2023년 실적 보고', updatedByName: '김팀장', updatedAt: '2026-01-05 09:00' };
    call.mockImplementation(async (channel: string) =>
      channel === 'earlierTotals.list' ? { ok: true, value: [total, { ...total, id: 8, area: 'healing' }] } : { ok: true, value: { total: 0, rows: [] } },
    );
    const wheelchair: SectionLine = {
      ...line('services:wheelchair', '-', '휠체어 대여 : 2023년 31건'),
      source: { area: 'loans', from: '2023-01-01', to: '2023-12-31' },
      figures: [{ label: '2023년 대여', value: '31건' }],
    };
    renderWithTheme(<LineRecords cardId={1} line={wheelchair} />);
    const totals = await screen.findByRole('table', { name: '이전 집계' });
    expect(within(totals).getAllByRole('row')).toHaveLength(2);
    expect(within(totals).getByText('2023년 실적 보고')).toBeTruthy();
    expect(screen.getByText('이전 집계 1건')).toBeTruthy();
  });

  it('says a note line is the user\'s words, not a figure', () => {
    renderWithTheme(<LineRecords cardId={1} line={{ ...line('note:3', '※', '관광객 감소'), noteId: 3 }} />);
    expect(screen.getByText('직접 추가한 메모 줄입니다. 기록에서 나온 숫자가 아닙니다.')).toBeTruthy();
    expect(call).not.toHaveBeenCalled();
  });
});

describe('picking the period', () => {
  const sectionFor = (p: { from: string; to: string; asOf: string }): PerformanceSection => ({
    cardId: 1,
    ...p,
    heading: `추진실적 (${p.from}~${p.to})`,
    lines: [],
    communication: { headers: [], counts: [], cells: [] },
    budget: { headers: [], years: [], rows: [] },
    figures: [],
    text: '추진실적',
  });

  beforeEach(() => {
    // As main answers: the contract refuses a period that ends before it starts, beside 종료일.
    call.mockReset().mockImplementation(async (channel: string, input: { from: string; to: string; asOf: string }) =>
      channel === 'pledge.section' && input.to < input.from
        ? { ok: false, error: { code: 'invalid_input', message: '기간의 종료일이 시작일보다 앞섭니다.', field: 'to' } }
        : { ok: true, value: channel === 'pledge.section' ? sectionFor(input) : [] },
    );
  });

  it('says in Korean, beside 종료일, that the period ends before it starts; Enter asks again', async () => {
    const user = userEvent.setup();
    renderWithTheme(<SectionTab card={{ id: 1 } as PledgeCard} onPrint={() => {}} />);
    await user.clear(screen.getByLabelText('시작일'));
    await user.type(screen.getByLabelText('시작일'), '2025-01-01');
    await user.clear(screen.getByLabelText('종료일'));
    await user.type(screen.getByLabelText('종료일'), '2024-12-31{Enter}');
    const described = () => {
      const to = screen.getByLabelText('종료일');
      const ids = (to.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
      return { invalid: to.getAttribute('aria-invalid'), text: ids.map((id) => document.getElementById(id)?.textContent).join(' ') };
    };
    await waitFor(() => expect(described()).toEqual({ invalid: 'true', text: expect.stringContaining('기간의 종료일이 시작일보다 앞섭니다.') }));
    await user.clear(screen.getByLabelText('종료일'));
    await user.type(screen.getByLabelText('종료일'), '2025-06-30{Enter}');
    await waitFor(() => expect(screen.queryByText('기간의 종료일이 시작일보다 앞섭니다.')).toBeNull());
    expect(call).toHaveBeenLastCalledWith('pledge.section', expect.objectContaining({ from: '2025-01-01', to: '2025-06-30' }));
  });
});
