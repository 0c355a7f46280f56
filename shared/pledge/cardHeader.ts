import { fullDate } from '../korean/reportFormat';
import { budgetSummary } from './budgetTable';
import type { PledgeCard } from './records';
import type { BudgetTable } from './section';

/** The card's header lines, the same on paper, in every export and on screen. */
export const cardNumber = (card: PledgeCard) => `${card.areaCode} ${card.areaNumber}`;

/** `< 임기내사업 / 자체사업 / 민원회계과 행정여권팀(2345) >` */
export const cardTags = (card: PledgeCard) =>
  `< ${card.businessType} / ${card.funding} / ${card.departmentName}${card.team ? ` ${card.team}` : ''}${card.extension ? `(${card.extension})` : ''} >`;

/** `2022.07.01.~2026.06.30.`: the dates the app counts with. */
export const projectDates = (card: PledgeCard) => `${fullDate(card.projectFrom)}~${fullDate(card.projectTo)}`;

/** 사업기간 as the card writes it: the card's own words when it has them (`2022년(2022년 이행완료 후 계속추진)`), else the dates. */
export const projectPeriod = (card: PledgeCard) => card.projectPeriodText.trim() || projectDates(card);

/**
 * 공약사업 개요 as ○ lines: 사업기간, 사업내용, 사업비. The 사업비 line is counted from the same amounts as
 * the 사업비 현황 table; the card's own words stand only where nothing is budgeted.
 */
export const outlineOfProject = (card: PledgeCard, budget: BudgetTable) => [
  `○ 사업기간 : ${projectPeriod(card)}`,
  `○ 사업내용 : ${card.contents || '-'}`,
  `○ 사업비 : ${budgetSummary(budget) ?? (card.budgetNote || '-')}`,
];
