import type { DateRange } from '../../shared/figures';
import { countOrDash, yearMonth } from '../../shared/korean/reportFormat';
import { factDate, factDays, factMonthDay, factWithin } from '../../shared/pledge/factDates';
import { COMMUNICATION_CATEGORIES, communicationCategoryLabel, communicationColumnHeader, type Award, type CertificationRound, type CommunicationActivity } from '../../shared/pledge/records';
import type { AreaFigure, CommunicationTable } from '../../shared/pledge/section';
import type { DraftLine } from './frontDeskLines';

const within = (date: string, range: DateRange) => date >= range.from && date <= range.to;

/**
 * ○ 국민행복민원실 재인증 : 2024. 9월, with its milestones in the period on the ▷ line below. A round
 * shows when one of its milestones falls in the period; the month is the 우수기관 선정 date's.
 */
export function certificationLines(rounds: CertificationRound[], counted: DateRange): DraftLine[] {
  const shown = rounds
    .map((r) => ({ round: r, steps: r.milestones.filter((m) => factWithin(m, counted)).sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id) }))
    .filter((r) => r.steps.length > 0)
    .sort((a, b) => a.steps[0].date.localeCompare(b.steps[0].date) || a.round.id - b.round.id);
  return shown.flatMap(({ round, steps }) => {
    const source = { area: 'certification' as const, ...counted };
    const selection = steps.find((m) => m.kind === 'selection');
    const selected = selection ? ` : ${yearMonth(selection.date)}` : '';
    const figures = steps.map((m) => ({ label: m.label, value: factDate(m) }));
    return [
      { key: `cert:${round.id}`, level: '○' as const, text: `${round.name}${selected}`, source, figures },
      { key: `cert:${round.id}:milestones`, level: '▷' as const, text: steps.map((m) => `${m.label}(${factMonthDay(m)})`).join(', '), source, figures },
    ];
  });
}

/** ○ 행정안전부 '민원서비스 혁신 우수사례' 선정 : 2024.12월 — one line per award in the period. */
export function awardLines(awards: Award[], counted: DateRange): DraftLine[] {
  return awards
    .filter((a) => factWithin(a, counted))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id)
    .map((a) => ({
      key: `award:${a.id}`,
      level: '○' as const,
      text: `${a.awardedBy ? `${a.awardedBy} ` : ''}'${a.title}' ${a.outcome} : ${yearMonth(a.date)}`,
      source: { area: 'awards' as const, ...factDays(a) },
      figures: [{ label: a.awardedBy || '수여 기관', value: factDate(a) }],
    }));
}

/** 구민소통실적: activities in the period, counted per column; none is `-회`. */
export function communicationTable(activities: Pick<CommunicationActivity, 'date' | 'category'>[], counted: DateRange): { table: CommunicationTable; figures: AreaFigure[] } {
  const counts = COMMUNICATION_CATEGORIES.map((c) => activities.filter((a) => a.category === c && within(a.date, counted)).length);
  const year = `${counted.from.slice(0, 4)}~${counted.to.slice(0, 4)}`;
  return {
    table: { headers: COMMUNICATION_CATEGORIES.map((c) => communicationColumnHeader[c]), counts, cells: counts.map((n) => countOrDash(n, '회')) },
    figures: COMMUNICATION_CATEGORIES.map((c, i) => ({ area: '구민소통실적', year, item: communicationCategoryLabel[c], value: counts[i], unit: '회' })),
  };
}
