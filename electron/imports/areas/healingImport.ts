import { healingProgramInput } from '../../../shared/contract/healing';
import type { Db } from '../../db/schema';
import { healingRepository } from '../../healing/healingRepository';
import { readOk, readProblem, refuse, RowProblems, type AreaImport, type ImportContext } from '../areaImport';
import { cellText, readCount, readDate } from '../cellValues';
import { coveredMessage, earlierTotalPeriods } from '../earlierTotalRule';

type ProgramData = ReturnType<typeof healingProgramInput.parse>;

/**
 * 힐링프로그램 운영 현황: 날짜, 장소, 활동, 참여인원, 비용. Checked by the program form's own contract and
 * saved by the area's repository; the photos are added afterwards on the program, as ever.
 */
export const healingImport: AreaImport<ProgramData, Awaited<ReturnType<typeof load>>> = {
  area: 'healing',
  load,
  read(cells, _row, _loaded, { today }) {
    const p = new RowProblems();
    const day = p.take(readDate(cells.date, today));
    const participants = p.take(readCount(cells.participants, '참여인원'));
    const cost = p.take(readCount(cells.costWon, '비용'));
    const values = {
      date: day ? day.date : cellText(cells.date),
      place: cellText(cells.place),
      activity: cellText(cells.activity),
      participants: participants === null || participants === undefined ? cellText(cells.participants) : String(participants),
      costWon: cost === null || cost === undefined ? cellText(cells.costWon) : String(cost),
      note: cellText(cells.note),
    };
    if (day === null) p.note('날짜가 비어 있습니다.');
    if (participants === null) p.note('참여인원이 비어 있습니다.');
    if (p.first || !day || participants === null || participants === undefined || cost === undefined) return readProblem(p.first ?? '읽을 수 없는 줄입니다.', values);
    if (day.date > today) return readProblem('아직 오지 않은 날짜입니다. 지난 프로그램만 가져올 수 있습니다.', values);
    const parsed = healingProgramInput.safeParse({ date: day.date, place: values.place, activity: values.activity, participants, costWon: cost ?? 0, note: values.note });
    if (!parsed.success) return readProblem(parsed.error.issues[0]?.message ?? '읽을 수 없는 줄입니다.', values);
    const d = parsed.data;
    return readOk(d, values, [d.date, d.place, d.activity, d.participants, d.costWon, d.note].join('|'));
  },

  async check(rows, loaded) {
    for (const r of rows) {
      const covered = loaded.covered(r.data!.date);
      if (covered) refuse(r, coveredMessage(covered));
    }
  },

  async save(db, rows, _loaded, { author }) {
    const programs = healingRepository(db);
    const refs = [];
    for (const r of rows) refs.push({ recordTable: 'healing_program', recordId: await programs.save(r.data!, author) });
    return refs;
  },
};

async function load(db: Db, _ctx: ImportContext) {
  return { covered: await earlierTotalPeriods(db, 'healing') };
}
