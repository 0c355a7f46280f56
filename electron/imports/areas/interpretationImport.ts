import { requestInput } from '../../../shared/contract/interpretation';
import { languageLabel, SIGN_LANGUAGE, type LanguageCode, type Outcome } from '../../../shared/interpretationLanguages';
import type { Db } from '../../db/schema';
import { requestService } from '../../interpretation/requestService';
import { readOk, readProblem, refuse, RowProblems, type AreaImport, type ImportContext } from '../areaImport';
import { cellText, readCount, readDate, readTime } from '../cellValues';
import { coveredMessage, earlierTotalPeriods } from '../earlierTotalRule';
import { staffNames } from '../staffNames';

type RequestData = ReturnType<typeof requestInput.parse>;

const word = (s: string) => s.normalize('NFC').toLowerCase().replace(/[\s·.\-_()/]/g, '');

/** What old logs call each language; a language not here is the row's problem, never guessed. */
const LANGUAGE_WORDS: Record<LanguageCode, string[]> = {
  en: ['영어', 'english', 'en', 'eng', '영문'],
  zh: ['중국어', '중국', 'chinese', 'zh', '보통화', '만다린', '한어', '중국어간체'],
  ja: ['일본어', '일본', 'japanese', 'ja', 'jp'],
  vi: ['베트남어', '베트남', 'vietnamese', 'vi', '월남어'],
  th: ['태국어', '태국', 'thai', 'th'],
  ru: ['러시아어', '러시아', 'russian', 'ru'],
  uz: ['우즈베크어', '우즈벡어', '우즈베키스탄어', '우즈벡', 'uzbek'],
  mn: ['몽골어', '몽골', 'mongolian'],
  ne: ['네팔어', '네팔', 'nepali'],
  tl: ['타갈로그어', '타갈로그', '필리핀어', 'tagalog', 'filipino'],
  id: ['인도네시아어', '인니어', '인도네시아', 'indonesian'],
  km: ['크메르어', '캄보디아어', '캄보디아', 'khmer'],
  other: ['기타'],
  ksl: ['한국수어', '수어', '수화', '한국수화', '수어통역', 'ksl'],
};
const LANGUAGES = new Map(Object.entries(LANGUAGE_WORDS).flatMap(([code, words]) => words.map((w) => [word(w), code as LanguageCode])));

/** `기타(아랍어)`, `기타: 아랍어`: another language, named. */
function languageOf(text: string): { code: LanguageCode; note: string } | null {
  const other = text.match(/^기타\s*[(:：]\s*([^)]*?)\s*\)?$/);
  if (other) return { code: 'other', note: other[1] };
  const code = LANGUAGES.get(word(text));
  return code ? { code, note: '' } : null;
}

/** Words in an old log's 방법 column, and a piece of the name of the way of service they mean. */
const METHOD_WORDS: [RegExp, string][] = [
  [/1345|외국인종합안내|3자통화|삼자통화/, '1345'],
  [/bbb/, 'bbb'],
  [/107|110|손말이음|영상수어|영상통화/, '107'],
  [/수어통역사|파견|수어통역센터/, '수어통역센터'],
  [/통역관|특약관|직원|대면|방문/, '민원통역관'],
  [/앱|기기|번역기|파파고|통역기/, '통역기기'],
];

const OUTCOME_WORDS: [RegExp, Outcome | '취소'][] = [
  [/^(처리완료|완료|처리|해결|o|○|정상처리)$/, '처리 완료'],
  [/^(다른기관안내|타기관안내|안내|이관|타기관|타기관이관|기관안내)$/, '다른 기관 안내'],
  [/^(미처리|불가|실패|x|처리불가|미해결)$/, '미처리'],
  [/^(취소|예약취소)$/, '취소'],
];

/**
 * 통역 지원 기록: 날짜(시각), 언어, 지원방법, 인원, 결과, 민원업무, 처리직원. Each row is checked by the
 * request form's own contract (requestInput) and saved by the area's own service, so a retired way of
 * service, a day not yet come or a missing outcome is refused as at the desk.
 */
export const interpretationImport: AreaImport<RequestData, Awaited<ReturnType<typeof load>>> = {
  area: 'interpretation',
  load,
  read(cells, _row, loaded, { today, author }) {
    const p = new RowProblems();
    const day = p.take(readDate(cells.date, today));
    const time = p.take(readTime(cells.time));
    const people = p.take(readCount(cells.people, '인원'));
    const minutes = p.take(readCount(cells.minutes, '소요시간'));
    const languageText = cellText(cells.language);
    const methodText = cellText(cells.method);
    const outcomeText = cellText(cells.outcome);
    const staffName = cellText(cells.staff);
    const language = languageText ? languageOf(languageText) : null;
    const method = methodText ? loaded.methodOf(methodText) : null;
    const outcome = outcomeText ? OUTCOME_WORDS.find(([re]) => re.test(word(outcomeText)))?.[1] : '처리 완료';
    const values = {
      date: day ? `${day.date}${time ?? day.time ? ` ${time ?? day.time}` : ''}` : cellText(cells.date),
      time: time ?? '',
      language: language ? `${languageLabel(language.code)}${language.note ? `(${language.note})` : ''}` : languageText,
      method: method && method !== 'retired' ? method.name : methodText,
      people: String(people ?? 1),
      outcome: outcome ?? outcomeText,
      task: cellText(cells.task) || '미기재',
      nationality: cellText(cells.nationality),
      minutes: minutes === null || minutes === undefined ? '' : String(minutes),
      staff: staffName,
      note: cellText(cells.note),
    };
    if (!day) p.note(day === null ? '날짜가 비어 있습니다.' : undefined);
    if (!languageText) p.note('언어가 비어 있습니다.');
    else if (!language) p.note(`알 수 없는 언어입니다: '${languageText}'. 목록에 없는 언어는 '기타(언어명)'으로 적어 주세요.`);
    if (!methodText) p.note('지원방법이 비어 있습니다.');
    else if (!method) p.note(`알 수 없는 지원방법입니다: '${methodText}'. 통역 지원 → 설정의 지원 방법 이름으로 적어 주세요.`);
    else if (method === 'retired') p.note(`'${methodText}'은(는) 사용하지 않는 지원 방법입니다.`);
    if (!outcome) p.note(`결과를 알아볼 수 없습니다: '${outcomeText}'. 처리 완료, 다른 기관 안내, 미처리, 취소 중 하나로 적어 주세요.`);
    if (p.first || !day || !language || !method || method === 'retired' || !outcome) return readProblem(p.first ?? '읽을 수 없는 줄입니다.', values);

    const notes: string[] = [];
    let staffId: number | null = author.staffId;
    if (staffName) {
      const found = loaded.staff.find(staffName);
      if (found && found !== 'ambiguous') staffId = found.staffId;
      else notes.push(`처리직원 '${staffName}'을(를) 직원 명단에서 찾지 못해 가져오는 사람으로 기록합니다.`);
    }
    const cancelled = outcome === '취소';
    const parsed = requestInput.safeParse({
      date: day.date,
      time: time ?? day.time,
      language: language.code,
      languageNote: language.note,
      nationality: values.nationality,
      methodId: method.id,
      task: values.task,
      minutes: minutes ?? null,
      people: people ?? 1,
      status: cancelled ? '취소' : '완료',
      outcome: cancelled ? null : outcome,
      staffId,
      note: values.note,
    });
    if (!parsed.success) return readProblem(parsed.error.issues[0]?.message ?? '읽을 수 없는 줄입니다.', values);
    if (!cancelled && day.date > today) return readProblem('아직 오지 않은 날짜입니다. 지난 기록만 가져올 수 있습니다.', values);
    const d = parsed.data;
    return readOk(d, values, [d.date, d.time, d.language, d.languageNote, d.methodId, d.task, d.people, d.status, d.outcome, d.staffId, d.note].join('|'), notes);
  },

  async check(rows, loaded) {
    for (const r of rows) {
      const covered = (r.data!.language === SIGN_LANGUAGE ? loaded.coveredSign : loaded.coveredForeign)(r.data!.date);
      if (covered) refuse(r, coveredMessage(covered));
    }
  },

  async save(db, rows, _loaded, { author, today }) {
    const service = requestService(db, () => today);
    const refs = [];
    for (const r of rows) refs.push({ recordTable: 'interpretation_request', recordId: (await service.save(r.data!, author)).id });
    return refs;
  },
};

async function load(db: Db, _ctx: ImportContext) {
  const [methods, staff, coveredForeign, coveredSign] = await Promise.all([
    db.selectFrom('interpretation_method').select(['id', 'name', 'active']).execute(),
    staffNames(db),
    earlierTotalPeriods(db, 'interpretationForeign'),
    earlierTotalPeriods(db, 'interpretationSign'),
  ]);
  /** The way of service a log's word means: its exact name first, then the usual words for it. */
  const methodOf = (text: string): { id: number; name: string } | 'retired' | null => {
    const w = word(text);
    const found = methods.find((m) => word(m.name) === w) ?? METHOD_WORDS.filter(([re]) => re.test(w)).map(([, part]) => methods.find((m) => word(m.name).includes(part))).find(Boolean);
    if (!found) return null;
    return found.active === 1 ? { id: found.id, name: found.name } : 'retired';
  };
  return { methodOf, staff, coveredForeign, coveredSign };
}
