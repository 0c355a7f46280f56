import { z } from 'zod';
import type { ExportFile } from '../exportFile';
import { FIRST_YEAR, LAST_YEAR } from '../dateRange';
import type { LineSource, SourceArea } from '../pledge/section';
import { withParticle } from '../korean/particles';
import { command, query } from './channel';
import { id, noInput, text } from './fields';

/** The areas an office brings its old Excel ledgers into, in the wizard's order. */
export const IMPORT_AREAS = ['loans', 'interpretation', 'trainings', 'healing', 'kindness', 'communication', 'budget'] as const;
export type ImportArea = (typeof IMPORT_AREAS)[number];

export const importAreaLabels: Record<ImportArea, string> = {
  loans: '휠체어 대여',
  interpretation: '통역 요청',
  trainings: '교육 출석',
  healing: '힐링프로그램',
  kindness: '친절 으뜸이(지난 선정)',
  communication: '구민소통 활동',
  budget: '사업비',
};

/** Records of the pledge card itself: they go onto a card the wizard asks for. */
export const areaOnCard = (area: ImportArea) => area === 'communication' || area === 'budget';

/** 10 MB of file, as the staff import: far above any office ledger, far below what would hurt the app. */
const MAX_IMPORT_BASE64 = 14_000_000;

/** Which sheet column (0 = A) each field is read from; null = not read. Left out, the app matches the headers. */
const mapping = z.record(
  z.string().max(30),
  z.number({ error: '열을 선택하세요.' }).int('열을 선택하세요.').min(0, '열을 선택하세요.').max(255, '열을 선택하세요.').nullable(),
  { error: '열 연결이 올바르지 않습니다.' },
);

export const importFileInput = z
  .strictObject({
    area: z.enum(IMPORT_AREAS, { error: '가져올 기록의 종류를 선택하세요.' }),
    fileName: text('파일 이름', 255).refine((n) => /\.(csv|xlsx)$/i.test(n), { message: 'CSV 또는 XLSX 파일만 가져올 수 있습니다.' }),
    contentBase64: z.string({ error: '파일을 선택하세요.' }).min(1, '파일을 선택하세요.').max(MAX_IMPORT_BASE64, '파일이 너무 큽니다(10MB 이하).'),
    cardId: id('공약 카드').nullable().default(null),
    /** The sheet to read; '' reads the first sheet with a header row the area knows. */
    sheet: z.string({ error: '시트를 선택하세요.' }).max(100, '시트 이름이 너무 깁니다.').default(''),
    mapping: mapping.optional(),
  })
  .refine((i) => !areaOnCard(i.area) || i.cardId !== null, { message: '기록을 넣을 공약 카드를 선택하세요.', path: ['cardId'] });
export type ImportFileInput = z.input<typeof importFileInput>;

export const importSaveInput = z
  .strictObject({
    ...importFileInput.shape,
    /** Rows with a problem are left out and listed in the report; without it a file with problems is refused. */
    skipProblems: z.boolean({ error: '문제가 있는 줄을 건너뛸지 선택하세요.' }).default(false),
  })
  .refine((i) => !areaOnCard(i.area) || i.cardId !== null, { message: '기록을 넣을 공약 카드를 선택하세요.', path: ['cardId'] });
export type ImportSaveInput = z.input<typeof importSaveInput>;

export type PreviewState = 'ready' | 'problem' | 'already';

/** One sheet row as it will be saved: the values read, and its problem in Korean (a row with one is not saved). */
export interface PreviewRow {
  /** The row's number in the sheet (1 = Excel's first row). */
  row: number;
  /** The values as they will be saved, in the area's field order (importFields). */
  values: string[];
  state: PreviewState;
  problem: string | null;
  /** What saving it also does or leaves out: "성명·연락처 없이 가져옵니다(보유기간 경과)", "새 휠체어로 등록". */
  notes: string[];
}

export interface ImportPreview {
  area: ImportArea;
  fileName: string;
  /** Every sheet of the file (a CSV has one). */
  sheets: string[];
  sheet: string;
  /** The sheet row taken as the header (below any merged title rows); null when none was recognised. */
  headerRow: number | null;
  /** The sheet's columns: index (0 = A), letter and header text. */
  columns: { index: number; letter: string; header: string }[];
  /** Field key → column index, as matched by header or as given. */
  mapping: Record<string, number | null>;
  /** Required fields with no column yet, by label: nothing can be read until they have one. */
  missing: string[];
  rows: PreviewRow[];
  counts: { ready: number; problems: number; already: number };
}

export interface ImportReport {
  batchId: number | null;
  added: number;
  /** Rows already brought in by an earlier import of the same ledger. */
  already: number;
  skipped: { row: number; reason: string }[];
  /** What else the save did: wheelchairs registered, people added to the staff list, months confirmed. */
  notes: string[];
}

export interface ImportBatch {
  id: number;
  area: ImportArea;
  fileName: string;
  sheet: string;
  rowsAdded: number;
  rowsSkipped: number;
  createdAt: string;
  createdByName: string | null;
  desk: string | null;
}

/** Where an imported record came from, as it reads on the record: `대여대장.xlsx · 2023년 · 12행`. */
export interface RecordSource {
  recordTable: string;
  recordId: number | null;
  recordKey: string;
  fileName: string;
  sheet: string;
  row: number;
  text: string;
}

/** `대여대장.xlsx · 2023년 · 12행` (a CSV has no sheet name worth repeating); `rows` may be several (`5~8, 10`). */
export const sourceText = (fileName: string, sheet: string, rows: number | string) => [fileName, sheet, `${rows}행`].filter(Boolean).join(' · ');

// ——— 이전 집계 ———

/** The card's lines an earlier total can stand in for, in the card's order. */
export const EARLIER_TOTAL_AREAS = ['interpretationForeign', 'interpretationSign', 'loans', 'guides', 'healing', 'kindness', 'trainings', 'communication'] as const;
export type EarlierTotalArea = (typeof EARLIER_TOTAL_AREAS)[number];

/** How each line counts: the count's unit, and which of 명 and 개부서 it has (and must be given). */
export const earlierTotalLines: Record<EarlierTotalArea, { label: string; unit: string; people: string | null; peopleRequired: boolean; departments: boolean; item: 'language' | 'trainingKind' | 'communicationCategory' | null }> = {
  interpretationForeign: { label: '외국어 통역', unit: '건', people: null, peopleRequired: false, departments: false, item: 'language' },
  interpretationSign: { label: '수어 통역', unit: '건', people: null, peopleRequired: false, departments: false, item: null },
  loans: { label: '휠체어 대여', unit: '건', people: '이용자', peopleRequired: false, departments: false, item: null },
  guides: { label: '안내 도우미', unit: '일', people: '연인원', peopleRequired: true, departments: false, item: null },
  healing: { label: '힐링프로그램', unit: '회', people: '참여', peopleRequired: true, departments: false, item: null },
  kindness: { label: '친절 으뜸이', unit: '명', people: null, peopleRequired: false, departments: false, item: null },
  trainings: { label: '교육', unit: '회', people: '인원', peopleRequired: true, departments: true, item: 'trainingKind' },
  communication: { label: '구민소통', unit: '회', people: null, peopleRequired: false, departments: false, item: 'communicationCategory' },
};

export interface EarlierTotal {
  id: number;
  area: EarlierTotalArea;
  item: string;
  /** yyyy (a whole year) or yyyy-MM. */
  period: string;
  cardId: number | null;
  count: number;
  people: number | null;
  departments: number | null;
  source: string;
  /** How the records view reads it: `2023년 상반기 … : 31건` comes from this and the line's units. */
  updatedByName: string | null;
  updatedAt: string;
}

/**
 * Whether an earlier total belongs to a range, by the same yardstick as the records: a month's total
 * when its month lies between the range's months (as a month's 친절 으뜸이 picks), a year's total when
 * its year does. The card asks once per year, so a year's total lands whole in its own year.
 */
export const totalInRange = (t: Pick<EarlierTotal, 'period'>, range: { from: string; to: string }) =>
  t.period.length === 4
    ? t.period >= range.from.slice(0, 4) && t.period <= range.to.slice(0, 4)
    : t.period >= range.from.slice(0, 7) && t.period <= range.to.slice(0, 7);

/** The earlier totals each card line counts beside its records (a training line, those of its kind). */
const TOTALS_OF_LINE: Partial<Record<SourceArea, EarlierTotalArea[]>> = {
  loans: ['loans'],
  interpretation: ['interpretationForeign', 'interpretationSign'],
  guides: ['guides'],
  trainings: ['trainings'],
  healing: ['healing'],
  kindness: ['kindness'],
};

export const lineTotalAreas = (area: SourceArea): EarlierTotalArea[] => TOTALS_OF_LINE[area] ?? [];

/** Of `totals`, those a line counts: its areas, its 세부 구분, and, given a range, those inside it. */
export const totalsOfLine = <T extends Pick<EarlierTotal, 'area' | 'item' | 'period'>>(totals: T[], source: LineSource, range?: { from: string; to: string }) =>
  totals.filter((t) => lineTotalAreas(source.area).includes(t.area) && (!source.kind || t.item === source.kind) && (!range || totalInRange(t, range)));

const PERIOD = /^\d{4}(-(0[1-9]|1[0-2]))?$/;
const amount = (label: string, max: number) =>
  z
    .number({ error: `${withParticle(label, '을/를')} 숫자로 입력하세요.` })
    .int(`${withParticle(label, '은/는')} 정수로 입력하세요.`)
    .min(0, `${withParticle(label, '은/는')} 0 이상이어야 합니다.`)
    .max(max, `${withParticle(label, '이/가')} 너무 큽니다.`);

export const earlierTotalInput = z
  .strictObject({
    id: id('이전 집계').optional(),
    area: z.enum(EARLIER_TOTAL_AREAS, { error: '실적 항목을 선택하세요.' }),
    item: z.string({ error: '세부 구분을 선택하세요.' }).max(30, '세부 구분이 너무 깁니다.').default(''),
    period: z
      .string({ error: '연도나 월을 입력하세요.' })
      .regex(PERIOD, '연도(2023) 또는 월(2023-07)로 입력하세요.')
      .refine((p) => Number(p.slice(0, 4)) >= FIRST_YEAR && Number(p.slice(0, 4)) <= LAST_YEAR, `연도는 ${FIRST_YEAR}년부터 ${LAST_YEAR}년까지 입력할 수 있습니다.`),
    cardId: id('공약 카드').nullable().default(null),
    count: amount('건수', 1_000_000),
    people: amount('인원', 10_000_000).nullable().default(null),
    departments: amount('부서 수', 10_000).nullable().default(null),
    source: text('출처', 200),
  })
  .superRefine((t, ctx) => {
    const line = earlierTotalLines[t.area];
    if (line.item === 'trainingKind' && !t.item) ctx.addIssue({ code: 'custom', message: '교육 종류를 선택하세요.', path: ['item'] });
    if (line.item === 'communicationCategory' && !t.item) ctx.addIssue({ code: 'custom', message: '구민소통 구분을 선택하세요.', path: ['item'] });
    if (line.item === null && t.item) ctx.addIssue({ code: 'custom', message: '이 항목에는 세부 구분이 없습니다.', path: ['item'] });
    if (line.peopleRequired && t.people === null) ctx.addIssue({ code: 'custom', message: `${line.people} 인원을 입력하세요.`, path: ['people'] });
    if (!line.people && t.people !== null) ctx.addIssue({ code: 'custom', message: `${line.label}에는 인원을 적지 않습니다.`, path: ['people'] });
    if (line.departments && t.departments === null) ctx.addIssue({ code: 'custom', message: '참여 부서 수를 입력하세요.', path: ['departments'] });
    if (!line.departments && t.departments !== null) ctx.addIssue({ code: 'custom', message: `${line.label}에는 부서 수를 적지 않습니다.`, path: ['departments'] });
    if ((t.area === 'communication') !== (t.cardId !== null)) {
      ctx.addIssue({ code: 'custom', message: t.area === 'communication' ? '구민소통 집계를 넣을 공약 카드를 선택하세요.' : '이 항목은 공약 카드와 상관없이 기록합니다.', path: ['cardId'] });
    }
  });
export type EarlierTotalInput = z.input<typeof earlierTotalInput>;

export const importsContract = {
  /** Reads the file and shows every row as it would be saved, with its problem; saves nothing. */
  'imports.read': query<ImportPreview>()(importFileInput),
  /** Reads the file again and saves its rows in one transaction; rows already imported are not added twice. */
  'imports.save': command<ImportReport>()(importSaveInput),
  /** A blank XLSX with the area's headers and one example row. */
  'imports.template': query<ExportFile>()(z.strictObject({ area: z.enum(IMPORT_AREAS, { error: '가져올 기록의 종류를 선택하세요.' }) })),
  'imports.batches': query<ImportBatch[]>()(noInput),
  /** Where each of the given records came from, for the records imported (others are left out). */
  'imports.sourcesOf': query<RecordSource[]>()(
    z.strictObject({
      recordTable: z.string({ error: '기록 종류가 없습니다.' }).max(50),
      ids: z.array(id('기록'), { error: '기록을 선택하세요.' }).max(2000, '한 번에 2000건까지 볼 수 있습니다.'),
    }),
  ),
  'earlierTotals.list': query<EarlierTotal[]>()(
    z.strictObject({ area: z.enum(EARLIER_TOTAL_AREAS, { error: '실적 항목을 선택하세요.' }).nullable().default(null) }).default({ area: null }),
  ),
  'earlierTotals.save': command<EarlierTotal>()(earlierTotalInput),
  'earlierTotals.delete': command<{ deleted: true }>()(z.strictObject({ id: id('이전 집계') })),
};
