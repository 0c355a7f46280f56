import { withParticle } from '../korean/particles';
import { z } from 'zod';
import type { ExportFile } from '../exportFile';
import { command, query } from './channel';
import { boolean, id, isoDate, noInput, text, year, yearMonth } from './fields';

/** Where a nomination came from; the office's sources are fixed, their weights are edited. */
export const KINDNESS_SOURCES = [
  'resident_homepage',
  'resident_phone',
  'resident_card',
  'resident_visit',
  'survey',
  'peer',
  'phone_monitoring',
  'other',
] as const;
export type KindnessSource = (typeof KINDNESS_SOURCES)[number];

export const kindnessSourceLabels: Record<KindnessSource, string> = {
  resident_homepage: '주민 칭찬(홈페이지)',
  resident_phone: '주민 칭찬(전화)',
  resident_card: '주민 칭찬(칭찬카드)',
  resident_visit: '주민 칭찬(방문)',
  survey: '만족도 조사',
  peer: '동료·부서장 추천',
  phone_monitoring: '전화친절도 모니터링',
  other: '기타',
};

export { kindnessMonthLabel } from '../kindness/monthLabel';

export interface KindnessCriterion {
  id: number;
  name: string;
  weight: number;
  sortOrder: number;
  active: boolean;
}

export interface KindnessRules {
  /** Not picked within this many months before the board's month; 0 = no such rule. */
  recentMonths: number;
  /** At most this many picks per department per month; 0 = no limit. */
  maxPerDepartment: number;
  updatedAt: string;
  updatedByName: string | null;
}

export interface KindnessConfig {
  sources: { source: KindnessSource; label: string; weight: number }[];
  criteria: KindnessCriterion[];
  rules: KindnessRules;
}

export interface KindnessNomination {
  id: number;
  month: string;
  staffId: number;
  staffName: string;
  /** The person's department and position today (a pick keeps its own copy). */
  departmentName: string;
  position: string;
  source: KindnessSource;
  sourceLabel: string;
  evidence: string;
  receivedOn: string;
  enteredById: number;
  enteredByName: string;
}

/** Why the rules advise against picking someone, in words the team lead can act on. */
export interface KindnessFlag {
  kind: 'recent' | 'department' | 'inactive';
  text: string;
}

/** The flags a pick knowingly went past ("규칙 예외로 선정"), in the board's words; null for an ordinary pick. */
export type KindnessRuleException = string | null;

/** How the history and the announcement mark a pick made past the rules: `예외(최근 6개월 내 선정(2024년 11월))`. */
export const kindnessExceptionNote = (exception: KindnessRuleException) => (exception ? `예외(${exception})` : '');

export interface KindnessPickInfo {
  reason: string;
  departmentName: string;
  position: string;
  pickedByName: string | null;
  exception: KindnessRuleException;
}

export interface KindnessBoardEntry {
  staffId: number;
  name: string;
  /** At the time of the pick for a picked person; today's otherwise. */
  departmentName: string;
  position: string;
  nominations: KindnessNomination[];
  ratings: { criterionId: number; rating: number }[];
  nominationScore: number;
  ratingScore: number;
  score: number;
  flags: KindnessFlag[];
  pick: KindnessPickInfo | null;
}

export interface KindnessMonthState {
  month: string;
  confirmed: boolean;
  confirmedAt: string | null;
  confirmedByName: string | null;
  unlocks: { unlockedAt: string; unlockedByName: string; reason: string }[];
}

export interface KindnessBoard {
  month: string;
  state: KindnessMonthState;
  criteria: KindnessCriterion[];
  sources: KindnessConfig['sources'];
  rules: KindnessRules;
  /** Sorted by score, highest first. */
  entries: KindnessBoardEntry[];
}

export interface KindnessPickRecord {
  /** The pick itself: an imported one's source (file, sheet, row) is asked by it (imports.sourcesOf). */
  id: number;
  month: string;
  staffId: number;
  name: string;
  departmentName: string;
  position: string;
  reason: string;
  exception: KindnessRuleException;
  /** Brought in from the office's own list of past picks (가져옴): confirmed and locked, without a nomination. */
  imported: boolean;
}

export interface KindnessHistoryMonth {
  month: string;
  /** picked: confirmed with picks; none: confirmed without ("선정 없음"); open: not confirmed yet. */
  status: 'picked' | 'none' | 'open';
  picks: KindnessPickRecord[];
  nominations: number;
}

export interface KindnessHistory {
  year: number;
  months: KindnessHistoryMonth[];
  byDepartment: { departmentName: string; picks: number }[];
  byPerson: { staffId: number; name: string; departmentName: string; picks: number; months: string[] }[];
  /** Every year with a record, with its confirmed picks. */
  years: { year: number; picks: number }[];
}

export interface KindnessYearLine {
  /** `2024년 : 14명 / 2025년 6월 현재 : 7명` */
  line: string;
  years: { year: number; label: string; picks: number; lastPickedMonth: string | null; complete: boolean }[];
}

export interface KindnessMonthSummary {
  month: string;
  nominations: number;
  nominees: number;
  confirmed: boolean;
  picks: { name: string; departmentName: string }[];
  previousMonth: { month: string; confirmed: boolean; nominations: number };
}

export interface KindnessAnnouncement {
  month: string;
  title: string;
  confirmed: boolean;
  rows: { month: string; departmentName: string; position: string; name: string; reason: string; exception: KindnessRuleException }[];
}

export const kindnessMonth = (label = '월') => yearMonth(label);

const smallInt = (label: string, min: number, max: number) =>
  z
    .number({ error: `${withParticle(label, '은/는')} 숫자로 입력하세요.` })
    .int(`${withParticle(label, '은/는')} 정수로 입력하세요.`)
    .min(min, `${withParticle(label, '은/는')} ${min} 이상이어야 합니다.`)
    .max(max, `${withParticle(label, '은/는')} ${max} 이하여야 합니다.`);

const source = z.enum(KINDNESS_SOURCES, { error: '추천 경로를 선택하세요.' });
const monthOnly = z.strictObject({ month: kindnessMonth() });

export const kindnessNominationInput = z.strictObject({
  id: id('추천').optional(),
  month: kindnessMonth('심사 월'),
  staffId: id('추천 대상 직원'),
  source,
  evidence: text('추천 내용', 500),
  receivedOn: isoDate('접수일'),
  /** Who entered it; the staff member at the PC when left out. */
  enteredById: id('입력자').optional(),
});
export type KindnessNominationInput = z.input<typeof kindnessNominationInput>;

export const kindnessCriterionInput = z.strictObject({
  id: id('심사 항목').optional(),
  name: text('항목명', 30),
  weight: smallInt('가중치', 0, 10),
  sortOrder: smallInt('순서', 0, 999),
  active: boolean('사용 여부').default(true),
});

export const kindnessRulesInput = z.strictObject({
  recentMonths: smallInt('재선정 제한 기간(개월)', 0, 36),
  maxPerDepartment: smallInt('부서별 월 선정 한도', 0, 20),
});

export const kindnessContract = {
  'kindness.config': query<KindnessConfig>()(noInput),
  'kindness.saveSourceWeights': command<KindnessConfig>()(
    z.strictObject({
      weights: z
        .array(z.strictObject({ source, weight: smallInt('추천 경로 점수', 0, 10) }), { error: '점수 목록이 올바르지 않습니다.' })
        .min(1, '바꿀 점수를 입력하세요.')
        .max(KINDNESS_SOURCES.length, '추천 경로가 너무 많습니다.'),
    }),
  ),
  'kindness.saveCriterion': command<KindnessCriterion>()(kindnessCriterionInput),
  'kindness.saveRules': command<KindnessRules>()(kindnessRulesInput),

  'kindness.nominations': query<KindnessNomination[]>()(monthOnly),
  'kindness.saveNomination': command<KindnessNomination>()(kindnessNominationInput),
  'kindness.deleteNomination': command<{ id: number }>()(z.strictObject({ id: id('추천') })),

  'kindness.board': query<KindnessBoard>()(monthOnly),
  'kindness.rate': command<KindnessBoardEntry>()(
    z.strictObject({
      month: kindnessMonth(),
      staffId: id('직원'),
      ratings: z
        .array(
          z.strictObject({
            criterionId: id('심사 항목'),
            /** null clears a rating. */
            rating: smallInt('평점', 1, 5).nullable(),
          }),
          { error: '평점 목록이 올바르지 않습니다.' },
        )
        .max(50, '심사 항목이 너무 많습니다.'),
    }),
  ),
  'kindness.pick': command<KindnessBoardEntry>()(
    z.strictObject({
      month: kindnessMonth(),
      staffId: id('직원'),
      reason: text('선정 사유', 200),
      /** The team lead's explicit "규칙 예외로 선정": needed to pick someone the rules flag. */
      exception: boolean('규칙 예외로 선정').default(false),
    }),
  ),
  'kindness.unpick': command<{ month: string; staffId: number }>()(z.strictObject({ month: kindnessMonth(), staffId: id('직원') })),
  'kindness.confirmMonth': command<KindnessMonthState>()(monthOnly),
  'kindness.unlockMonth': command<KindnessMonthState>()(z.strictObject({ month: kindnessMonth(), reason: text('확정 해제 사유', 200) })),

  'kindness.history': query<KindnessHistory>()(
    z.strictObject({ year: year('연도') }),
  ),
  'kindness.yearLine': query<KindnessYearLine>()(
    z
      .strictObject({ from: isoDate('시작일'), to: isoDate('종료일'), asOf: isoDate('기준일') })
      .refine((r) => r.from <= r.to, { message: '시작일이 종료일보다 늦습니다.', path: ['to'] }),
  ),
  'kindness.monthSummary': query<KindnessMonthSummary>()(monthOnly),
  'kindness.announcement': query<KindnessAnnouncement>()(monthOnly),
  'kindness.exportAnnouncement': query<ExportFile>()(monthOnly),
};
