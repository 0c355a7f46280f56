import { termYears } from '../../../shared/pledge/budgetTable';
import { budgetSourceLabel, type BudgetAmount, type BudgetSource } from '../../../shared/pledge/records';
import type { Db } from '../../db/schema';
import { budgetRepository } from '../../pledge/budgetRepository';
import { cardRepository } from '../../pledge/cardRepository';
import { readOk, readProblem, refuse, RowProblems, type AreaImport, type ImportContext } from '../areaImport';
import { cellText, readCount } from '../cellValues';

const word = (s: string) => s.normalize('NFC').replace(/[\s·.,\-_()/]/g, '');
const SOURCE_WORDS: [RegExp, BudgetSource][] = [
  [/^국비|국고/, 'national'],
  [/^(시비|도비|시도비|광역|시군비)/, 'city'],
  [/^(구비|군비|자체|자치구|구예산)/, 'district'],
  [/^(기타|민간|기금)/, 'other'],
];
const cellKey = (a: Pick<BudgetAmount, 'source' | 'year'>) => `${a.source}:${a.year ?? '임기후'}`;
const yearLabel = (year: number | null) => (year === null ? '임기후' : `${year}년`);

/**
 * 사업비 현황: 재원, 연도(또는 임기후), 금액(백만원), onto the card the wizard names. The amounts join the
 * card's table through its own repository (a year outside the term is refused there too); a cell that
 * already holds an amount is not overwritten.
 */
export const budgetImport: AreaImport<BudgetAmount, Awaited<ReturnType<typeof load>>> = {
  area: 'budget',
  load,
  read(cells, _row, loaded) {
    const p = new RowProblems();
    const sourceText = cellText(cells.source);
    const source = SOURCE_WORDS.find(([re]) => re.test(word(sourceText)))?.[1];
    const yearText = cellText(cells.year).replace(/\s/g, '');
    const yearMatch = yearText.match(/^(\d{4})(년|년도)?$/);
    const afterTerm = /^임기후|^임기이후/.test(yearText);
    const amount = p.take(readCount(cells.amount, '금액'));
    const values = {
      source: source ? budgetSourceLabel[source] : sourceText,
      year: yearMatch ? `${yearMatch[1]}년` : afterTerm ? '임기후' : cellText(cells.year),
      amount: amount === null || amount === undefined ? cellText(cells.amount) : `${amount}백만원`,
    };
    if (!source) p.note(sourceText ? `재원을 알아볼 수 없습니다: '${sourceText}'. 국비, 시비, 구비, 기타 중 하나로 적어 주세요.` : '재원이 비어 있습니다.');
    if (!yearMatch && !afterTerm) p.note(yearText ? `연도를 알아볼 수 없습니다: '${cellText(cells.year)}'. 2023 또는 임기후로 적어 주세요.` : '연도가 비어 있습니다.');
    if (amount === null) p.note('금액이 비어 있습니다.');
    if (p.first || !source || amount === null || amount === undefined) return readProblem(p.first ?? '읽을 수 없는 줄입니다.', values);
    const year = yearMatch ? Number(yearMatch[1]) : null;
    if (year !== null && !loaded.years.includes(year)) return readProblem(`${year}년은 임기(${loaded.years[0]}~${loaded.years.at(-1)}년) 밖입니다. 임기 뒤의 금액은 임기후로 적어 주세요.`, values);
    if (amount < 0 || amount > 10_000_000) return readProblem('금액은 0에서 10,000,000백만원 사이여야 합니다.', values);
    return readOk({ source, year, amount }, values, cellKey({ source, year }) + `|${amount}`);
  },

  async check(rows, loaded) {
    const seen = new Set<string>();
    for (const r of rows) {
      const k = cellKey(r.data!);
      const kept = loaded.amounts.get(k);
      if (kept !== undefined && kept !== 0) refuse(r, `${budgetSourceLabel[r.data!.source]} ${yearLabel(r.data!.year)} 금액이 이미 ${kept}백만원으로 입력되어 있습니다. 사업비 화면에서 고치세요.`);
      else if (seen.has(k)) refuse(r, `${budgetSourceLabel[r.data!.source]} ${yearLabel(r.data!.year)} 금액이 파일에 두 번 있습니다.`);
      seen.add(k);
    }
  },

  async save(db, rows, loaded, { author, cardId }) {
    const merged: BudgetAmount[] = [...loaded.amounts].map(([k, amount]) => {
      const [source, year] = k.split(':');
      return { source: source as BudgetSource, year: year === '임기후' ? null : Number(year), amount };
    });
    merged.push(...rows.map((r) => r.data!));
    await budgetRepository(db).save(loaded.card, merged, author);
    return rows.map((r) => ({ recordTable: 'pledge_budget', recordId: cardId, recordKey: cellKey(r.data!) }));
  },
};

async function load(db: Db, { cardId }: ImportContext) {
  const card = await cardRepository(db).byId(cardId!);
  const amounts = await budgetRepository(db).amounts(card.id);
  return { card, years: termYears(card.termFrom, card.termTo), amounts: new Map(amounts.map((a) => [cellKey(a), a.amount])) };
}
