import type { DateRange, TrainingFigures } from '../../shared/figures';
import { countOrDash, monthDay, monthDayRange, yearLabel } from '../../shared/korean/reportFormat';
import type { AreaFigure, SectionLine } from '../../shared/pledge/section';
import type { YearFigures } from './collectFigures';

export type DraftLine = Omit<SectionLine, 'hidden'>;

/** How each kind of training (shared/contract/trainings.ts) is headed on the card. */
const TRAINING_HEADINGS: Record<string, string> = {
  kindness: '직원친절교육 실시 : 연1회',
  complaintDrill: '특이민원 대응훈련 실시',
  other: '기타 교육 실시',
};
export const trainingHeading = (kind: string) => TRAINING_HEADINGS[kind] ?? `${kind} 실시`;

/** 기타 last, otherwise most cases first; languages with no case are left out. */
const languagesInOrder = (langs: { label: string; count: number }[]) =>
  langs
    .map((l, i) => ({ ...l, i }))
    .filter((l) => l.count > 0)
    .sort((a, b) => Number(a.label === '기타') - Number(b.label === '기타') || b.count - a.count || a.i - b.i);

/**
 * The ○ 친절민원시책 추진 block: the front-desk services with their yearly counts, then 힐링프로그램,
 * 친절 으뜸이 and the trainings. A year with nothing to count is left out of its line, and a line with
 * nothing in any year is left out, so the card never shows an invented "0".
 */
export function frontDeskLines(years: YearFigures[], counted: DateRange): { lines: DraftLine[]; figures: AreaFigure[] } {
  const figures: AreaFigure[] = [];
  const lines: DraftLine[] = [];
  const fig = (area: string, year: string, item: string, value: number, unit: string) => figures.push({ area, year, item, value, unit });
  const figuresOf = (area: string, year?: string) =>
    figures
      .filter((f) => f.area === area && (year === undefined || f.year === year))
      .map((f) => ({ label: `${f.year} ${f.item}`, value: countOrDash(f.value, f.unit) }));
  const add: Add = (key, level, text, source = null, area, year) => lines.push({ key, level, text, source, figures: area ? figuresOf(area, year) : [] });
  const whole = (area: NonNullable<DraftLine['source']>['area']) => ({ area, from: counted.from, to: counted.to });

  add('services', '○', '친절민원시책 추진');
  add('services:desk', '▷', '외국어 및 수어 통역지원, 휠체어 무료 대여, 민원 안내 도우미 운영-상시운영');

  // A year in progress shows its total only; the language breakdown is written for whole years.
  const foreign = years.flatMap((y) => {
    const { total, byLanguage } = y.interpretation.foreign;
    const langs = languagesInOrder(byLanguage);
    fig('외국어 통역', y.label, '합계', total, '건');
    langs.forEach((l) => fig('외국어 통역', y.label, l.label, l.count, '건'));
    if (total === 0) return [];
    const breakdown = y.currentMonth === null && langs.length ? `(${langs.map((l) => `${l.label} ${countOrDash(l.count, '')}`).join(', ')})` : '';
    return [`${y.label} ${countOrDash(total, '건')}${breakdown}`];
  });
  if (foreign.length) add('services:foreign', '-', `외국어 통역 : ${foreign.join(' / ')}`, whole('interpretation'), '외국어 통역');

  const sign = years.flatMap((y) => {
    fig('수어 통역', y.label, '합계', y.interpretation.sign.total, '건');
    return y.interpretation.sign.total ? [`${y.label} ${countOrDash(y.interpretation.sign.total, '건')}`] : [];
  });
  if (sign.length) add('services:sign', '-', `수어 통역 : ${sign.join(' / ')}`, whole('interpretation'), '수어 통역');

  const loans = years.flatMap((y) => {
    fig('휠체어 대여', y.label, '대여', y.loans.loans, '건');
    fig('휠체어 대여', y.label, '이용자', y.loans.borrowers, '명');
    return y.loans.loans ? [`${y.label} ${countOrDash(y.loans.loans, '건')}`] : [];
  });
  if (loans.length) add('services:wheelchair', '-', `휠체어 대여 : ${loans.join(' / ')}`, whole('loans'), '휠체어 대여');

  const guides = years.flatMap((y) => {
    fig('안내 도우미', y.label, '운영일', y.guides.days, '일');
    fig('안내 도우미', y.label, '연인원', y.guides.personDays, '명');
    return y.guides.days ? [`${y.label} ${countOrDash(y.guides.days, '일')} 운영, 연인원 ${countOrDash(y.guides.personDays, '명')}`] : [];
  });
  if (guides.length) add('services:guides', '-', `안내 도우미 : ${guides.join(' / ')}`, whole('guides'), '안내 도우미');

  healingLines(years, add, fig);
  kindnessLine(years, add, fig, whole('kindness'));
  trainingLines(years, add, fig);
  return { lines, figures };
}

/** Adds a line; `area` (and `year`) pick the figures listed beside it. */
type Add = (key: string, level: DraftLine['level'], text: string, source?: DraftLine['source'], area?: string, year?: string) => void;
type Fig = (area: string, year: string, item: string, value: number, unit: string) => void;

function healingLines(years: YearFigures[], add: Add, fig: Fig) {
  const held = years.filter((y) => y.healing.length > 0);
  if (!held.length) return;
  add('healing', '▷', '힐링프로그램');
  for (const y of held) {
    const programs = [...y.healing].sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
    const people = programs.reduce((sum, p) => sum + p.participants, 0);
    fig('힐링프로그램', y.label, '운영', programs.length, '회');
    fig('힐링프로그램', y.label, '참여', people, '명');
    programs.forEach((p) => fig('힐링프로그램', y.label, `${monthDay(p.date)} ${p.place}`, p.participants, '명'));
    const list = programs.map((p) => `${monthDay(p.date)} ${p.place}, ${countOrDash(p.participants, '명')}`).join('/');
    add(`healing:${y.year}`, '-', `${y.label} : ${countOrDash(programs.length, '회')}, ${countOrDash(people, '명')} 참여(${list})`, { area: 'healing', ...y.range }, '힐링프로그램', y.label);
  }
}

/**
 * A year reads whole only when its December has been picked (or confirmed with none); otherwise it
 * names the last month picked, since the board may not have got to the later months yet. The same
 * rule as the kindness area's own year line.
 */
function kindnessLine(years: YearFigures[], add: Add, fig: Fig, source: NonNullable<DraftLine['source']>) {
  const parts = years.flatMap((y) => {
    const { picks, lastPickedMonth } = y.kindness;
    const whole = y.currentMonth === null && lastPickedMonth === `${y.year}-12`;
    const label = whole ? y.label : yearLabel(y.year, Number((lastPickedMonth ?? y.range.to).slice(5, 7)));
    fig('친절 으뜸이', label, '선정', picks, '명');
    return picks ? [`${label} : ${countOrDash(picks, '명')}`] : [];
  });
  if (!parts.length) return;
  add('kindness', '▷', '친절 으뜸이 선정 : 매월');
  add('kindness:years', '-', parts.join(' / '), source, '친절 으뜸이');
}

function trainingLines(years: YearFigures[], add: Add, fig: Fig) {
  const kinds = [...new Set(years.flatMap((y) => y.trainings.map((t) => t.kind)))];
  for (const kind of kinds) {
    const held = years
      .map((y) => ({ y, t: y.trainings.find((t) => t.kind === kind) }))
      .filter((e): e is { y: YearFigures; t: TrainingFigures } => !!e.t && e.t.trainings > 0);
    if (!held.length) continue;
    const area = trainingHeading(kind).replace(/ 실시.*$/, '');
    for (const { y, t } of held) {
      fig(area, y.label, '횟수', t.trainings, '회');
      fig(area, y.label, '부서', t.departments, '개부서');
      fig(area, y.label, '인원', t.people, '명');
    }
    add(`training:${kind}`, '▷', trainingHeading(kind));
    for (const { y, t } of held) {
      const dates = t.firstDate && t.lastDate ? `(${monthDayRange(t.firstDate, t.lastDate)})` : '';
      add(`training:${kind}:${y.year}`, '-', `${y.label} ${countOrDash(t.departments, '개부서')} ${countOrDash(t.people, '명')}${dates}`, { area: 'trainings', ...y.range, kind }, area, y.label);
    }
  }
}
