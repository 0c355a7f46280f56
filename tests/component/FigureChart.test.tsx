import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FigureChart } from '../../renderer/charts/FigureChart';
import { yearOverYear } from '../../renderer/charts/yearOverYear';
import { YearOverYearCharts } from '../../renderer/dashboard/YearOverYearCharts';
import { languageMix } from '../../renderer/interpretation/interpretationCharts';
import { loansPerMonth } from '../../renderer/loans/loanCharts';
import { deskNow } from '../../shared/korean/deskClock';
import { renderWithTheme } from './render';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/api/client', () => ({ call, onRecordsChanged: () => () => {} }));

const jsdomResizeObserver = window.ResizeObserver;
beforeAll(() => {
  // Recharts draws only once its box has a size; jsdom lays nothing out, so every box reports one.
  window.ResizeObserver = class {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      this.callback([{ target, contentRect: { width: 800, height: 260 } } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  };
});
afterAll(() => {
  window.ResizeObserver = jsdomResizeObserver;
});
beforeEach(() => call.mockReset());

/** The table's body as the person reading it sees it: one row of cells a category. */
const tableRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));

/** The numbers written on the bars, left to right (one series). */
const barLabels = (section: HTMLElement) => [...section.querySelectorAll('svg .recharts-label')].map((t) => t.textContent);

/**
 * The value each dot of a line chart stands for, read back from the drawing: its height against the
 * y axis's ticks (0 at the bottom, the top tick at the top), per line.
 */
function lineValues(section: HTMLElement): number[][] {
  const ticks = [...section.querySelectorAll('.recharts-yAxis-tick-labels text')].map((t) => ({
    value: Number(t.textContent!.replace(/[^\d]/g, '')),
    y: Number(t.getAttribute('y')),
  }));
  const [bottom, top] = [ticks[0], ticks[ticks.length - 1]];
  const valueAt = (cy: number) => Math.round(bottom.value + ((bottom.y - cy) / (bottom.y - top.y)) * (top.value - bottom.value));
  return [...section.querySelectorAll('.recharts-line-dots')].map((dots) => [...dots.querySelectorAll('circle')].map((c) => valueAt(Number(c.getAttribute('cy')))));
}

describe('a chart and its table show the same numbers', () => {
  it('writes each month’s loans on its bar, and the table under it lists the same counts', async () => {
    const figure = loansPerMonth([
      { period: '2025-01', loans: 12, borrowers: 10 },
      { period: '2025-02', loans: 0, borrowers: 0 },
      { period: '2025-03', loans: 1234, borrowers: 900 },
    ]);
    renderWithTheme(<FigureChart kind="bar" figure={figure} />);
    const section = screen.getByRole('region', { name: '월별 대여 건수' });
    // The table is on the page for a screen reader while the chart is shown.
    const table = within(section).getByRole('table', { name: '월별 대여 건수 표' });
    expect(tableRows(table)).toEqual([
      ['2025. 1월', '12건'],
      ['2025. 2월', '0건'],
      ['2025. 3월', '1,234건'],
    ]);
    expect(barLabels(section)).toEqual(tableRows(table).map((r) => r[1]));
    expect(section.querySelector('[data-testid="figure-chart"]')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('shows the table in place of the chart with 표, for reading or copying, and back with 차트', async () => {
    const figure = languageMix([
      { period: '2024', cases: 5, people: 6, foreign: { cases: 5, people: 6 }, sign: { cases: 0, people: 0 }, byLanguage: [{ key: 'en', label: '영어', cases: 5, people: 6 }], byMethod: [] },
      { period: '2025', cases: 4, people: 4, foreign: { cases: 3, people: 3 }, sign: { cases: 1, people: 1 }, byLanguage: [{ key: 'vi', label: '베트남어', cases: 3, people: 3 }, { key: 'ksl', label: '한국수어', cases: 1, people: 1 }], byMethod: [] },
    ]);
    renderWithTheme(<FigureChart kind="bar" figure={figure} />);
    const section = screen.getByRole('region', { name: '언어별 통역 건수' });
    await userEvent.click(within(section).getByRole('radio', { name: '표' }));
    expect(section.querySelector('svg.recharts-surface')).toBeNull();
    const table = within(section).getByRole('table', { name: '언어별 통역 건수 표' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['언어', '2025년', '2024년']);
    expect(tableRows(table)).toEqual([
      ['영어', '0건', '5건'],
      ['베트남어', '3건', '0건'],
      ['한국수어', '1건', '0건'],
    ]);
    await userEvent.click(within(section).getByRole('radio', { name: '차트' }));
    // Year by year, as the bars stand: 2025's three languages, then 2024's.
    expect(barLabels(section)).toEqual(['0건', '3건', '1건', '5건', '0건', '0건']);
  });
});

describe("the dashboard's months of this year against last year", () => {
  const today = deskNow().date;
  const year = Number(today.slice(0, 4));
  const thisMonth = Number(today.slice(5, 7));
  const month = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;
  const lastYear = Array.from({ length: 12 }, (_, i) => 10 + i);
  const thisYear = Array.from({ length: thisMonth }, (_, i) => 20 + 2 * i);

  beforeEach(() => {
    const monthly = [...lastYear.map((n, i) => [month(year - 1, i + 1), n] as const), ...thisYear.map((n, i) => [month(year, i + 1), n] as const)];
    call.mockImplementation((channel: string) => {
      const value: Record<string, unknown> = {
        'loans.figures': { monthly: monthly.map(([period, loans]) => ({ period, loans, borrowers: loans })), yearly: [] },
        'interpretation.figures': { monthly: monthly.map(([period, cases]) => ({ period, cases: cases + 1, people: cases })), yearly: [] },
        'guides.monthlyFigures': monthly.map(([m, days]) => ({ month: m, days: days - 5, personDays: days })),
      };
      return Promise.resolve({ ok: true, value: value[channel] });
    });
  });

  it('asks each area for its own figures from last January to today', async () => {
    renderWithTheme(<YearOverYearCharts />);
    await screen.findByRole('region', { name: '안내 도우미 운영일' });
    expect(call.mock.calls).toEqual(
      expect.arrayContaining([
        ['loans.figures', { from: `${year - 1}-01-01`, to: today }],
        ['interpretation.figures', { from: `${year - 1}-01-01`, to: today }],
        ['guides.monthlyFigures', { from: `${year - 1}-01`, to: today.slice(0, 7) }],
      ]),
    );
  });

  it('draws each line through the numbers its table lists, and this year stops at this month', async () => {
    renderWithTheme(<YearOverYearCharts />);
    for (const [title, unit, shift] of [['휠체어 대여 건수', '건', 0], ['통역 지원 건수', '건', 1], ['안내 도우미 운영일', '일', -5]] as const) {
      const section = await screen.findByRole('region', { name: title });
      const rows = tableRows(within(section).getByRole('table', { name: `${title} 표` }));
      expect(rows).toHaveLength(12);
      expect(rows[0]).toEqual(['1월', `${lastYear[0] + shift}${unit}`, `${thisYear[0] + shift}${unit}`]);
      // Months still to come are a dash in the table and no dot on the line.
      expect(rows.slice(thisMonth).every((r) => r[2] === '–')).toBe(true);
      const [lastLine, thisLine] = lineValues(section);
      expect(lastLine).toEqual(lastYear.map((n) => n + shift));
      expect(thisLine).toEqual(thisYear.map((n) => n + shift));
      const fromTable = (col: number) => rows.map((r) => r[col]).filter((c) => c !== '–').map((c) => Number(c!.replace(/[^\d]/g, '')));
      expect([lastLine, thisLine]).toEqual([fromTable(1), fromTable(2)]);
    }
  });

  it('leaves the months still to come out of this year, rather than count them as zero', () => {
    const figure = yearOverYear(new Map([['2024-06', 3], ['2025-05', 4]]), { title: '휠체어 대여 건수', unit: '건', year: 2025, through: '2025-05' });
    expect(figure.rows.map((r) => [r.category, r.values.y2024, r.values.y2025]).slice(3, 7)).toEqual([
      ['4월', 0, 0],
      ['5월', 0, 4],
      ['6월', 3, null],
      ['7월', 0, null],
    ]);
  });
});
