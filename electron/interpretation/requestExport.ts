import type { CountLine, InterpretationRequest, ParsedRequestFilter, RequestListSummary } from '../../shared/contract/interpretation';
import type { ExportFile } from '../../shared/exportFile';
import { REQUEST_COLUMNS } from '../../shared/interpretationColumns';
import { languageLabel } from '../../shared/interpretationLanguages';
import { period } from '../../shared/korean/reportFormat';
import { buildXlsx } from '../export/xlsx';

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

/** The list as on screen (same columns, same order) and a sheet of its 건·명 counts. */
export function exportRequests(
  filter: ParsedRequestFilter,
  filterText: string,
  rows: InterpretationRequest[],
  summary: RequestListSummary,
): Promise<ExportFile> {
  const title = ['외국어 및 수어 통역지원 목록', period(filter.from, filter.to), filterText];
  const counts: SummaryLine[] = [
    { group: '합계', key: 'total', label: '실적(처리 완료·다른 기관 안내)', ...summary.served },
    ...summary.byLanguage.map((l) => ({ ...l, group: '언어별' })),
    ...summary.byMethod.map((l) => ({ ...l, group: '지원 방법별' })),
  ];
  return buildXlsx(`통역지원_${filter.from}_${filter.to}.xlsx`, [
    {
      name: '통역지원 목록',
      title,
      columns: REQUEST_COLUMNS.map((c) => ({ header: c.header, width: c.width, value: c.value })),
      rows,
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
