import { communicationInput } from '../../../shared/contract/pledge';
import { communicationCategoryLabel, type CommunicationCategory } from '../../../shared/pledge/records';
import type { Db } from '../../db/schema';
import { cardRepository } from '../../pledge/cardRepository';
import { communicationRepository } from '../../pledge/communicationRepository';
import { readOk, readProblem, refuse, RowProblems, type AreaImport, type ImportContext } from '../areaImport';
import { cellText, readDate } from '../cellValues';
import { coveredMessage, earlierTotalPeriods } from '../earlierTotalRule';

type ActivityData = ReturnType<typeof communicationInput.parse>;

const word = (s: string) => s.normalize('NFC').toLowerCase().replace(/[\s·.,\-_()/]/g, '');
const CATEGORY_WORDS: [RegExp, CommunicationCategory][] = [
  [/설명회|보고회|간담회|공청회|토론회/, 'briefing'],
  [/만족도|설문|조사/, 'survey'],
  [/자문|전문가|컨설팅/, 'advisory'],
  [/보도|언론|방송|기사|신문|인터뷰/, 'press'],
  [/^기타$/, 'other'],
];

/**
 * 구민소통 활동: 날짜, 구분, 제목, 내용, 언론사. Onto the card the wizard names, checked by the card's own
 * form contract and saved by its repository (a press item needs its outlet, as in the form).
 */
export const communicationImport: AreaImport<ActivityData, Awaited<ReturnType<typeof load>>> = {
  area: 'communication',
  load,
  read(cells, _row, _loaded, { today, cardId }) {
    const p = new RowProblems();
    const day = p.take(readDate(cells.date, today));
    const categoryText = cellText(cells.category);
    const category = CATEGORY_WORDS.find(([re]) => re.test(word(categoryText)))?.[1];
    const values = {
      date: day ? day.date : cellText(cells.date),
      category: category ? communicationCategoryLabel[category] : categoryText,
      title: cellText(cells.title),
      details: cellText(cells.details),
      outlet: cellText(cells.outlet),
    };
    if (day === null) p.note('날짜가 비어 있습니다.');
    if (!categoryText) p.note('구분이 비어 있습니다.');
    else if (!category) p.note(`구분을 알아볼 수 없습니다: '${categoryText}'. 설명회·보고회, 만족도·설문조사, 민간전문가 자문, 언론·방송 보도, 기타 중 하나로 적어 주세요.`);
    if (p.first || !day || !category) return readProblem(p.first ?? '읽을 수 없는 줄입니다.', values);
    if (day.date > today) return readProblem('아직 오지 않은 날짜입니다.', values);
    const parsed = communicationInput.safeParse({ cardId: cardId!, date: day.date, category, title: values.title, details: values.details, outlet: values.outlet });
    if (!parsed.success) return readProblem(parsed.error.issues[0]?.message ?? '읽을 수 없는 줄입니다.', values);
    const d = parsed.data;
    return readOk(d, values, [d.cardId, d.date, d.category, d.title, d.details, d.outlet].join('|'));
  },

  async check(rows, loaded) {
    for (const r of rows) {
      const covered = loaded.covered(r.data!.category)(r.data!.date);
      if (covered) refuse(r, coveredMessage(covered));
    }
  },

  async save(db, rows, _loaded, { author }) {
    const activities = communicationRepository(db);
    const refs = [];
    for (const r of rows) refs.push({ recordTable: 'pledge_communication', recordId: (await activities.save(r.data!, author)).id });
    return refs;
  },
};

async function load(db: Db, { cardId }: ImportContext) {
  await cardRepository(db).byId(cardId!);
  const byCategory = new Map<string, Awaited<ReturnType<typeof earlierTotalPeriods>>>();
  for (const c of Object.keys(communicationCategoryLabel)) byCategory.set(c, await earlierTotalPeriods(db, 'communication', { item: c, cardId }));
  return { covered: (category: string) => byCategory.get(category)! };
}
