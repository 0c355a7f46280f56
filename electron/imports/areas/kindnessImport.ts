import { kindnessMonthLabel } from '../../../shared/contract/kindness';
import type { Db } from '../../db/schema';
import { pickRepository } from '../../kindness/pickRepository';
import { readOk, readProblem, refuse, RowProblems, type AreaImport, type ImportContext, type ReadRow } from '../areaImport';
import { cellText, readMonth } from '../cellValues';
import { coveredMessage, earlierTotalPeriods } from '../earlierTotalRule';
import { staffNames } from '../staffNames';

interface PickData {
  month: string;
  name: string;
  department: string;
  position: string;
  reason: string;
}

/**
 * 친절 으뜸이 선정 명단: 선정월, 성명, 부서, 직위, 선정사유. Each pick comes in as a past pick (가져옴), with
 * the department written on the list, and its month confirmed and locked, as the team lead's own
 * confirmation would leave it; no nomination, rating or board is made up for it. A month the app already
 * holds (confirmed, or with picks or nominations of its own) is left to the board.
 */
export const kindnessImport: AreaImport<PickData, Awaited<ReturnType<typeof load>>> = {
  area: 'kindness',
  load,
  read(cells, _row, loaded, { today }) {
    const p = new RowProblems();
    const month = p.take(readMonth(cells.month, today));
    const values = {
      month: month ? kindnessMonthLabel(month) : cellText(cells.month),
      name: cellText(cells.name),
      department: cellText(cells.department),
      position: cellText(cells.position),
      reason: cellText(cells.reason),
    };
    if (month === null) p.note('선정월이 비어 있습니다.');
    if (!values.name) p.note('성명이 비어 있습니다.');
    else if (values.name.length > 50) p.note('성명은 50자 이내여야 합니다.');
    if (!values.department) p.note('부서가 비어 있습니다.');
    else if (values.department.length > 100) p.note('부서는 100자 이내여야 합니다.');
    if (values.position.length > 50) p.note('직위는 50자 이내여야 합니다.');
    if (!values.reason) p.note('선정사유가 비어 있습니다.');
    else if (values.reason.length > 200) p.note('선정사유는 200자 이내여야 합니다.');
    if (p.first || !month) return readProblem(p.first ?? '읽을 수 없는 줄입니다.', values);
    if (month > today.slice(0, 7)) return readProblem('아직 오지 않은 달입니다. 지난 선정만 가져올 수 있습니다.', values);
    const found = loaded.staff.find(values.name, values.department);
    if (found === 'ambiguous') return readProblem(`'${values.name}' 이름이 여러 부서에 있습니다. 선정 당시 부서를 정확히 적어 주세요.`, values);
    const notes = found ? [] : [`'${values.name}'(${values.department})을(를) 직원 명단에 추가합니다.`];
    return readOk({ ...values, month }, values, [month, values.name, values.department, values.position, values.reason].join('|'), notes);
  },

  async check(rows, loaded, db) {
    const picks = pickRepository(db);
    const seen = new Set<string>();
    const monthState = new Map<string, string | null>();
    for (const r of rows) {
      const { month, name, department } = r.data!;
      if (!monthState.has(month)) monthState.set(month, await heldByTheApp(db, picks, month));
      const held = monthState.get(month);
      const covered = loaded.covered(month);
      if (held) refuse(r, held);
      else if (covered) refuse(r, coveredMessage(covered));
      else if (seen.has(`${month}|${name}|${department}`)) refuse(r, `'${name}'이(가) ${kindnessMonthLabel(month)}에 두 번 적혀 있습니다.`);
      seen.add(`${month}|${name}|${department}`);
    }
  },

  async save(db, rows, loaded, { author }, notes) {
    const picks = pickRepository(db);
    const named = { staffId: author.staffId!, desk: author.desk };
    const refs = new Map<ReadRow<PickData>, { recordTable: string; recordId: number }>();
    const months = [...new Set(rows.map((r) => r.data!.month))].sort();
    let added = 0;
    for (const month of months) {
      for (const r of rows.filter((x) => x.data!.month === month)) {
        const d = r.data!;
        const person = await loaded.staff.person(db, d.name, d.department, d.position, author);
        if (person.added) added++;
        // The department as the list names it (where the person was when picked, even if they moved since);
        // one no longer in the department list is kept by name on the pick, under the person's department now.
        const departmentId = loaded.staff.knowsDepartment(d.department) ? await loaded.staff.department(db, d.department, author) : person.departmentId;
        await picks.insert({ month, staffId: person.staffId, departmentId, departmentName: d.department, position: d.position, reason: d.reason, ruleException: null, kind: 'imported' }, named);
        const { id } = await db.selectFrom('kindness_pick').select('id').where('month', '=', month).where('staff_id', '=', person.staffId).executeTakeFirstOrThrow();
        refs.set(r, { recordTable: 'kindness_pick', recordId: id });
      }
      await picks.confirm(month, named);
    }
    notes.push(`${months.length}개월을 확정했습니다(가져온 선정).`);
    if (added) notes.push(`직원 명단에 ${added}명을 추가했습니다.`);
    return rows.map((r) => refs.get(r)!);
  },
};

/** Why the app's own record of the month keeps an import out of it, or null. */
async function heldByTheApp(db: Db, picks: ReturnType<typeof pickRepository>, month: string): Promise<string | null> {
  if (await picks.isConfirmed(month)) return `${kindnessMonthLabel(month)}은 이미 확정된 달입니다. 더하려면 월간 심사표에서 확정을 풀고 직접 선정하세요.`;
  const [pick, nomination] = await Promise.all([
    db.selectFrom('kindness_pick').select('id').where('month', '=', month).executeTakeFirst(),
    db.selectFrom('kindness_nomination').select('id').where('month', '=', month).executeTakeFirst(),
  ]);
  if (pick || nomination) return `${kindnessMonthLabel(month)}에는 앱에서 진행 중인 추천·선정이 있습니다. 그 달은 월간 심사표에서 마무리하세요.`;
  return null;
}

async function load(db: Db, _ctx: ImportContext) {
  const [staff, covered] = await Promise.all([staffNames(db), earlierTotalPeriods(db, 'kindness')]);
  return { staff, covered };
}
