/**
 * The languages the desk interprets, with the labels offices publish. Codes are stored; labels are
 * shown and reported. 한국수어 is the one sign language: it is reported as 수어 통역, every other
 * code as 외국어 통역.
 */
export const INTERPRETATION_LANGUAGES = [
  { code: 'en', label: '영어' },
  { code: 'zh', label: '중국어' },
  { code: 'ja', label: '일본어' },
  { code: 'vi', label: '베트남어' },
  { code: 'th', label: '태국어' },
  { code: 'ru', label: '러시아어' },
  { code: 'uz', label: '우즈베크어' },
  { code: 'mn', label: '몽골어' },
  { code: 'ne', label: '네팔어' },
  { code: 'tl', label: '타갈로그어' },
  { code: 'id', label: '인도네시아어' },
  { code: 'km', label: '크메르어' },
  { code: 'other', label: '기타' },
  { code: 'ksl', label: '한국수어' },
] as const;

export type LanguageCode = (typeof INTERPRETATION_LANGUAGES)[number]['code'];
export type InterpretationKind = 'foreign' | 'sign';

export const LANGUAGE_CODES = INTERPRETATION_LANGUAGES.map((l) => l.code) as [LanguageCode, ...LanguageCode[]];
export const SIGN_LANGUAGE: LanguageCode = 'ksl';

const labels = new Map<string, string>(INTERPRETATION_LANGUAGES.map((l) => [l.code, l.label]));

export const languageLabel = (code: string) => labels.get(code) ?? code;
export const kindOf = (code: string): InterpretationKind => (code === SIGN_LANGUAGE ? 'sign' : 'foreign');
export const KIND_LABELS: Record<InterpretationKind, string> = { foreign: '외국어 통역', sign: '수어 통역' };

/** Position in the fixed list: ties in counts are broken by it, so 영어 comes before 중국어 at equal counts. */
export const languageOrder = (code: string) => LANGUAGE_CODES.indexOf(code as LanguageCode);

/** The civil tasks the desk meets most; the form suggests them but any text is accepted. */
export const CIVIL_TASK_SUGGESTIONS = [
  '전입신고',
  '여권',
  '가족관계증명',
  '인감',
  '외국인등록',
  '주민등록등·초본',
  '출생신고',
  '혼인신고',
  '사망신고',
  '국민기초생활보장',
  '세금·지방세',
  '차량·운전면허',
  '복지 상담',
] as const;

/** How a request ended, for those that took place (상태 완료). */
export const OUTCOMES = ['처리 완료', '다른 기관 안내', '미처리'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** A request's life: booked ahead (예약), took place (완료), or called off (취소). */
export const STATUSES = ['예약', '완료', '취소'] as const;
export type RequestStatus = (typeof STATUSES)[number];

export const LEVELS = ['상', '중', '하'] as const;
export type LanguageLevel = (typeof LEVELS)[number];
