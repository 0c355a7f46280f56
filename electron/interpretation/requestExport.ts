import type { Writable } from 'node:stream';
import type { CountLine, ParsedRequestFilter } from '../../shared/contract/interpretation';
import { REQUEST_COLUMNS } from '../../shared/interpretationColumns';
import { languageLabel } from '../../shared/interpretationLanguages';
import { period } from '../../shared/korean/reportFormat';
import { writeXlsx } from '../export/xlsx';
import type { RequestRepository } from './requestRepository';
import { summarize } from './requestSummary';

interface SummaryLine extends CountLine {
  group: string;
}

/** The filters in words, so a printed sheet says what it holds. */
export function describeFilter(filter: ParsedRequestFilter, names: { method: string | null; staff: string | null }): string {
  const parts = [
    filter.language && `언어: ${languageLabel(filter.language)}`,
    names.method && `지원 방법: ${names.method}`,
    filter.result && `결과: ${filter.result}`,
    names.staff && `처리 직원: ${names.staff}`,
    filter.task && `민원 업무: '${filter.task}' 포함`,
  ].filter(Boolean);
  return parts.length ? `조건 - ${parts.join(', ')}` : '조건 - 전체';
}

export const requestFileName = (filter: Pick<ParsedRequestFilter, 'from' | 'to'>) => `통역지원_${filter.from}_${filter.to}.xlsx`;

/**
 * The list as on screen (same columns, same order), written into `out` a page of requests at a time, and a
 * sheet of its 건·명 counts. `repo` reads one moment (snapshotRead), so the counts are those of the rows.
 */
export async function writeRequests(out: Writable, repo: RequestRepository, filter: ParsedRequestFilter, filterText: string): Promise<void> {
  const summary = await summarize(repo, filter);
  const title = ['외국어 및 수어 통역지원 목록', period(filter.from, filter.to), filterText];
  const counts: SummaryLine[] = [
    { group: '합계', key: 'total', label: '실적(처리 완료·다른 기관 안내)', ...summary.served },
    ...summary.byLanguage.map((l) => ({ ...l, group: '언어별' })),
    ...summary.byMethod.map((l) => ({ ...l, group: '지원 방법별' })),
  ];
  await writeXlsx(out, [
    {
      name: '통역지원 목록',
      title,
      columns: REQUEST_COLUMNS,
      rows: repo.allPages(filter),
    },
    {
      name: '집계',
      title: [...title, `목록 ${summary.listed}건 중 미처리 ${summary.notCounted.unresolved}건, 예약 ${summary.notCounted.booked}건, 취소 ${summary.notCounted.cancelled}건은 실적에서 제외`],
      columns: [
        { header: '구분', width: 12, value: (l: SummaryLine) => l.group },
        { header: '항목', width: 32, value: (l: SummaryLine) => l.label },
        { header: '건', width: 8, value: (l: SummaryLine) => l.cases },
        { header: '명', width: 8, value: (l: SummaryLine) => l.people },
      ],
      rows: counts,
    },
  ]);
}
