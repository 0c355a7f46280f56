import { fullDate } from '../korean/reportFormat';
import type { PledgeCard } from './records';

/** The card's header lines, the same on paper, in DOCX and on screen. */
export const cardNumber = (card: PledgeCard) => `${card.areaCode} ${card.areaNumber}`;

/** `< 임기내사업 / 자체사업 / 민원회계과 행정여권팀(2345) >` */
export const cardTags = (card: PledgeCard) =>
  `< ${card.businessType} / ${card.funding} / ${card.departmentName}${card.team ? ` ${card.team}` : ''}${card.extension ? `(${card.extension})` : ''} >`;

/** 공약사업 개요 as ○ lines: 사업기간, 사업내용, 사업비. */
export const outlineOfProject = (card: PledgeCard) => [
  `○ 사업기간 : ${fullDate(card.projectFrom)}~${fullDate(card.projectTo)}`,
  `○ 사업내용 : ${card.contents || '-'}`,
  `○ 사업비 : ${card.budgetNote || '-'}`,
];
