import type { Writable } from 'node:stream';
import { ledgerColumns, loanStates, type LedgerDownload } from '../../shared/contract/loans';
import { period } from '../../shared/korean/reportFormat';
import { writeXlsx } from '../export/xlsx';
import type { LedgerRepository } from './ledgerRepository';

/** The most rows one file carries: ten years of a busy desk, well under Excel's own limit. */
const MAX_ROWS = 200_000;

export const ledgerFileName = (filter: Pick<LedgerDownload, 'from' | 'to'>) => `휠체어_대여대장_${filter.from}_${filter.to}.xlsx`;

/** How many rows the file of the filter carries. */
export const ledgerFileCount = async (ledger: LedgerRepository, filter: LedgerDownload, today: string) => Math.min(await ledger.count(filter, today), MAX_ROWS);

/**
 * The ledger as an XLSX file, written into `out` a page of loans at a time: the same columns as the screen
 * and every row of the filter (not just one page). `ledger` reads one moment (snapshotRead), so `rowCount`
 * is the count of the rows. The file's title says the period, the state and the count, never the text
 * searched: a search by name or phone would put that person in the file.
 */
export async function writeLedger(out: Writable, ledger: LedgerRepository, rowCount: number, filter: LedgerDownload, today: string, officeName: string) {
  const stateLine = filter.state === 'all' ? '' : ` · ${loanStates[filter.state]}만`;
  const searchLine = filter.search ? ' · 검색 결과' : '';
  await writeXlsx(out, [
    {
      name: '대여 대장',
      title: [
        `${officeName ? `${officeName} ` : ''}휠체어 무료 대여 대장`,
        `${period(filter.from, filter.to)}${stateLine}${searchLine} · ${rowCount}건`,
      ],
      columns: ledgerColumns,
      rows: ledger.allPages(filter, today, rowCount),
    },
  ]);
}
