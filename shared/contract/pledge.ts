import { z } from 'zod';
import type { ExportFile } from '../exportFile';
import {
  BUDGET_SOURCES,
  COMMUNICATION_CATEGORIES,
  DATE_PRECISIONS,
  MILESTONE_KINDS,
  type Award,
  type BudgetAmount,
  type CertificationRound,
  type CommunicationActivity,
  type NextCertification,
  type NoteLine,
  type PledgeCard,
  type PledgeReference,
} from '../pledge/records';
import type { BudgetTable, PerformanceSection } from '../pledge/section';
import { BUDGET_FIRST_YEAR } from '../dateRange';
import { command, query } from './channel';
import { boolean, id, isoDate, noInput, optionalText, termMonth, text, year } from './fields';

const cardId = id('공약 카드');

export const cardInput = z
  .strictObject({
    id: cardId.optional(),
    areaCode: text('공약 분야', 30),
    areaNumber: text('공약 번호', 20),
    title: text('공약명', 200),
    status: text('추진상태', 50),
    businessType: text('사업구분', 50),
    funding: text('재원', 50),
    departmentId: id('부서'),
    team: optionalText('팀', 50),
    extension: optionalText('내선번호', 20).refine((s) => /^[0-9-]*$/.test(s), '내선번호는 숫자와 -만 입력하세요.'),
    projectFrom: isoDate('사업기간 시작일'),
    projectTo: isoDate('사업기간 종료일'),
    // The card's own words for 사업기간, printed instead of the dates; the dates stay what the app counts with.
    projectPeriodText: optionalText('사업기간 표기', 200),
    contents: optionalText('공약사업 개요', 4000),
    budgetNote: optionalText('사업비', 500),
    effects: optionalText('사업 이행효과', 4000),
    plans: optionalText('향후계획', 4000),
    termFrom: termMonth('임기 시작'),
    termTo: termMonth('임기 종료'),
  })
  .refine((c) => c.projectFrom <= c.projectTo, { message: '사업기간의 종료일이 시작일보다 앞섭니다.', path: ['projectTo'] })
  .refine((c) => c.termFrom <= c.termTo, { message: '임기 종료가 임기 시작보다 앞섭니다.', path: ['termTo'] })
  .refine((c) => Number(c.termTo.slice(0, 4)) - Number(c.termFrom.slice(0, 4)) <= 8, { message: '임기는 9개 연도 이내로 입력하세요.', path: ['termTo'] });
export type CardInput = z.input<typeof cardInput>;

/** Day or month: a fact known only to its month is dated `2022.11월` (shared/pledge/factDates.ts). */
const datePrecision = z.enum(DATE_PRECISIONS, { error: '날짜 단위를 선택하세요.' }).default('day');

const milestoneInput = z
  .strictObject({
    kind: z.enum(MILESTONE_KINDS, { error: '단계를 선택하세요.' }),
    label: optionalText('단계명', 50),
    date: isoDate('단계 날짜'),
    datePrecision,
  })
  .refine((m) => m.kind !== 'custom' || m.label.length > 0, { message: '직접 입력한 단계의 이름을 입력하세요.', path: ['label'] });

export const certificationInput = z
  .strictObject({
    cardId,
    id: id('인증 회차').optional(),
    name: text('인증명', 100),
    validYears: z.number({ error: '유효기간은 숫자로 입력하세요.' }).int('유효기간은 정수로 입력하세요.').min(1, '유효기간은 1년 이상입니다.').max(10, '유효기간은 10년 이하입니다.'),
    milestones: z.array(milestoneInput, { error: '추진 단계를 입력하세요.' }).min(1, '추진 단계를 하나 이상 입력하세요.').max(20, '추진 단계는 20개까지 입력할 수 있습니다.'),
  })
  .refine((r) => r.milestones.filter((m) => m.kind === 'selection').length <= 1, { message: '우수기관 선정은 한 회차에 한 번만 입력하세요.', path: ['milestones'] });
export type CertificationInput = z.input<typeof certificationInput>;

export const awardInput = z.strictObject({
  cardId,
  id: id('수상 기록').optional(),
  title: text('수상·선정 내용', 200),
  awardedBy: optionalText('수여 기관', 100),
  outcome: text('결과', 30),
  date: isoDate('수상일'),
  datePrecision,
});
export type AwardInput = z.input<typeof awardInput>;

export const communicationInput = z
  .strictObject({
    cardId,
    id: id('소통 활동').optional(),
    date: isoDate('날짜'),
    category: z.enum(COMMUNICATION_CATEGORIES, { error: '구분을 선택하세요.' }),
    title: text('제목', 200),
    details: optionalText('내용', 2000),
    outlet: optionalText('언론사', 100),
  })
  .refine((c) => c.category !== 'press' || c.outlet.length > 0, { message: '보도한 언론사를 입력하세요.', path: ['outlet'] });
export type CommunicationInput = z.input<typeof communicationInput>;

export const budgetInput = z.strictObject({
  cardId,
  amounts: z
    .array(
      z.strictObject({
        source: z.enum(BUDGET_SOURCES, { error: '재원을 선택하세요.' }),
        year: year('연도', BUDGET_FIRST_YEAR).nullable(),
        amount: z.number({ error: '금액은 숫자로 입력하세요.' }).int('금액은 백만원 단위 정수로 입력하세요.').min(0, '금액은 0 이상입니다.').max(10_000_000, '금액이 너무 큽니다.'),
      }),
      { error: '사업비를 입력하세요.' },
    )
    .max(60, '사업비 항목이 너무 많습니다.'),
});

/** The section's period: from and to inclusive, counted as of a date (today when not given). */
const periodFields = { cardId, from: isoDate('시작일'), to: isoDate('종료일'), asOf: isoDate('기준일').optional() };
export const sectionInput = z
  .strictObject(periodFields)
  .refine((p) => p.from <= p.to, { message: '기간의 종료일이 시작일보다 앞섭니다.', path: ['to'] })
  .refine((p) => Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4)) < 20, { message: '기간은 20년 이내로 정하세요.', path: ['from'] });
export type SectionInput = z.input<typeof sectionInput>;

const lineKey = z.string({ error: '줄을 선택하세요.' }).min(1, '줄을 선택하세요.').max(100, '줄 이름이 너무 깁니다.');

export const layoutInput = z.strictObject({
  cardId,
  lines: z.array(z.strictObject({ key: lineKey, hidden: boolean('숨김') }), { error: '줄 배치를 보내세요.' }).max(2000, '줄이 너무 많습니다.'),
});

export const noteInput = z.strictObject({
  cardId,
  id: id('메모').optional(),
  level: z.enum(['○', '▷', '-', '※'], { error: '수준(○ ▷ - ※)을 선택하세요.' }),
  text: text('메모', 300),
  afterKey: lineKey.nullable().default(null),
});

/** 10 MB of photo: well above a phone picture, far below what would bloat the backups. */
const MAX_PHOTO_BASE64 = 14_000_000;
export const photoInput = z.strictObject({
  cardId,
  fileName: text('파일 이름', 255).refine((n) => /\.(jpe?g|png)$/i.test(n), { message: 'JPG 또는 PNG 사진만 넣을 수 있습니다.' }),
  contentBase64: z.string({ error: '사진 내용이 없습니다.' }).min(1, '사진 내용이 없습니다.').max(MAX_PHOTO_BASE64, '사진이 너무 큽니다(10MB 이하).'),
  caption: text('사진 설명', 200),
});

const byId = (label: string) => z.strictObject({ id: id(label) });
const ofCard = z.strictObject({ cardId });

export interface BudgetSheet {
  years: number[];
  amounts: BudgetAmount[];
  table: BudgetTable;
}

/** Everything the printed card shows, in one answer, so the print page is ready in one step. */
export interface PrintableCard {
  card: PledgeCard;
  section: PerformanceSection;
  references: PledgeReference[];
  officeName: string;
}

export const pledgeContract = {
  'pledge.cards': query<PledgeCard[]>()(noInput),
  'pledge.saveCard': command<PledgeCard>()(cardInput),
  'pledge.section': query<PerformanceSection>()(sectionInput),
  'pledge.printable': query<PrintableCard>()(sectionInput),
  'pledge.saveLayout': command<{ saved: number }>()(layoutInput),
  'pledge.saveNote': command<NoteLine>()(noteInput),
  'pledge.deleteNote': command<{ deleted: true }>()(byId('메모')),
  'pledge.certifications': query<CertificationRound[]>()(ofCard),
  'pledge.nextCertification': query<NextCertification | null>()(noInput),
  'pledge.saveCertification': command<CertificationRound>()(certificationInput),
  'pledge.deleteCertification': command<{ deleted: true }>()(byId('인증 회차')),
  'pledge.awards': query<Award[]>()(ofCard),
  'pledge.saveAward': command<Award>()(awardInput),
  'pledge.deleteAward': command<{ deleted: true }>()(byId('수상 기록')),
  'pledge.communications': query<CommunicationActivity[]>()(ofCard),
  'pledge.saveCommunication': command<CommunicationActivity>()(communicationInput),
  'pledge.deleteCommunication': command<{ deleted: true }>()(byId('소통 활동')),
  'pledge.budget': query<BudgetSheet>()(ofCard),
  'pledge.saveBudget': command<BudgetSheet>()(budgetInput),
  'pledge.references': query<PledgeReference[]>()(ofCard),
  'pledge.addPhoto': command<PledgeReference>()(photoInput),
  'pledge.citePress': command<PledgeReference>()(z.strictObject({ cardId, communicationId: id('보도 자료') })),
  'pledge.moveReference': command<PledgeReference[]>()(
    z.strictObject({ id: id('참고자료'), direction: z.enum(['up', 'down'], { error: '옮길 방향을 선택하세요.' }) }),
  ),
  'pledge.removeReference': command<{ deleted: true }>()(byId('참고자료')),
  /** The whole card as 한글's own format, the one offices file. */
  'pledge.exportHwpx': query<ExportFile>()(sectionInput),
  'pledge.exportDocx': query<ExportFile>()(sectionInput),
  'pledge.exportXlsx': query<ExportFile>()(sectionInput),
  /** A command: it opens a hidden window to print the card's page. */
  'pledge.exportPdf': command<ExportFile>()(sectionInput),
};
