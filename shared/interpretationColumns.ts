import type { InterpretationRequest } from './contract/interpretation';
import { KIND_LABELS } from './interpretationLanguages';

export interface RequestColumn {
  header: string;
  width: number;
  value: (r: InterpretationRequest) => string | number | null;
}

const languageText = (r: InterpretationRequest) => (r.language === 'other' && r.languageNote ? `기타(${r.languageNote})` : r.languageLabel);

/** The request list's columns: the screen's table and the XLSX export read the same list, in the same order. */
export const REQUEST_COLUMNS: RequestColumn[] = [
  { header: '날짜', width: 12, value: (r) => r.date },
  { header: '시각', width: 8, value: (r) => r.time ?? '' },
  { header: '언어', width: 14, value: languageText },
  { header: '구분', width: 12, value: (r) => KIND_LABELS[r.kind] },
  { header: '지원 방법', width: 30, value: (r) => r.methodLabel },
  { header: '민원 업무', width: 18, value: (r) => r.task },
  { header: '인원(명)', width: 9, value: (r) => r.people },
  { header: '소요(분)', width: 9, value: (r) => r.minutes },
  { header: '상태', width: 8, value: (r) => r.status },
  { header: '결과', width: 14, value: (r) => r.outcome ?? '' },
  { header: '처리 직원', width: 10, value: (r) => r.staffName ?? '' },
  { header: '특약관', width: 10, value: (r) => r.interpreterName ?? '' },
  { header: '국적', width: 10, value: (r) => r.nationality },
  { header: '메모', width: 30, value: (r) => r.note },
];
