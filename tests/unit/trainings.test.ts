import { afterEach, describe, expect, it } from 'vitest';
import { trainingFiguresByYear } from '../../electron/trainings/trainingFigures';
import { asTrainingRefusal } from '../../electron/trainings/trainingRefusals';
import { snapshotDb, tempCore, type TempCore, TEST_ADMIN } from '../helpers/tempCore';

type App = TempCore;
let app: App;
afterEach(() => app?.close());

/** A small office: two people in 민원회계과, one each in 세무과 and 복지정책과. */
async function office() {
  app = await tempCore();
  const dept = async (name: string) => (await app.must('departments.save', { name })).id;
  const minwon = await dept('민원회계과');
  const tax = await dept('세무과');
  const welfare = await dept('복지정책과');
  const person = async (name: string, departmentId: number) => (await app.must('staff.save', { name, departmentId })).id;
  const hong = await person('홍길동', minwon);
  const sung = await person('성춘향', minwon);
  const lee = await person('이몽룡', tax);
  const byun = await person('변학도', welfare);
  await app.signInAs(hong, { role: 'teamLead' });
  return { minwon, tax, welfare, hong, sung, lee, byun };
}

const session = (date: string, place = '구청 대강당') => ({ date, startTime: '14:00', endTime: '16:00', place });

describe('trainings: who attended, counted once', () => {
  it('counts a person in two sessions once, leaves 공가 and 결석 out, and totals each session and department', async () => {
    const o = await office();
    const t = await app.must('trainings.save', {
      title: '2024년 직원 친절교육',
      kind: 'kindness',
      instructor: '김강사',
      attendanceMode: 'person',
      sessions: [session('2024-03-20'), session('2024-03-18')],
    });
    expect(t.sessions.map((s) => s.date)).toEqual(['2024-03-18', '2024-03-20']);
    const [first, second] = t.sessions;
    await app.must('trainings.recordAttendance', {
      sessionId: first.id,
      entries: [
        { staffId: o.hong, status: 'present' },
        { staffId: o.sung, status: 'late' },
        { staffId: o.lee, status: 'absent' },
        { staffId: o.byun, status: 'excused' },
      ],
    });
    const detail = await app.must('trainings.recordAttendance', {
      sessionId: second.id,
      entries: [
        { staffId: o.hong, status: 'present' },
        { staffId: o.lee, status: 'present' },
      ],
    });

    // 홍길동 sat both sessions, 성춘향 came late (still attended), 이몽룡 missed one and came to the other.
    expect(detail).toMatchObject({ people: 3, departments: 2, firstDate: '2024-03-18', lastDate: '2024-03-20', sessionCount: 2, updatedByName: '홍길동' });
    expect(detail.sessions[0].totals).toEqual({ present: 1, late: 1, excused: 1, absent: 1, attended: 2 });
    expect(detail.sessions[1].totals).toEqual({ present: 2, late: 0, excused: 0, absent: 0, attended: 2 });
    expect(detail.byDepartment.map((d) => [d.departmentName, d.people, d.present, d.late, d.excused, d.absent])).toEqual([
      ['민원회계과', 2, 2, 1, 0, 0],
      ['복지정책과', 0, 0, 0, 1, 0],
      ['세무과', 1, 1, 0, 0, 1],
    ]);
    expect((await app.must('trainings.yearLine', { year: 2024, kind: 'kindness' })).text).toBe('2024년 2개부서 3명(3.18.~3.20.)');
  });

  it('adds a head count to the people and its department to the departments, without double-counting departments', async () => {
    const o = await office();
    const named = await app.must('trainings.save', {
      title: '친절교육 1차',
      kind: 'kindness',
      attendanceMode: 'person',
      sessions: [session('2024-03-18')],
    });
    await app.must('trainings.recordAttendance', {
      sessionId: named.sessions[0].id,
      entries: [
        { staffId: o.hong, status: 'present' },
        { staffId: o.lee, status: 'present' },
      ],
    });
    const counted = await app.must('trainings.save', {
      title: '친절교육 2차(부서별)',
      kind: 'kindness',
      attendanceMode: 'headCount',
      sessions: [session('2024-03-19'), session('2024-03-21', '민원실')],
    });
    await app.must('trainings.recordHeadCounts', { sessionId: counted.sessions[0].id, counts: [{ departmentId: o.minwon, headCount: 10 }, { departmentId: o.welfare, headCount: 5 }] });
    const detail = await app.must('trainings.recordHeadCounts', { sessionId: counted.sessions[1].id, counts: [{ departmentId: o.welfare, headCount: 3 }] });

    expect(detail).toMatchObject({ people: 18, departments: 2 });
    expect(detail.sessions.map((s) => s.totals.attended)).toEqual([15, 3]);
    expect(detail.byDepartment.map((d) => [d.departmentName, d.people])).toEqual([
      ['민원회계과', 10],
      ['복지정책과', 8],
    ]);
    // 2 named people + 18 counted; 민원회계과, 세무과, 복지정책과 are three departments, not four.
    expect((await app.must('trainings.yearLine', { year: 2024, kind: 'kindness' })).text).toBe('2024년 3개부서 20명(3.18.~3.21.)');
    expect((await trainingFiguresByYear(app.db, { from: '2024-01-01', to: '2024-12-31' })).get(2024)).toEqual([
      { kind: 'kindness', trainings: 2, departments: 3, people: 20, firstDate: '2024-03-18', lastDate: '2024-03-21' },
    ]);
  });

  it('writes a span across a month end as (3.30.~4.2.), keeps other kinds and other years out, and reads a year in progress', async () => {
    const o = await office();
    const spring = await app.must('trainings.save', {
      title: '친절교육',
      kind: 'kindness',
      attendanceMode: 'person',
      sessions: [session('2024-03-30'), session('2024-04-02')],
    });
    await app.must('trainings.recordAttendance', { sessionId: spring.sessions[1].id, entries: [{ staffId: o.sung, status: 'present' }] });
    const drill = await app.must('trainings.save', { title: '특이민원 대응훈련', kind: 'complaintDrill', attendanceMode: 'headCount', sessions: [session('2024-05-08')] });
    await app.must('trainings.recordHeadCounts', { sessionId: drill.sessions[0].id, counts: [{ departmentId: o.tax, headCount: 7 }] });
    const lastYear = await app.must('trainings.save', { title: '친절교육', kind: 'kindness', attendanceMode: 'person', sessions: [session('2023-12-28')] });
    await app.must('trainings.recordAttendance', { sessionId: lastYear.sessions[0].id, entries: [{ staffId: o.byun, status: 'present' }] });
    await app.must('trainings.save', { title: '하반기 친절교육(예정)', kind: 'kindness', attendanceMode: 'person', sessions: [session('2024-11-05')] });

    expect((await app.must('trainings.yearLine', { year: 2024, kind: 'kindness', asOf: '2024-06-30' })).text).toBe('2024년 1개부서 1명(3.30.~4.2.)');
    expect((await app.must('trainings.yearLine', { year: 2024, kind: 'kindness' })).text).toBe('2024년 1개부서 1명(3.30.~11.5.)');
    expect((await app.must('trainings.yearLine', { year: 2024, kind: 'complaintDrill' })).text).toBe('2024년 1개부서 7명(5.8.)');
    expect((await app.must('trainings.yearLine', { year: 2023, kind: 'kindness' })).text).toBe('2023년 1개부서 1명(12.28.)');
    expect((await app.must('trainings.yearLine', { year: 2025, kind: 'kindness' })).text).toBe('2025년 실시 기록 없음');
    expect((await trainingFiguresByYear(app.db, { from: '2024-01-01', to: '2024-06-30' })).get(2024)!.map((f) => [f.kind, f.trainings])).toEqual([
      ['kindness', 1],
      ['complaintDrill', 1],
    ]);
    expect((await app.must('trainings.list', { year: 2024 })).map((t) => t.title)).toEqual(['하반기 친절교육(예정)', '특이민원 대응훈련', '친절교육']);
    expect(await app.must('trainings.sessionsBetween', { from: '2024-04-01', to: '2024-05-31' })).toEqual([
      { trainingId: spring.id, sessionId: spring.sessions[1].id, title: '친절교육', kindLabel: '친절교육', date: '2024-04-02', startTime: '14:00', endTime: '16:00', place: '구청 대강당' },
      { trainingId: drill.id, sessionId: drill.sessions[0].id, title: '특이민원 대응훈련', kindLabel: '특이민원 대응훈련', date: '2024-05-08', startTime: '14:00', endTime: '16:00', place: '구청 대강당' },
    ]);
  });
});

describe('trainings: the yearly requirement', () => {
  it('lists the departments nobody attended from, and the frontline staff not yet trained', async () => {
    const o = await office();
    await app.must('trainings.setFrontline', { departmentIds: [o.minwon, o.welfare] });
    const t = await app.must('trainings.save', { title: '친절교육', kind: 'kindness', attendanceMode: 'person', sessions: [session('2024-03-18')] });
    await app.must('trainings.recordAttendance', {
      sessionId: t.sessions[0].id,
      entries: [
        { staffId: o.hong, status: 'present' },
        { staffId: o.sung, status: 'excused' },
      ],
    });
    let coverage = await app.must('trainings.coverage', { year: 2024, kind: 'kindness' });
    expect(coverage.departments.filter((d) => d.people === 0 && d.departmentName !== TEST_ADMIN.departmentName).map((d) => d.departmentName)).toEqual(['복지정책과', '세무과']);
    expect(coverage.frontlineStaffNotAttended.map((s) => `${s.departmentName} ${s.name}`)).toEqual(['민원회계과 성춘향', '복지정책과 변학도']);

    // A head count covers 복지정책과 as a department, but cannot say that 변학도 was there.
    const counted = await app.must('trainings.save', { title: '친절교육(부서별)', kind: 'kindness', attendanceMode: 'headCount', sessions: [session('2024-09-02')] });
    await app.must('trainings.recordHeadCounts', { sessionId: counted.sessions[0].id, counts: [{ departmentId: o.welfare, headCount: 4 }] });
    coverage = await app.must('trainings.coverage', { year: 2024, kind: 'kindness' });
    expect(coverage.departments.filter((d) => d.people === 0 && d.departmentName !== TEST_ADMIN.departmentName).map((d) => d.departmentName)).toEqual(['세무과']);
    expect(coverage.frontlineStaffNotAttended.map((s) => s.name)).toEqual(['성춘향', '변학도']);
    // Another kind, or another year, does not meet this year's 친절교육 requirement.
    expect((await app.must('trainings.coverage', { year: 2025, kind: 'kindness' })).departments.every((d) => d.people === 0)).toBe(true);
  });
});

describe('trainings: edits and refusals', () => {
  it('keeps a session’s attendance when the session is edited, and drops it with a removed session', async () => {
    const o = await office();
    const t = await app.must('trainings.save', { title: '친절교육', kind: 'kindness', attendanceMode: 'person', sessions: [session('2024-03-18'), session('2024-03-20')] });
    await app.must('trainings.recordAttendance', { sessionId: t.sessions[0].id, entries: [{ staffId: o.hong, status: 'present' }] });
    await app.must('trainings.recordAttendance', { sessionId: t.sessions[1].id, entries: [{ staffId: o.lee, status: 'present' }] });
    const edited = await app.must('trainings.save', {
      id: t.id,
      title: '친절교육(장소 변경)',
      kind: 'kindness',
      attendanceMode: 'person',
      sessions: [{ ...session('2024-03-19', '민원실'), id: t.sessions[0].id }],
    });
    expect(edited.sessions).toHaveLength(1);
    expect(edited.sessions[0]).toMatchObject({ id: t.sessions[0].id, date: '2024-03-19', place: '민원실' });
    expect(edited.sessions[0].attendance.map((a) => a.staffName)).toEqual(['홍길동']);
    expect(edited).toMatchObject({ people: 1, departments: 1 });
  });

  it('refuses, in Korean and changing nothing, a mode change after attendance, a head count on a named training, and an unknown person', async () => {
    const o = await office();
    const t = await app.must('trainings.save', { title: '친절교육', kind: 'kindness', attendanceMode: 'person', sessions: [session('2024-03-18')] });
    await app.must('trainings.recordAttendance', { sessionId: t.sessions[0].id, entries: [{ staffId: o.hong, status: 'present' }] });
    const before = await snapshotDb(app);

    const modeChange = await app.call('trainings.save', { id: t.id, title: '친절교육', kind: 'kindness', attendanceMode: 'headCount', sessions: [{ ...session('2024-03-18'), id: t.sessions[0].id }] });
    expect(modeChange).toMatchObject({ ok: false, error: { code: 'conflict', field: 'attendanceMode', message: expect.stringContaining('기록 방식을 바꿀 수 없습니다') } });
    const headCount = await app.call('trainings.recordHeadCounts', { sessionId: t.sessions[0].id, counts: [{ departmentId: o.minwon, headCount: 3 }] });
    expect(headCount).toMatchObject({ ok: false, error: { message: '이 교육은 개인별 출석으로 기록합니다.' } });
    const stranger = await app.call('trainings.recordAttendance', { sessionId: t.sessions[0].id, entries: [{ staffId: o.lee, status: 'present' }, { staffId: 999, status: 'present' }] });
    expect(stranger).toMatchObject({ ok: false, error: { field: 'entries.1.staffId', message: expect.stringContaining('명단에 없는 직원') } });
    const twice = await app.call('trainings.recordAttendance', { sessionId: t.sessions[0].id, entries: [{ staffId: o.lee, status: 'present' }, { staffId: o.lee, status: 'late' }] });
    expect(twice).toMatchObject({ ok: false, error: { message: '같은 직원이 명단에 두 번 있습니다.' } });
    const badTime = await app.call('trainings.save', { title: '친절교육', kind: 'kindness', attendanceMode: 'person', sessions: [{ date: '2024-03-18', startTime: '16:00', endTime: '14:00', place: '' }] });
    expect(badTime).toMatchObject({ ok: false, error: { field: 'sessions.0.endTime', message: '종료 시각은 시작 시각보다 늦어야 합니다.' } });
    expect(await snapshotDb(app)).toEqual(before);

    // The database holds the same line if the logic is ever bypassed.
    await expect(app.db.insertInto('training_headcount').values({ session_id: t.sessions[0].id, department_id: o.minwon, head_count: 3 }).execute()).rejects.toThrow(
      '개인별로 기록하는 교육에는 부서별 인원수를 넣을 수 없습니다.',
    );
  });

  it('lists a session without a time first on its day, on either engine', async () => {
    await office();
    const untimed = { date: '2024-03-18', startTime: null, endTime: null, place: '민원실' };
    const t = await app.must('trainings.save', { title: '친절교육', kind: 'kindness', attendanceMode: 'person', sessions: [session('2024-03-18'), untimed, session('2024-03-17')] });
    expect(t.sessions.map((s) => `${s.date} ${s.startTime ?? '시간 없음'}`)).toEqual(['2024-03-17 14:00', '2024-03-18 시간 없음', '2024-03-18 14:00']);
    expect((await app.must('trainings.sessionsBetween', { from: '2024-03-18', to: '2024-03-18' })).map((s) => s.place)).toEqual(['민원실', '구청 대강당']);
  });

  it('answers the database’s own refusals of a mode rule in the same Korean as the checks', async () => {
    const o = await office();
    const t = await app.must('trainings.save', { title: '친절교육', kind: 'kindness', attendanceMode: 'person', sessions: [session('2024-03-18')] });
    const refusal = await app.db
      .insertInto('training_headcount')
      .values({ session_id: t.sessions[0].id, department_id: o.minwon, head_count: 3 })
      .execute()
      .then(() => null, (error: unknown) => error);
    expect(asTrainingRefusal(refusal)).toMatchObject({ code: 'conflict', field: 'sessionId', message: '이 교육은 개인별 출석으로 기록합니다.' });
    await app.must('trainings.recordAttendance', { sessionId: t.sessions[0].id, entries: [{ staffId: o.hong, status: 'present' }] });
    const locked = await app.db
      .updateTable('training')
      .set({ attendance_mode: 'headCount' })
      .where('id', '=', t.id)
      .execute()
      .then(() => null, (error: unknown) => error);
    expect(asTrainingRefusal(locked)).toMatchObject({ code: 'conflict', field: 'attendanceMode', message: '출석 기록이 있는 교육은 기록 방식을 바꿀 수 없습니다. 먼저 출석 기록을 지우세요.' });
  });

  it('deletes a training with its sessions and attendance', async () => {
    const o = await office();
    const t = await app.must('trainings.save', { title: '친절교육', kind: 'kindness', attendanceMode: 'person', sessions: [session('2024-03-18')] });
    await app.must('trainings.recordAttendance', { sessionId: t.sessions[0].id, entries: [{ staffId: o.hong, status: 'present' }] });
    await app.must('trainings.delete', { id: t.id });
    expect(await app.must('trainings.list', { year: 2024 })).toEqual([]);
    expect(await app.db.selectFrom('training_attendance').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst()).toEqual({ n: 0 });
    expect(await app.call('trainings.get', { id: t.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
