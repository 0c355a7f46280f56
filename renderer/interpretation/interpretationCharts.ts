import type { CountLine, PeriodCount } from '../../shared/contract/interpretation';
import type { Figure } from '../charts/figure';

const YEAR_COLORS = ['blue.8', 'gray.6', 'teal.8', 'grape.8', 'orange.8', 'indigo.8'];

/**
 * Lines (languages or ways of service) against the years of the period, in 건: the same yearly counts
 * as the tables under it, which are the ones the report counts (처리 완료·다른 기관 안내).
 */
function linesByYear(title: string, heading: string, yearly: PeriodCount[], pick: (p: PeriodCount) => CountLine[]): Figure {
  const labels = new Map<string, string>();
  for (const y of yearly) for (const l of pick(y)) labels.set(l.key, l.label);
  // The newest year first in the legend and the darkest colour, as it is the one people look for.
  const years = [...yearly].reverse();
  return {
    title,
    categoryHeading: heading,
    unit: '건',
    series: years.map((y, i) => ({ key: `y${y.period}`, label: `${y.period}년`, color: YEAR_COLORS[i % YEAR_COLORS.length], dashed: i > 0 })),
    rows: [...labels].map(([key, label]) => ({
      category: label,
      values: Object.fromEntries(years.map((y) => [`y${y.period}`, pick(y).find((l) => l.key === key)?.cases ?? 0])),
    })),
  };
}

export const languageMix = (yearly: PeriodCount[]) => linesByYear('언어별 통역 건수', '언어', yearly, (p) => p.byLanguage);

export const methodMix = (yearly: PeriodCount[]) => linesByYear('지원 방법별 통역 건수', '지원 방법', yearly, (p) => p.byMethod);
