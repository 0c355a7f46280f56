import type { PrintableCard } from '../../shared/contract/pledge';
import type { ExportFile } from '../../shared/exportFile';
import { cardNumber } from '../../shared/pledge/cardHeader';
import type { AreaFigure, BudgetRow } from '../../shared/pledge/section';
import { outlineText } from '../../shared/pledge/sectionText';
import { buildXlsx } from '../export/xlsx';

/** The section's outline, both tables and every per-area figure behind it, one sheet each. */
export function sectionXlsx({ card, section, officeName }: PrintableCard): Promise<ExportFile> {
  const title = [[officeName, cardNumber(card), card.title].filter(Boolean).join(' '), section.heading, `기준일 ${section.asOf}`];
  const visible = section.lines.filter((l) => !l.hidden);
  const outline = outlineText(visible);
  const counts = section.communication.counts;
  return buildXlsx(`추진실적_${card.areaCode}${card.areaNumber}_${section.from}_${section.to}.xlsx`, [
    {
      name: '추진실적',
      title,
      columns: [
        { header: '수준', width: 6, value: (i: number) => visible[i].level },
        { header: '내용', width: 100, value: (i: number) => outline[i] },
      ],
      rows: visible.map((_, i) => i),
    },
    {
      name: '구민소통실적',
      title,
      columns: section.communication.headers.map((header, i) => ({ header, width: 16, value: () => counts[i] })),
      rows: [0],
    },
    {
      name: '사업비 현황',
      title: [...title, '단위: 백만원'],
      columns: section.budget.headers.map((header, i) => ({
        header,
        width: i === 0 ? 10 : 12,
        value: (r: BudgetRow) => (i === 0 ? r.label : r.amounts[i - 1]),
      })),
      rows: section.budget.rows,
    },
    {
      name: '연도별 실적',
      title,
      columns: [
        { header: '구분', width: 20, value: (f: AreaFigure) => f.area },
        { header: '연도', width: 18, value: (f: AreaFigure) => f.year },
        { header: '항목', width: 28, value: (f: AreaFigure) => f.item },
        { header: '값', width: 10, value: (f: AreaFigure) => f.value },
        { header: '단위', width: 8, value: (f: AreaFigure) => f.unit },
      ],
      rows: section.figures,
    },
  ]);
}
