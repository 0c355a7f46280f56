import type { DateRange, InterpretationFigures } from '../../shared/figures';
import { kindOf, languageLabel, languageOrder, type LanguageCode } from '../../shared/interpretationLanguages';
import type { Db } from '../db/connection';
import { SERVED_SQL } from './countingRule';

/** Prepared once per connection, however often the report asks. */
const statements = new WeakMap<Db, ReturnType<typeof prepare>>();

const prepare = (db: Db) =>
  db.prepare(`
    SELECT r.language, count(*) AS cases
    FROM interpretation_request r
    WHERE r.requested_on BETWEEN ? AND ? AND ${SERVED_SQL}
    GROUP BY r.language`);

/**
 * 외국어 통역 and 수어 통역 cases (건) for the pledge report. Which requests count is decided in
 * countingRule.ts: 처리 완료 and 다른 기관 안내 count; 미처리 (nobody was helped), 취소 (never happened)
 * and 예약 (not happened yet) do not. 한국수어 is 수어 통역; every other language, 기타 included, is 외국어.
 */
export function interpretationFigures(db: Db, range: DateRange): InterpretationFigures {
  let stmt = statements.get(db);
  if (!stmt) statements.set(db, (stmt = prepare(db)));
  const rows = stmt.all(range.from, range.to) as { language: LanguageCode; cases: number }[];
  const foreign = rows
    .filter((r) => kindOf(r.language) === 'foreign')
    .map((r) => ({ language: r.language, label: languageLabel(r.language), count: r.cases }))
    .sort((a, b) => b.count - a.count || languageOrder(a.language) - languageOrder(b.language));
  return {
    foreign: { total: foreign.reduce((sum, l) => sum + l.count, 0), byLanguage: foreign },
    sign: { total: rows.filter((r) => kindOf(r.language) === 'sign').reduce((sum, r) => sum + r.cases, 0) },
  };
}
