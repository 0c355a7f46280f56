import { everyYearOf, listedByYear, type ByYear, type DateRange, type InterpretationFigures } from '../../shared/figures';
import { kindOf, languageLabel, languageOrder } from '../../shared/interpretationLanguages';
import { sql } from 'kysely';
import { eachYearOf } from '../db/calendarYear';
import type { Db } from '../db/schema';
import { served } from './countingRule';

/** One year's served cases per language as the report writes them: 외국어 by language, most first; 수어 in one. */
function figuresOf(rows: { language: string; cases: number }[]): InterpretationFigures {
  const foreign = rows
    .filter((r) => kindOf(r.language) === 'foreign')
    .map((r) => ({ language: r.language, label: languageLabel(r.language), count: r.cases }))
    .sort((a, b) => b.count - a.count || languageOrder(a.language) - languageOrder(b.language));
  return {
    foreign: { total: foreign.reduce((sum, l) => sum + l.count, 0), byLanguage: foreign },
    sign: { total: rows.filter((r) => kindOf(r.language) === 'sign').reduce((sum, r) => sum + r.cases, 0) },
  };
}

/**
 * 외국어 통역 and 수어 통역 cases (건) for the pledge report, for every calendar year of the range. Which
 * requests count is decided in countingRule.ts: 처리 완료 and 다른 기관 안내 count; 미처리 (nobody was
 * helped), 취소 (never happened) and 예약 (not happened yet) do not. 한국수어 is 수어 통역; every other
 * language, 기타 included, is 외국어.
 */
export async function interpretationFiguresByYear(db: Db, range: DateRange): Promise<ByYear<InterpretationFigures>> {
  const perYear = eachYearOf(range, (year, y) =>
    db
      .selectFrom('interpretation_request as r')
      .select((eb) => [sql.lit(y).as('year'), 'r.language', eb.fn.countAll<number>().as('cases')])
      .where('r.requested_on', '>=', year.from)
      .where('r.requested_on', '<=', year.to)
      .where(served)
      .groupBy('r.language'),
  );
  const rows = (await perYear?.execute()) ?? [];
  const languages = listedByYear(rows, (r) => Number(r.year), (r) => ({ language: r.language, cases: Number(r.cases) }));
  return everyYearOf(range, new Map([...languages].map(([y, found]) => [y, figuresOf(found)])), () => figuresOf([]));
}
