import { afterEach, describe, expect, it, vi } from 'vitest';
import { SIGN_IN_FIRST } from '../../shared/contract/access';
import type { KindnessNomination } from '../../shared/contract/kindness';
import { snapshotDb, tempCore, type TempCore } from '../helpers/tempCore';

// Each office signs its team lead (and clerks) in with PINs, on the office server a fresh database each:
// more than the default 5 s on a loaded machine.
vi.setConfig({ testTimeout: 20_000 });

let app: TempCore;
afterEach(() => app?.close());

/** What the form sends back when a listed nomination is corrected. */
const asInput = ({ id, month, staffId, source, evidence, receivedOn, enteredById }: KindnessNomination) => ({ id, month, staffId, source, evidence, receivedOn, enteredById });

const LOCKED = "2025년 3월은 확정되어 잠겨 있습니다. 고치려면 월간 심사표에서 먼저 '확정 해제'를 하세요(사유 기록).";

/** March 2025 with 홍길동 nominated and picked, confirmed by 김팀장. */
async function confirmedMarch() {
  app = await tempCore();
  const civil = await app.must('departments.save', { name: '민원회계과' });
  const lead = await app.must('staff.save', { name: '김팀장', departmentId: civil.id, position: '팀장' });
  const hong = await app.must('staff.save', { name: '홍길동', departmentId: civil.id, position: '주무관' });
  const sung = await app.must('staff.save', { name: '성춘향', departmentId: civil.id, position: '주무관' });
  await app.signInAs(lead.id, { role: 'teamLead' });
  const nomination = await app.must('kindness.saveNomination', {
    month: '2025-03', staffId: hong.id, source: 'resident_phone', evidence: '전화 칭찬: 세금 문의 친절 응대', receivedOn: '2025-03-10',
  });
  await app.must('kindness.pick', { month: '2025-03', staffId: hong.id, reason: '전화 칭찬 2건' });
  const state = await app.must('kindness.confirmMonth', { month: '2025-03' });
  return { lead, hong, sung, nomination, state };
}

describe('confirming and unlocking a month', () => {
  it('records who confirmed it, and then refuses every change to its nominations, ratings and picks in Korean', async () => {
    const { hong, sung, nomination, state } = await confirmedMarch();
    expect(state).toMatchObject({ month: '2025-03', confirmed: true, confirmedByName: '김팀장', unlocks: [] });
    const before = await snapshotDb(app);
    const attempts = [
      app.call('kindness.saveNomination', { month: '2025-03', staffId: sung.id, source: 'peer', evidence: '늦게 온 추천', receivedOn: '2025-03-31' }),
      app.call('kindness.saveNomination', { ...asInput(nomination), evidence: '고친 내용' }),
      app.call('kindness.deleteNomination', { id: nomination.id }),
      app.call('kindness.rate', { month: '2025-03', staffId: hong.id, ratings: [{ criterionId: 1, rating: 5 }] }),
      app.call('kindness.pick', { month: '2025-03', staffId: sung.id, reason: '추가 선정' }),
      app.call('kindness.unpick', { month: '2025-03', staffId: hong.id }),
    ];
    for (const result of await Promise.all(attempts)) expect(result).toEqual({ ok: false, error: { code: 'conflict', message: LOCKED } });
    // Moving a nomination of an open month into the confirmed one is refused too.
    const april = await app.must('kindness.saveNomination', { month: '2025-04', staffId: sung.id, source: 'peer', evidence: '동료 추천', receivedOn: '2025-04-02' });
    expect(await app.call('kindness.saveNomination', { ...asInput(april), month: '2025-03' })).toMatchObject({ ok: false, error: { message: LOCKED } });
    const afterApril = await snapshotDb(app);
    expect({ ...afterApril, kindness_nomination: afterApril.kindness_nomination.slice(0, 1) }).toEqual(before);
    expect(await app.call('kindness.confirmMonth', { month: '2025-03' })).toMatchObject({ ok: false, error: { message: '2025년 3월은 이미 확정되었습니다.' } });
  });

  it('holds the lock in the database itself, whatever code writes', async () => {
    const { hong } = await confirmedMarch();
    await expect(app.db.deleteFrom('kindness_pick').where('month', '=', '2025-03').execute()).rejects.toThrow(/month is confirmed/);
    await expect(app.db.updateTable('kindness_nomination').set({ evidence: 'x' }).where('month', '=', '2025-03').execute()).rejects.toThrow(/month is confirmed/);
    await expect(
      app.db
        .insertInto('kindness_rating')
        .values({ month: '2025-03', staff_id: hong.id, criterion_id: 1, rating: 3, created_at: 'x', updated_at: 'x' })
        .execute(),
    ).rejects.toThrow(/month is confirmed/);
    // Reopening without a logged reason is refused as well.
    await expect(app.db.updateTable('kindness_month').set({ confirmed: 0, updated_at: 'now' }).where('month', '=', '2025-03').execute()).rejects.toThrow(/logged reason/);
  });

  it('unlocks only with a reason, logs who and when, and lets the month change again', async () => {
    const { hong, sung, lead } = await confirmedMarch();
    expect(await app.call('kindness.unlockMonth', { month: '2025-03', reason: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: '확정 해제 사유를 입력하세요.', field: 'reason' },
    });
    const state = await app.must('kindness.unlockMonth', { month: '2025-03', reason: '3월 말 접수된 칭찬카드 반영' });
    expect(state.confirmed).toBe(false);
    expect(state.unlocks).toEqual([{ unlockedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), unlockedByName: '김팀장', reason: '3월 말 접수된 칭찬카드 반영' }]);
    expect(await app.db.selectFrom('kindness_unlock_log').select(['month', 'unlocked_by', 'reason']).execute()).toEqual([
      { month: '2025-03', unlocked_by: lead.id, reason: '3월 말 접수된 칭찬카드 반영' },
    ]);

    await app.must('kindness.saveNomination', { month: '2025-03', staffId: sung.id, source: 'resident_card', evidence: '칭찬카드', receivedOn: '2025-03-31' });
    await app.must('kindness.unpick', { month: '2025-03', staffId: hong.id });
    await app.must('kindness.pick', { month: '2025-03', staffId: sung.id, reason: '칭찬카드 접수' });
    const again = await app.must('kindness.confirmMonth', { month: '2025-03' });
    expect(again).toMatchObject({ confirmed: true, unlocks: [{ reason: '3월 말 접수된 칭찬카드 반영' }] });
    const history = await app.must('kindness.history', { year: 2025 });
    expect(history.months.find((m) => m.month === '2025-03')!.picks.map((p) => p.name)).toEqual(['성춘향']);
  });

  it('refuses to unlock an open month, to confirm a month still to come, and to unlock with nobody at the PC', async () => {
    await confirmedMarch();
    expect(await app.call('kindness.unlockMonth', { month: '2025-04', reason: '실수' })).toMatchObject({
      ok: false,
      error: { message: '2025년 4월은 확정되지 않은 달입니다.' },
    });
    expect(await app.call('kindness.confirmMonth', { month: '2099-01' })).toMatchObject({
      ok: false,
      error: { message: '2099년 1월은 아직 오지 않아 확정할 수 없습니다.', field: 'month' },
    });
    await app.must('session.signOut', {});
    expect(await app.call('kindness.unlockMonth', { month: '2025-03', reason: '정정' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: SIGN_IN_FIRST },
    });
  });

  it("keeps a picked person's last nomination until the pick is taken back", async () => {
    app = await tempCore();
    const civil = await app.must('departments.save', { name: '민원회계과' });
    const hong = await app.must('staff.save', { name: '홍길동', departmentId: civil.id });
    await app.signInAs(hong.id, { role: 'teamLead' });
    const n = await app.must('kindness.saveNomination', { month: '2025-05', staffId: hong.id, source: 'survey', evidence: '만족도 조사 1위', receivedOn: '2025-05-20' });
    await app.must('kindness.rate', { month: '2025-05', staffId: hong.id, ratings: [{ criterionId: 2, rating: 5 }] });
    await app.must('kindness.pick', { month: '2025-05', staffId: hong.id, reason: '만족도 1위' });
    expect(await app.call('kindness.deleteNomination', { id: n.id })).toMatchObject({
      ok: false,
      error: { message: '홍길동 님은 이 달 선정자이고 이것이 마지막 추천입니다. 먼저 월간 심사표에서 선정을 취소하세요.' },
    });
    await app.must('kindness.unpick', { month: '2025-05', staffId: hong.id });
    await app.must('kindness.deleteNomination', { id: n.id });
    expect(await app.db.selectFrom('kindness_rating').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst()).toEqual({ n: 0 });
    expect((await app.must('kindness.board', { month: '2025-05' })).entries).toEqual([]);
  });
});

describe('entering a nomination', () => {
  it('defaults the person who entered it to the one at the PC, and refuses a date still to come', async () => {
    app = await tempCore();
    const civil = await app.must('departments.save', { name: '민원회계과' });
    const hong = await app.must('staff.save', { name: '홍길동', departmentId: civil.id });
    const clerk = await app.must('staff.save', { name: '박주무', departmentId: civil.id });
    await app.signInAs(clerk.id);
    const saved = await app.must('kindness.saveNomination', { month: '2025-05', staffId: hong.id, source: 'peer', evidence: '동료 추천', receivedOn: '2025-05-02' });
    expect(saved).toMatchObject({ staffName: '홍길동', departmentName: '민원회계과', sourceLabel: '동료·부서장 추천', enteredByName: '박주무' });
    expect(
      await app.call('kindness.saveNomination', { month: '2099-05', staffId: hong.id, source: 'peer', evidence: '미래', receivedOn: '2099-05-02' }),
    ).toMatchObject({ ok: false, error: { message: '접수일이 오늘보다 늦습니다.', field: 'receivedOn' } });
  });
});
