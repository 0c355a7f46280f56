import { afterEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../helpers/tempCore';
import { testEngine } from '../helpers/testDatabase';

/**
 * Two team leads, at two desks, on one office server, acting on the same month at the same moment.
 * Whatever order the server puts them in, the month lock and the picking rules hold afterwards and
 * the one who lost hears why in Korean, never "unexpected".
 *
 * Only on PostgreSQL: on one PC the desks share one SQLite file and one process, which writes one
 * change at a time (BEGIN IMMEDIATE; concurrentWriters.test.ts tries it with processes).
 */
const ROUNDS = 8;

let app: TempCore;
let closeSecond: (() => Promise<void>) | undefined;
afterEach(async () => {
  await closeSecond?.();
  closeSecond = undefined;
  await app?.close();
});

const monthLabel = (month: string) => `${Number(month.slice(0, 4))}년 ${Number(month.slice(5, 7))}월`;
const locked = (month: string) => `${monthLabel(month)}은 확정되어 잠겨 있습니다. 고치려면 월간 심사표에서 먼저 '확정 해제'를 하세요(사유 기록).`;
const monthOf = (round: number) => `2024-${String(round + 1).padStart(2, '0')}`;

/** A second desk on the same records, with its own team lead at the PC. */
async function secondDesk(staffId: number) {
  const desk2 = await app.otherDesk('DESK-2', staffId);
  closeSecond = desk2.close;
  return { call: desk2.call };
}

/** 민원회계과 with two team leads and two nominees; the department may have one pick a month. */
async function office() {
  app = await tempCore();
  const civil = await app.must('departments.save', { name: '민원회계과' });
  const kim = await app.must('staff.save', { name: '김팀장', departmentId: civil.id, position: '팀장' });
  const park = await app.must('staff.save', { name: '박팀장', departmentId: civil.id, position: '팀장' });
  const hong = await app.must('staff.save', { name: '홍길동', departmentId: civil.id, position: '주무관' });
  const sung = await app.must('staff.save', { name: '성춘향', departmentId: civil.id, position: '주무관' });
  await app.signInAs(park.id, { role: 'teamLead' });
  await app.signInAs(kim.id, { role: 'teamLead' });
  // No "recent months" rule, so each round's month stands on its own.
  await app.must('kindness.saveRules', { recentMonths: 0, maxPerDepartment: 1 });
  const nominate = (month: string, staffId: number) =>
    app.must('kindness.saveNomination', { month, staffId, source: 'resident_card', evidence: '칭찬카드 접수', receivedOn: `${month}-05` });
  const desk2 = await secondDesk(park.id);
  return { civil, hong, sung, nominate, desk2 };
}

const picksOf = (month: string) => app.db.selectFrom('kindness_pick').select(['staff_id', 'department_id']).where('month', '=', month).execute();
const nominationsOf = (month: string) => app.db.selectFrom('kindness_nomination').select('staff_id').where('month', '=', month).execute();

// Eight rounds of two desks each: more than the default five seconds on a busy machine.
describe.runIf(testEngine() === 'postgres')('two team leads on the same month at the same moment (office server)', { timeout: 60_000 }, () => {
  it('confirming the month while the other desk picks: the pick lands before the lock or is refused as locked', async () => {
    const { hong, nominate, desk2 } = await office();
    const outcomes = { pickedFirst: 0, refusedAsLocked: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const month = monthOf(round);
      await nominate(month, hong.id);
      const [confirmed, picked] = await Promise.all([
        app.call('kindness.confirmMonth', { month }),
        desk2.call('kindness.pick', { month, staffId: hong.id, reason: '칭찬카드 3건' }),
      ]);
      expect(confirmed).toMatchObject({ ok: true, value: { confirmed: true, confirmedByName: '김팀장' } });
      if (picked.ok) outcomes.pickedFirst++;
      else {
        expect(picked.error).toEqual({ code: 'conflict', message: locked(month) });
        outcomes.refusedAsLocked++;
      }
      // The pick is on record exactly when the desk was told it was made, and the month stays locked.
      expect((await picksOf(month)).length).toBe(picked.ok ? 1 : 0);
      const history = await app.must('kindness.history', { year: 2024 });
      expect(history.months.find((m) => m.month === month)).toMatchObject({ status: picked.ok ? 'picked' : 'none' });
      expect(await desk2.call('kindness.unpick', { month, staffId: hong.id })).toEqual({ ok: false, error: { code: 'conflict', message: locked(month) } });
    }
    console.log(`confirm vs pick, ${ROUNDS} rounds on PostgreSQL:`, outcomes);
    expect(outcomes.pickedFirst + outcomes.refusedAsLocked).toBe(ROUNDS);
  });

  it('confirming the month while the other desk enters a nomination: it is kept before the lock or refused as locked', async () => {
    const { hong, sung, nominate, desk2 } = await office();
    const outcomes = { nominatedFirst: 0, refusedAsLocked: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const month = monthOf(round);
      await nominate(month, hong.id);
      const [confirmed, nominated] = await Promise.all([
        app.call('kindness.confirmMonth', { month }),
        desk2.call('kindness.saveNomination', { month, staffId: sung.id, source: 'peer', evidence: '동료 추천', receivedOn: `${month}-20` }),
      ]);
      expect(confirmed).toMatchObject({ ok: true, value: { confirmed: true } });
      if (nominated.ok) outcomes.nominatedFirst++;
      else {
        expect(nominated.error).toEqual({ code: 'conflict', message: locked(month) });
        outcomes.refusedAsLocked++;
      }
      expect((await nominationsOf(month)).map((n) => n.staff_id).sort()).toEqual(nominated.ok ? [hong.id, sung.id].sort() : [hong.id]);
      expect((await app.must('kindness.monthSummary', { month })).nominations).toBe(nominated.ok ? 2 : 1);
    }
    console.log(`confirm vs nomination, ${ROUNDS} rounds on PostgreSQL:`, outcomes);
  });

  it('two picks in one department with room for one: one is made, the other is told the department has its pick', async () => {
    const { civil, hong, sung, nominate, desk2 } = await office();
    const winners = { 홍길동: 0, 성춘향: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const month = monthOf(round);
      await nominate(month, hong.id);
      await nominate(month, sung.id);
      const results = await Promise.all([
        app.call('kindness.pick', { month, staffId: hong.id, reason: '민원 응대 모범' }),
        desk2.call('kindness.pick', { month, staffId: sung.id, reason: '어르신 민원 동행' }),
      ]);
      const made = results.filter((r) => r.ok);
      const refused = results.filter((r) => !r.ok);
      expect(made).toHaveLength(1);
      expect(refused).toHaveLength(1);
      const loser = results[0].ok ? '성춘향' : '홍길동';
      winners[results[0].ok ? '홍길동' : '성춘향']++;
      expect(refused[0]).toEqual({
        ok: false,
        error: {
          code: 'conflict',
          message: `${loser} 님은 선정 기준에 맞지 않습니다: 같은 부서에서 이미 1명 선정(부서당 월 1명까지). 그래도 선정하려면 '규칙 예외로 선정'에 표시하고 선정 사유에 예외로 선정하는 이유를 적으세요.`,
          field: 'exception',
        },
      });
      // The rule holds in the records: one pick in 민원회계과 this month.
      expect(await picksOf(month)).toEqual([{ staff_id: results[0].ok ? hong.id : sung.id, department_id: civil.id }]);
    }
    console.log(`two picks over the department limit, ${ROUNDS} rounds on PostgreSQL, picks made:`, winners);
  });
});
