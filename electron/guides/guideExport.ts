import { helperKindLabel, HOUR_RULE_TEXT, shiftStatusLabel, slotLabel, type GuideShift, type HelperMonthTotal } from '../../shared/contract/guides';
import type { ExportFile } from '../../shared/exportFile';
import { fullDate, yearMonth } from '../../shared/korean/reportFormat';
import { buildXlsx } from '../export/xlsx';
import type { HelperRepository } from './helperRepository';
import { monthRange, monthSummary } from './monthSummary';
import type { ShiftRepository } from './shiftRepository';

const WEEKDAYS = ['일', '월', '화', '수', '목', '금', '토'];
const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;
const quota = (t: HelperMonthTotal) =>
  t.quotaDaysPerMonth === null ? '' : `${t.quotaDaysPerMonth}일${t.quotaHoursPerDay === null ? '' : ` × ${t.quotaHoursPerDay}시간`}`;

/** The month's hours and days per helper, and every shift behind them: what a volunteer-hour certificate is written from. */
export async function exportMonth(helpers: HelperRepository, shifts: ShiftRepository, month: string, officeName: string): Promise<ExportFile> {
  const { from, to } = monthRange(month);
  const [summary, monthShifts] = await Promise.all([monthSummary(helpers, shifts, month), shifts.between(from, to)]);
  // The hour rule travels with the figures, so a certificate written from the file counts as the app did.
  const title = [`안내 도우미 근무 실적 ${yearMonth(from)}`, `${officeName ? `${officeName} · ` : ''}${fullDate(from)}~${fullDate(to)}`, HOUR_RULE_TEXT];
  return buildXlsx(`안내도우미_근무실적_${month}.xlsx`, [
    {
      name: '도우미별 실적',
      title,
      columns: [
        { header: '이름', value: (t: HelperMonthTotal) => t.name },
        { header: '구분', width: 28, value: (t: HelperMonthTotal) => helperKindLabel[t.kind] },
        { header: '근무 일수', value: (t: HelperMonthTotal) => t.doneDays },
        { header: '근무 시간', value: (t: HelperMonthTotal) => hours(t.doneMinutes) },
        { header: '계획 일수', value: (t: HelperMonthTotal) => t.plannedDays },
        { header: '계획 시간', value: (t: HelperMonthTotal) => hours(t.plannedMinutes) },
        { header: '결근', value: (t: HelperMonthTotal) => t.absences },
        { header: '월 기준', value: quota },
      ],
      rows: summary.totals,
    },
    {
      name: '근무 내역',
      title,
      columns: [
        { header: '날짜', value: (s: GuideShift) => fullDate(s.date) },
        { header: '요일', width: 6, value: (s: GuideShift) => WEEKDAYS[new Date(`${s.date}T00:00:00Z`).getUTCDay()] },
        { header: '시간대', value: (s: GuideShift) => `${slotLabel[s.slot]} ${s.startTime}–${s.endTime}` },
        { header: '근무 위치', width: 20, value: (s: GuideShift) => s.post },
        { header: '도우미', value: (s: GuideShift) => s.helperName },
        { header: '상태', value: (s: GuideShift) => shiftStatusLabel[s.status] },
        { header: '대체 도우미', value: (s: GuideShift) => s.replacementName ?? '' },
        { header: '인정 시간', value: (s: GuideShift) => (s.status === 'done' || s.status === 'replaced' ? hours(s.minutes) : 0) },
      ],
      rows: monthShifts,
    },
  ]);
}
