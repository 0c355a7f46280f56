import type { BudgetTable, CommunicationTable, LineLevel, SectionLine } from './section';

/** ○ at the margin, ▷ two spaces in, - four, as the card is written (../../BRIEF.md §3). */
const INDENT: Record<Exclude<LineLevel, '※'>, string> = { '○': '', '▷': '  ', '-': '    ' };

/**
 * A ※ note annotates the line above it, so it sits one step inside a ○ or ▷ line and level with a
 * - line (and level with the note before it).
 */
export function indentOf(line: Pick<SectionLine, 'level'>, above: string | null): string {
  if (line.level !== '※') return INDENT[line.level];
  if (above === null) return '';
  const aboveIndent = above.match(/^ */)![0];
  if (above.trimStart().startsWith('※')) return aboveIndent;
  return aboveIndent.length >= 4 ? aboveIndent : `${aboveIndent}  `;
}

/** The visible lines as the outline text, each with its marker and indentation. */
export function outlineText(lines: Pick<SectionLine, 'level' | 'text' | 'hidden'>[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line.hidden) continue;
    out.push(`${indentOf(line, out.at(-1) ?? null)}${line.level} ${line.text}`);
  }
  return out;
}

export const tableRow = (cells: string[]) => `| ${cells.join(' | ')} |`;

export const communicationText = (table: CommunicationTable) => ['[구민소통실적]', tableRow(table.headers), tableRow(table.cells)];

export const budgetText = (table: BudgetTable) => [
  '[사업비 현황] (단위: 백만원)',
  tableRow(table.headers),
  ...table.rows.map((r) => tableRow([r.label, ...r.cells])),
];

/** The whole section as the user pastes it into the card. */
export function sectionText(parts: { heading: string; lines: SectionLine[]; communication: CommunicationTable; budget: BudgetTable }) {
  return [parts.heading, ...outlineText(parts.lines), '', ...communicationText(parts.communication), '', ...budgetText(parts.budget)].join('\n');
}
