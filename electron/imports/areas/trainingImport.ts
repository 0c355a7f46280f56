import { createHash } from 'node:crypto';
import { attendanceStatusLabels, trainingInput, trainingKindLabels, type AttendanceMode, type AttendanceStatus, type TrainingKind } from '../../../shared/contract/trainings';
import type { Db } from '../../db/schema';
import { trainingAttendance } from '../../trainings/trainingAttendance';
import { asTrainingRefusal } from '../../trainings/trainingRefusals';
import { trainingRepository } from '../../trainings/trainingRepository';
import { readOk, readProblem, refuse, RowProblems, type AreaImport, type ImportContext, type ReadRow } from '../areaImport';
import { cellText, readCount, readDate } from '../cellValues';
import { coveredMessage, earlierTotalPeriods } from '../earlierTotalRule';
import { staffNames, type StaffNames } from '../staffNames';

interface AttendanceData {
  kind: TrainingKind;
  title: string;
  date: string;
  startTime: string | null;
  place: string;
  instructor: string;
  mode: AttendanceMode;
  name: string;
  department: string;
  status: AttendanceStatus;
  headCount: number;
}

const word = (s: string) => s.normalize('NFC').toLowerCase().replace(/[\s·.\-_()]/g, '');
const KIND_WORDS: [RegExp, TrainingKind][] = [
  [/^(친절교육|친절|고객만족|cs교육|친절서비스교육|민원친절교육)$/, 'kindness'],
  [/^(특이민원대응훈련|특이민원|대응훈련|모의훈련|폭언대응|악성민원대응)$/, 'complaintDrill'],
  [/^(기타|기타교육)$/, 'other'],
];
/** A training sheet without a 종류 column: the title says it (`2023 하반기 특이민원 대응 모의훈련`). */
const kindOfTitle = (title: string): TrainingKind => (/특이민원|폭언|대응\s*훈련|모의\s*훈련/.test(title) ? 'complaintDrill' : /친절|cs|고객/i.test(title) ? 'kindness' : 'other');
const STATUS_WORDS: [RegExp, AttendanceStatus][] = [
  [/^(출석|참석|o|○|y|이수|수료|1|참여)$/, 'present'],
  [/^(지각)$/, 'late'],
  [/^(공가|출장|교육|휴가|병가|연가)$/, 'excused'],
  [/^(결석|불참|x|×|미이수|n|0|미참석)$/, 'absent'],
];
const groupKey = (d: Pick<AttendanceData, 'kind' | 'title'>) => `t:${createHash('sha1').update(`${d.kind}\u0001${d.title}`).digest('hex')}`;
const sessionKey = (d: Pick<AttendanceData, 'date' | 'place'>) => `${d.date}|${d.place}`;

/**
 * 교육 출석부: 교육일, 교육명(종류), 장소, and either 성명·부서·출석 per person or 부서·인원 per department.
 * Rows of one 교육명 make one training (a training an earlier import made takes the rows added later),
 * each date a session; the training and its attendance are saved by the area's own repositories, with
 * its attendance-mode rules. A person not on the staff list yet is added to it, with the department named.
 */
export const trainingImport: AreaImport<AttendanceData, Awaited<ReturnType<typeof load>>> = {
  area: 'trainings',
  load,
  read(cells, _row, loaded, { today }) {
    const p = new RowProblems();
    const day = p.take(readDate(cells.date, today));
    const headCount = p.take(readCount(cells.headCount, '인원'));
    const title = cellText(cells.title);
    const kindText = cellText(cells.kind);
    const kind = kindText ? KIND_WORDS.find(([re]) => re.test(word(kindText)))?.[1] : kindOfTitle(title);
    const name = cellText(cells.name);
    const department = cellText(cells.department);
    const statusText = cellText(cells.status);
    const status = statusText ? STATUS_WORDS.find(([re]) => re.test(word(statusText)))?.[1] : 'present';
    const values = {
      date: day ? day.date : cellText(cells.date),
      title,
      kind: kind ? trainingKindLabels[kind] : kindText,
      place: cellText(cells.place),
      instructor: cellText(cells.instructor),
      name,
      department,
      status: name ? (status ? attendanceStatusLabels[status] : statusText) : '',
      headCount: headCount === null || headCount === undefined ? '' : String(headCount),
    };
    if (day === null) p.note('교육일이 비어 있습니다.');
    if (!title) p.note('교육명이 비어 있습니다.');
    if (!kind) p.note(`교육 종류를 알아볼 수 없습니다: '${kindText}'. 친절교육, 특이민원 대응훈련, 기타 중 하나로 적어 주세요.`);
    if (name && !status) p.note(`출석을 알아볼 수 없습니다: '${statusText}'. 출석, 지각, 공가, 결석 중 하나로 적어 주세요.`);
    if (!name && headCount === null) p.note('성명(개인별 출석) 또는 인원(부서별 인원)이 있어야 합니다.');
    if (name && headCount !== null && headCount !== undefined) p.note('한 줄에 성명과 인원을 함께 적을 수 없습니다. 개인별 출석이면 인원 칸을 비워 주세요.');
    if (!name && !department && headCount !== null) p.note('부서별 인원에는 부서가 있어야 합니다.');
    if (headCount !== null && headCount !== undefined && (headCount < 1 || headCount > 1000)) p.note('인원은 1명에서 1000명 사이여야 합니다.');
    if (p.first || !day || !kind || !status) return readProblem(p.first ?? '읽을 수 없는 줄입니다.', values);
    if (day.date > today) return readProblem('교육일이 아직 오지 않은 날짜입니다.', values);
    const notes: string[] = [];
    if (name) {
      const found = loaded.staff.find(name, department);
      if (found === 'ambiguous') return readProblem(`'${name}' 이름이 여러 부서에 있습니다. 부서를 적어 주세요.`, values);
      if (!found && !department) return readProblem(`'${name}'은(는) 직원 명단에 없습니다. 부서를 적으면 명단에 추가합니다.`, values);
      if (!found) notes.push(`'${name}'(${department})을(를) 직원 명단에 추가합니다.`);
    } else if (!loaded.staff.knowsDepartment(department)) notes.push(`'${department}' 부서를 부서 목록에 추가합니다.`);
    const data: AttendanceData = {
      kind,
      title,
      date: day.date,
      startTime: day.time,
      place: values.place,
      instructor: values.instructor,
      mode: name ? 'person' : 'headCount',
      name,
      department,
      status,
      headCount: headCount ?? 0,
    };
    return readOk(data, values, [kind, title, data.date, data.place, name, department, name ? status : '', data.headCount].join('|'), notes);
  },

  async check(rows, loaded, db) {
    const groups = new Map<string, ReadRow<AttendanceData>[]>();
    for (const r of rows) {
      const covered = loaded.covered(r.data!.kind)(r.data!.date);
      if (covered) {
        refuse(r, coveredMessage(covered));
        continue;
      }
      const list = groups.get(groupKey(r.data!)) ?? [];
      list.push(r);
      groups.set(groupKey(r.data!), list);
    }
    for (const [key, list] of groups) {
      const existing = await existingTraining(db, key);
      const mode = existing?.mode ?? list[0].data!.mode;
      const seen = new Set<string>();
      // What an earlier import of the training already recorded: a row the file had twice comes back on
      // its next reading without its twin (that one is already in), and must still not be saved twice.
      const recorded = await recordedIn(db, existing?.sessions ?? []);
      for (const r of list) {
        const d = r.data!;
        if (d.mode !== mode) {
          refuse(r, `'${d.title}'은(는) ${mode === 'person' ? '개인별 출석' : '부서별 인원'}으로 기록하는 교육입니다. 한 교육에 두 방식을 섞을 수 없습니다.`);
          continue;
        }
        const who = `${sessionKey(d)}|${d.mode === 'person' ? `p:${d.name}|${d.department}` : `d:${d.department}`}`;
        const twice = d.mode === 'person' ? `'${d.name}'이(가) 같은 날 교육에 두 번 적혀 있습니다.` : `'${d.department}'이(가) 같은 날 교육에 두 번 적혀 있습니다.`;
        if (seen.has(who)) refuse(r, twice);
        else if (recorded.has(recordedKey(d, loaded.staff))) refuse(r, `${twice} 먼저 적힌 줄은 이미 가져왔습니다.`);
        seen.add(who);
      }
      const sessions = new Set([...(existing?.sessions ?? []).map((s) => sessionKey(s)), ...list.filter((r) => r.problem === null).map((r) => sessionKey(r.data!))]);
      const checked = trainingInput.safeParse({
        title: list[0].data!.title,
        kind: list[0].data!.kind,
        instructor: list[0].data!.instructor,
        attendanceMode: mode,
        sessions: [...sessions].map((s) => ({ date: s.split('|')[0], place: s.split('|').slice(1).join('|') })),
      });
      if (!checked.success) list.forEach((r) => refuse(r, `'${list[0].data!.title}': ${checked.error.issues[0]?.message ?? '교육을 저장할 수 없습니다.'}`));
    }
  },

  async save(db, rows, loaded, { author }, notes) {
    const groups = new Map<string, ReadRow<AttendanceData>[]>();
    for (const r of rows) {
      const list = groups.get(groupKey(r.data!)) ?? [];
      list.push(r);
      groups.set(groupKey(r.data!), list);
    }
    const refs = new Map<ReadRow<AttendanceData>, { recordTable: string; recordId: number; recordKey: string }>();
    let added = 0;
    try {
      for (const [key, list] of groups) {
        const first = list[0].data!;
        const existing = await existingTraining(db, key);
        const trainings = trainingRepository(db);
        const sessionKeys = new Set((existing?.sessions ?? []).map(sessionKey));
        const newSessions = [...new Map(list.map((r) => [sessionKey(r.data!), r.data!])).values()].filter((d) => !sessionKeys.has(sessionKey(d)));
        const trainingId = await trainings.save(
          {
            id: existing?.id,
            title: first.title,
            kind: first.kind,
            instructor: existing?.instructor ?? first.instructor,
            attendanceMode: existing?.mode ?? first.mode,
            note: existing?.note ?? '가져온 교육 기록',
            sessions: [
              ...(existing?.sessions ?? []).map((s) => ({ id: s.id, date: s.date, startTime: s.startTime, endTime: s.endTime, place: s.place })),
              ...newSessions.map((d) => ({ date: d.date, startTime: null, endTime: null, place: d.place })),
            ],
          },
          author,
        );
        const sessions = await trainings.sessions(trainingId);
        const attendance = trainingAttendance(db);
        for (const s of sessions) {
          const of = list.filter((r) => sessionKey(r.data!) === sessionKey(s));
          if (!of.length) continue;
          const recorded = await db.selectFrom('training_attendance').select(['staff_id', 'status']).where('session_id', '=', s.id).execute();
          const counted = await db.selectFrom('training_headcount').select(['department_id', 'head_count']).where('session_id', '=', s.id).execute();
          if (first.mode === 'person') {
            const entries = recorded.map((a) => ({ staffId: a.staff_id, status: a.status }));
            for (const r of of) {
              const person = await loaded.staff.person(db, r.data!.name, r.data!.department, '', author);
              if (person.added) added++;
              entries.push({ staffId: person.staffId, status: r.data!.status });
            }
            await attendance.replaceAttendance(s.id, entries);
          } else {
            const counts = counted.map((c) => ({ departmentId: c.department_id, headCount: c.head_count }));
            for (const r of of) counts.push({ departmentId: await loaded.staff.department(db, r.data!.department, author), headCount: r.data!.headCount });
            await attendance.replaceHeadCounts(s.id, counts);
          }
        }
        await trainings.touch(trainingId, author);
        list.forEach((r) => refs.set(r, { recordTable: 'training', recordId: trainingId, recordKey: key }));
      }
    } catch (error) {
      throw asTrainingRefusal(error);
    }
    if (added) notes.push(`직원 명단에 ${added}명을 추가했습니다.`);
    return rows.map((r) => refs.get(r)!);
  },
};

/** A row's person or department in its session, as recordedIn() keys what is recorded; '' when not on the lists yet. */
function recordedKey(d: AttendanceData, staff: StaffNames): string {
  if (d.mode === 'headCount') {
    const departmentId = staff.departmentId(d.department);
    return departmentId === null ? '' : `${sessionKey(d)}|d:${departmentId}`;
  }
  const person = staff.find(d.name, d.department);
  return person && person !== 'ambiguous' ? `${sessionKey(d)}|p:${person.staffId}` : '';
}

/** Who (person or department) is recorded in each of the sessions, keyed by the session's date and place. */
async function recordedIn(db: Db, sessions: { id: number; date: string; place: string }[]): Promise<Set<string>> {
  if (!sessions.length) return new Set();
  const keyOf = new Map(sessions.map((s) => [s.id, sessionKey(s)]));
  const ids = [...keyOf.keys()];
  const people = await db.selectFrom('training_attendance').select(['session_id', 'staff_id']).where('session_id', 'in', ids).execute();
  const counts = await db.selectFrom('training_headcount').select(['session_id', 'department_id']).where('session_id', 'in', ids).execute();
  return new Set([...people.map((p) => `${keyOf.get(p.session_id)}|p:${p.staff_id}`), ...counts.map((c) => `${keyOf.get(c.session_id)}|d:${c.department_id}`)]);
}

/** The training an earlier import of the same 교육명 made, if it is still there. */
async function existingTraining(db: Db, key: string) {
  const ref = await db.selectFrom('imported_record').select('record_id').where('area', '=', 'trainings').where('record_table', '=', 'training').where('record_key', '=', key).executeTakeFirst();
  if (!ref?.record_id) return null;
  const t = await db.selectFrom('training').select(['id', 'attendance_mode', 'instructor', 'note']).where('id', '=', ref.record_id).executeTakeFirst();
  if (!t) return null;
  return { id: t.id, mode: t.attendance_mode, instructor: t.instructor, note: t.note, sessions: await trainingRepository(db).sessions(t.id) };
}

async function load(db: Db, _ctx: ImportContext) {
  const [staff, byKind] = await Promise.all([
    staffNames(db),
    Promise.all((['kindness', 'complaintDrill', 'other'] as const).map(async (k) => [k, await earlierTotalPeriods(db, 'trainings', { item: k })] as const)),
  ]);
  const covered = new Map(byKind);
  return { staff, covered: (kind: TrainingKind) => covered.get(kind)! };
}
