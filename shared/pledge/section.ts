/**
 * The 추진실적 section as data: the outline's lines, the 구민소통실적 and 사업비 현황 tables, and the
 * figures per area and year. Main builds it; the page, the print view and the exports all read it.
 */
export type LineLevel = '○' | '▷' | '-' | '※';

export const LINE_LEVELS: readonly LineLevel[] = ['○', '▷', '-', '※'];

/** The area whose records a line was counted from, and the dates they were counted over. */
export type SourceArea =
  | 'loans'
  | 'interpretation'
  | 'guides'
  | 'trainings'
  | 'healing'
  | 'kindness'
  | 'certification'
  | 'awards';

export interface LineSource {
  area: SourceArea;
  from: string;
  to: string;
  /** The training kind, for a trainings line. */
  kind?: string;
}

/** One figure behind a line, as the side panel lists it when the area has no list of its own. */
export interface LineFigure {
  label: string;
  value: string;
}

export interface SectionLine {
  /** Stable across periods (e.g. "healing:2024"), so the user's order and hiding stick to the line. */
  key: string;
  level: LineLevel;
  text: string;
  source: LineSource | null;
  figures: LineFigure[];
  /** Set on a free note line the user added; its text is the user's, not a figure. */
  noteId?: number;
  hidden: boolean;
}

export interface CommunicationTable {
  headers: string[];
  counts: number[];
  /** `3회`, and `-회` for none. */
  cells: string[];
}

export interface BudgetRow {
  label: string;
  /** In column order: 합계, 임기내 소계, each term year, 임기후. */
  amounts: number[];
  cells: string[];
}

export interface BudgetTable {
  /** One header row, as the copied text writes it; the card's two-level header is budgetHeaderRows(years). */
  headers: string[];
  /** The term's calendar years, the 임기내 columns. */
  years: number[];
  rows: BudgetRow[];
}

/** One figure per area, year and item: the XLSX's per-area sheet and the side panel read these. */
export interface AreaFigure {
  area: string;
  year: string;
  item: string;
  value: number;
  /** 건, 명, 회, 일 … as the line writes it. */
  unit: string;
}

export interface PerformanceSection {
  cardId: number;
  from: string;
  to: string;
  asOf: string;
  /** `추진실적 (2024.01.01.~2025.06.30.)` */
  heading: string;
  lines: SectionLine[];
  communication: CommunicationTable;
  budget: BudgetTable;
  figures: AreaFigure[];
  /** The section as the user copies it: visible lines only, both tables below. */
  text: string;
}
