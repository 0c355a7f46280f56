import { shiftStatusLabel } from '../../shared/contract/guides';
import { trainingKindLabels, type TrainingKind } from '../../shared/contract/trainings';
import type { DateRange } from '../../shared/figures';
import { fullDate, monthDay } from '../../shared/korean/reportFormat';
import type { LineSource, SourceArea } from '../../shared/pledge/section';
import { call } from '../api/client';

export interface RecordList {
  title: string;
  headers: string[];
  rows: string[][];
  /** Where the full list lives in the app. */
  href: string;
  note?: string;
  /** The records listed, for the sources of those brought in from old ledgers (ImportedSources). */
  imported?: { recordTable: string; ids: number[]; describe: (id: number) => string };
}

/** imports.sourcesOf's limit: a year's list longer than this shows the sources of its first records. */
const SOURCES_AT_ONCE = 2000;

/** The records of a list by id, each named as its row starts (`2024-03-04 W-01`). */
const importedOf = (recordTable: string, records: { id: number; row: string[] }[]): RecordList['imported'] => {
  const named = new Map(records.slice(0, SOURCES_AT_ONCE).map((r) => [r.id, r.row.slice(0, 2).join(' ')]));
  return { recordTable, ids: [...named.keys()], describe: (id) => named.get(id) ?? '' };
};

const within = (date: string, r: DateRange) => date >= r.from && date <= r.to;
const failed = (message: string): never => {
  throw new Error(message);
};

/**
 * The records behind a line, read through the area's own list channel over one year of the line's
 * range (some lists answer a year at a time), with the same rows the area's page shows.
 */
export const areaRecordLists: Record<SourceArea, (source: LineSource, range: DateRange, cardId: number) => Promise<RecordList>> = {
  loans: async (_s, range) => {
    const r = await call('loans.ledger', { ...range, limit: 500 });
    if (!r.ok) return failed(r.error.message);
    return {
      title: `휠체어 대여 ${r.value.total}건`,
      headers: ['대여일', '휠체어', '이용자', '반납'],
      rows: r.value.rows.map((l) => [l.startedAt.slice(0, 10), l.assetNumber, l.borrowerName ?? '-', l.returnedAt ? l.returnedAt.slice(0, 10) : '대여 중']),
      href: '#/loans',
      imported: importedOf('loan', r.value.rows.map((l) => ({ id: l.id, row: [l.startedAt.slice(0, 10), l.assetNumber] }))),
      note: r.value.total > r.value.rows.length ? `앞의 ${r.value.rows.length}건만 보입니다.` : undefined,
    };
  },
  interpretation: async (_s, range) => {
    const r = await call('interpretation.requests.list', range);
    if (!r.ok) return failed(r.error.message);
    return {
      title: `통역 요청 ${r.value.summary.listed}건 (실적 ${r.value.summary.served.cases}건)`,
      headers: ['날짜', '언어', '업무', '상태'],
      rows: r.value.rows.map((q) => [q.date, q.languageLabel, q.task, q.status]),
      href: '#/interpretation',
      imported: importedOf('interpretation_request', r.value.rows.map((q) => ({ id: q.id, row: [q.date, q.languageLabel] }))),
      note: r.value.truncated ? '일부만 보입니다. 통역 지원 화면에서 전체를 내려받으세요.' : undefined,
    };
  },
  guides: async (_s, range) => {
    const r = await call('guides.shifts', range);
    if (!r.ok) return failed(r.error.message);
    return {
      title: `안내 도우미 근무 ${r.value.length}건`,
      headers: ['날짜', '도우미', '상태'],
      rows: r.value.map((s) => [s.date, s.replacementName ? `${s.helperName} → ${s.replacementName}` : s.helperName, shiftStatusLabel[s.status]]),
      href: '#/guides',
    };
  },
  trainings: async (source, range) => {
    const r = await call('trainings.sessionsBetween', range);
    if (!r.ok) return failed(r.error.message);
    const label = source.kind ? trainingKindLabels[source.kind as TrainingKind] : undefined;
    const sessions = r.value.filter((s) => !label || s.kindLabel === label);
    return {
      title: `교육 ${sessions.length}회`,
      headers: ['날짜', '교육', '장소'],
      rows: sessions.map((s) => [monthDay(s.date), s.title, s.place]),
      href: '#/trainings',
      imported: importedOf('training', sessions.map((s) => ({ id: s.trainingId, row: [s.title] }))),
    };
  },
  healing: async (_s, range) => {
    const r = await call('healing.programsBetween', range);
    if (!r.ok) return failed(r.error.message);
    return {
      title: `힐링프로그램 ${r.value.length}회`,
      headers: ['날짜', '장소', '활동', '참여'],
      rows: r.value.map((p) => [monthDay(p.date), p.place, p.activity, `${p.participants}명`]),
      href: '#/trainings',
      imported: importedOf('healing_program', r.value.map((p) => ({ id: p.id, row: [monthDay(p.date), p.place] }))),
    };
  },
  kindness: async (_s, range) => {
    const r = await call('kindness.history', { year: Number(range.from.slice(0, 4)) });
    if (!r.ok) return failed(r.error.message);
    const months = r.value.months.filter((m) => within(`${m.month}-01`, { from: `${range.from.slice(0, 7)}-01`, to: range.to }));
    const picks = months.flatMap((m) => m.picks);
    return {
      title: `친절 으뜸이 ${picks.length}명`,
      headers: ['월', '이름', '부서'],
      rows: picks.map((p) => [p.month, p.name, p.departmentName]),
      href: '#/kindness',
      imported: importedOf('kindness_pick', picks.map((p) => ({ id: p.id, row: [p.month, p.name] }))),
      note: months.some((m) => m.status === 'open') ? '확정되지 않은 달은 실적에 들어가지 않습니다.' : undefined,
    };
  },
  certification: async (_s, range, cardId) => {
    const r = await call('pledge.certifications', { cardId });
    if (!r.ok) return failed(r.error.message);
    const steps = r.value.flatMap((round) => round.milestones.filter((m) => within(m.date, range)).map((m) => [fullDate(m.date), round.name, m.label]));
    return { title: `인증 단계 ${steps.length}건`, headers: ['날짜', '회차', '단계'], rows: steps, href: '#/pledge' };
  },
  awards: async (_s, range, cardId) => {
    const r = await call('pledge.awards', { cardId });
    if (!r.ok) return failed(r.error.message);
    const awards = r.value.filter((a) => within(a.date, range));
    return { title: `수상 ${awards.length}건`, headers: ['날짜', '기관', '내용'], rows: awards.map((a) => [fullDate(a.date), a.awardedBy, `${a.title} ${a.outcome}`]), href: '#/pledge' };
  },
};
