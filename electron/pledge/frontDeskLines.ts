import type { DateRange, TrainingFigures } from '../../shared/figures';
import { countOrDash, countText, monthDay } from '../../shared/korean/reportFormat';
import {
  eventsYearLabel,
  foreignInterpretationLine,
  guidesLine,
  healingLineText,
  kindnessLine,
  kindnessYearLabel,
  languagesInOrder,
  programCount,
  programsInOrder,
  runningYearLabel,
  signInterpretationLine,
  trainingLineText,
  wheelchairLine,
} from '../../shared/pledge/reportLines';
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

/**
 * The ○ 친절민원시책 추진 block: the front-desk services with their yearly counts, then 힐링프로그램,
 * 친절 으뜸이 and the trainings. A year with nothing to count is left out of its line, and a line with
 * nothing in any year is left out, so the card never shows an invented "0". The wording of each line
 * is shared/pledge/reportLines.ts's; the figures beside a line carry the same year labels.
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

  for (const y of years) {
    const label = runningYearLabel(y.range);
    const { foreign, sign } = y.interpretation;
    fig('외국어 통역', label, '합계', foreign.total, '건');
    languagesInOrder(foreign.byLanguage).forEach((l) => fig('외국어 통역', label, l.label, l.count, '건'));
    fig('수어 통역', label, '합계', sign.total, '건');
    fig('휠체어 대여', label, '대여', y.loans.loans, '건');
    fig('휠체어 대여', label, '이용자', y.loans.borrowers, '명');
    fig('안내 도우미', label, '운영일', y.guides.days, '일');
    fig('안내 도우미', label, '연인원', y.guides.personDays, '명');
  }
  const of = <F>(pick: (y: YearFigures) => F) => years.map((y) => ({ range: y.range, figures: pick(y) }));
  const services = [
    { key: 'services:foreign', text: foreignInterpretationLine(of((y) => y.interpretation.foreign)), area: 'interpretation', figure: '외국어 통역' },
    { key: 'services:sign', text: signInterpretationLine(of((y) => y.interpretation.sign)), area: 'interpretation', figure: '수어 통역' },
    { key: 'services:wheelchair', text: wheelchairLine(of((y) => y.loans)), area: 'loans', figure: '휠체어 대여' },
    { key: 'services:guides', text: guidesLine(of((y) => y.guides)), area: 'guides', figure: '안내 도우미' },
  ] as const;
  for (const s of services) if (s.text) add(s.key, '-', s.text, whole(s.area), s.figure);

  healingLines(years, add, fig);
  kindnessLines(years, add, fig, whole('kindness'));
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
    const label = eventsYearLabel(y.range);
    const programs = programsInOrder(y.healing);
    fig('힐링프로그램', label, '운영', programs.reduce((sum, p) => sum + programCount(p), 0), '회');
    fig('힐링프로그램', label, '참여', programs.reduce((sum, p) => sum + p.participants, 0), '명');
    programs.forEach((p) => fig('힐링프로그램', label, programFigureName(p), p.participants, '명'));
    add(`healing:${y.year}`, '-', healingLineText(label, programs), { area: 'healing', ...y.range }, '힐링프로그램', label);
  }
}

/** `5.17. 태종대`, or for an earlier total `이전 집계 5월 2회` (`이전 집계 2회` for a whole year). */
const programFigureName = (p: YearFigures['healing'][number]) =>
  p.earlierTotal
    ? `이전 집계 ${p.earlierTotal.period.length === 4 ? '' : `${Number(p.earlierTotal.period.slice(5, 7))}월 `}${countText(p.earlierTotal.programs, '회')}`
    : `${monthDay(p.date)} ${p.place}`;

function kindnessLines(years: YearFigures[], add: Add, fig: Fig, source: NonNullable<DraftLine['source']>) {
  const picked = years.map((y) => ({ label: kindnessYearLabel(y.range, y.kindness.lastPickedMonth), picks: y.kindness.picks }));
  picked.forEach((y) => fig('친절 으뜸이', y.label, '선정', y.picks, '명'));
  const shown = picked.filter((y) => y.picks > 0);
  if (!shown.length) return;
  add('kindness', '▷', '친절 으뜸이 선정 : 매월');
  add('kindness:years', '-', kindnessLine(shown), source, '친절 으뜸이');
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
      const label = eventsYearLabel(y.range);
      fig(area, label, '횟수', t.trainings, '회');
      fig(area, label, '부서', t.departments, '개부서');
      fig(area, label, '인원', t.people, '명');
    }
    add(`training:${kind}`, '▷', trainingHeading(kind));
    for (const { y, t } of held) {
      const label = eventsYearLabel(y.range);
      add(`training:${kind}:${y.year}`, '-', trainingLineText(label, t), { area: 'trainings', ...y.range, kind }, area, label);
    }
  }
}
