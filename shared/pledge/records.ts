/** The pledge card's own records, as the channels carry them. Dates are yyyy-MM-dd, months yyyy-MM. */

export const COMMUNICATION_CATEGORIES = ['briefing', 'survey', 'advisory', 'press', 'other'] as const;
export type CommunicationCategory = (typeof COMMUNICATION_CATEGORIES)[number];

/** How the category reads in forms and lists. */
export const communicationCategoryLabel: Record<CommunicationCategory, string> = {
  briefing: '설명회·보고회',
  survey: '만족도·설문조사',
  advisory: '민간전문가 자문',
  press: '언론·방송 보도',
  other: '기타',
};

/** How the card's 구민소통실적 table heads its columns (../../BRIEF.md §3). */
export const communicationColumnHeader: Record<CommunicationCategory, string> = {
  briefing: '설명회, 보고회',
  survey: '만족도, 설문조사',
  advisory: '민간전문가 자문',
  press: '언론·방송 보도',
  other: '기타',
};

export const BUDGET_SOURCES = ['national', 'city', 'district', 'other'] as const;
export type BudgetSource = (typeof BUDGET_SOURCES)[number];
export const budgetSourceLabel: Record<BudgetSource, string> = { national: '국비', city: '시비', district: '구비', other: '기타' };

export const MILESTONE_KINDS = ['application', 'inspection', 'selection', 'plaque', 'custom'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
/** The usual steps of a 국민행복민원실 round; 'custom' carries its own label. */
export const milestoneLabel: Record<Exclude<MilestoneKind, 'custom'>, string> = {
  application: '재인증 신청',
  inspection: '현장 실사',
  selection: '우수기관 선정',
  plaque: '현판식 개최',
};

/**
 * How well a fact's date is known: the day, or only its month (`2022.11월`), as offices often have it
 * for an old award or certification step. A month-only date is kept as the month's first day.
 */
export const DATE_PRECISIONS = ['day', 'month'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A dated fact of the card (an award, a certification step). */
export interface DatedFact {
  date: string;
  datePrecision: DatePrecision;
}

export interface PledgeCard {
  id: number;
  areaCode: string;
  areaNumber: string;
  title: string;
  status: string;
  businessType: string;
  funding: string;
  departmentId: number;
  departmentName: string;
  team: string;
  extension: string;
  projectFrom: string;
  projectTo: string;
  /** 사업기간 in the card's own words (`2022년(2022년 이행완료 후 계속추진)`); '' prints the dates. */
  projectPeriodText: string;
  contents: string;
  budgetNote: string;
  effects: string;
  plans: string;
  termFrom: string;
  termTo: string;
  updatedByName: string | null;
  updatedAt: string;
}

export interface Milestone extends DatedFact {
  id: number;
  kind: MilestoneKind;
  label: string;
}

export interface CertificationRound {
  id: number;
  cardId: number;
  name: string;
  validYears: number;
  milestones: Milestone[];
  /** The 우수기관 선정 milestone's date: the certification runs from it. */
  selectedOn: string | null;
  /** 'month' when the selection is known to its month only. */
  selectedOnPrecision: DatePrecision;
  /** The last day of validity; the next round is due the day after. */
  validUntil: string | null;
}

export interface Award extends DatedFact {
  id: number;
  cardId: number;
  title: string;
  awardedBy: string;
  outcome: string;
}

export interface CommunicationActivity {
  id: number;
  cardId: number;
  date: string;
  category: CommunicationCategory;
  title: string;
  details: string;
  outlet: string | null;
  /** True when the press item is listed among the card's 참고자료. */
  referenced: boolean;
}

export interface BudgetAmount {
  source: BudgetSource;
  /** A year of the term, or null for 임기후. */
  year: number | null;
  amount: number;
}

export interface PledgeReference {
  id: number;
  kind: 'photo' | 'press';
  position: number;
  /** Photo caption, or the press line `title : 2024.11.28. outlet`. */
  text: string;
  photo: { mimeType: string; contentBase64: string } | null;
  communicationId: number | null;
}

export interface NoteLine {
  id: number;
  level: '○' | '▷' | '-' | '※';
  text: string;
  /** The line it was added under; it stays there until the user moves it. */
  afterKey: string | null;
}

export interface LayoutEntry {
  key: string;
  hidden: boolean;
}

export interface NextCertification {
  roundName: string;
  selectedOn: string;
  selectedOnPrecision: DatePrecision;
  validUntil: string;
  /** The day the next round is due (the day after validity ends). */
  dueOn: string;
  daysLeft: number;
}
