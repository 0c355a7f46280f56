import { ledgerColumns, loanStates, type LedgerDownload } from '../../shared/contract/loans';
import type { ExportFile } from '../../shared/exportFile';
import { period } from '../../shared/korean/reportFormat';
import { buildXlsx } from '../export/xlsx';
import type { LedgerRepository } from './ledgerRepository';

/** The most rows one file carries: ten years of a busy desk, well under Excel's own limit. */
const MAX_ROWS = 200_000;

/**
 * The ledger as an XLSX file: the same columns as the screen, every row of the filter (not just one
 * page), and how many rows it carries (for the 접속기록). The file's name and title say the period and
 * the state, never the text searched: a search by name or phone would put that person in the file.
 */
export async function exportLedger(ledger: LedgerRepository, filter: LedgerDownload, today: string, officeName: string): Promise<{ file: ExportFile; rowCount: number }> {
  const { rows } = await ledger.ledger({ ...filter, offset: 0, limit: MAX_ROWS }, today);
  const stateLine = filter.state === 'all' ? '' : ` · ${loanStates[filter.state]}만`;
  const searchLine = filter.search ? ' · 검색 결과' : '';
  const file = await buildXlsx(`휠체어_대여대장_${filter.from}_${filter.to}.xlsx`, [
    {
      name: '대여 대장',
      title: [
        `${officeName ? `${officeName} ` : ''}휠체어 무료 대여 대장`,
        `${period(filter.from, filter.to)}${stateLine}${searchLine} · ${rows.length}건`,
      ],
      columns: ledgerColumns.map((c) => ({ header: c.header, width: c.width, value: c.value })),
      rows,
    },
  ]);
  return { file, rowCount: rows.length };
}
